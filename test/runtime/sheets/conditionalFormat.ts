/**
 * Conditional format rules: builder, rule and BooleanCondition objects, and
 * their evaluation for the harness (first matching rule wins, as in Sheets;
 * custom formulas are relative to the top-left cell of the rule's first range).
 * https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder
 */
type GRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type GBuilder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
type GCondition = GoogleAppsScript.Spreadsheet.BooleanCondition;

import { effectiveFormat, rawValue } from './cells';
import { normalizeColor } from './colors';
import { BooleanCriteria, enumName } from './enums';
import { sheetsError } from './errors';
import { Facade, unwrap, wrap } from './facade';
import { RangeImpl, rangeFromRect } from './range';
import { TrackedRange, type CfFormat, type CfRuleData, type SheetModel } from './store';
import { formulaHolds } from './validation';
import { dateToSerial, formatForDisplay, isDate } from './values';
import type { Workbook } from './workbook';

function copyRule(d: CfRuleData): CfRuleData {
  return {
    ranges: [...d.ranges],
    condition: d.condition ? { type: d.condition.type, values: [...d.condition.values] } : null,
    format: { ...d.format },
  };
}

export function wrapRule(wb: Workbook, d: CfRuleData): GRule {
  return wrap(new ConditionalFormatRuleImpl(wb, copyRule(d)), 'ConditionalFormatRule');
}

export function newRuleBuilder(wb: Workbook, d?: CfRuleData): GBuilder {
  return wrap(
    new ConditionalFormatRuleBuilderImpl(wb, d ? copyRule(d) : { ranges: [], condition: null, format: {} }),
    'ConditionalFormatRuleBuilder',
  );
}

function rangesOf(wb: Workbook, d: CfRuleData): GoogleAppsScript.Spreadsheet.Range[] {
  return d.ranges.filter((t) => t.valid).map((t) => rangeFromRect(wb, t.sheet, t.rect()));
}

function conditionOf(wb: Workbook, d: CfRuleData): GCondition | null {
  return d.condition ? wrap(new BooleanConditionImpl(wb, d), 'BooleanCondition') : null;
}

export class ConditionalFormatRuleImpl extends Facade<GRule> implements Partial<GRule> {
  constructor(
    wb: Workbook,
    readonly _d: CfRuleData,
  ) {
    super(wb);
  }
  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return rangesOf(this._wb, this._d);
  }
  getBooleanCondition(): GCondition | null {
    return conditionOf(this._wb, this._d);
  }
  getGradientCondition(): GoogleAppsScript.Spreadsheet.GradientCondition | null {
    return null;
  }
  copy(): GBuilder {
    return newRuleBuilder(this._wb, this._d);
  }
}

export class BooleanConditionImpl extends Facade<GCondition> implements Partial<GCondition> {
  constructor(
    wb: Workbook,
    readonly _d: CfRuleData,
  ) {
    super(wb);
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.BooleanCriteria {
    return (BooleanCriteria as Record<string, unknown>)[this._d.condition!.type] as GoogleAppsScript.Spreadsheet.BooleanCriteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this._d.condition!.values];
  }
  getBackground(): string | null {
    return this._d.format.background ?? null;
  }
  getFontColor(): string | null {
    return this._d.format.fontColor ?? null;
  }
  getBold(): boolean | null {
    return this._d.format.bold ?? null;
  }
  getItalic(): boolean | null {
    return this._d.format.italic ?? null;
  }
  getStrikethrough(): boolean | null {
    return this._d.format.strikethrough ?? null;
  }
  getUnderline(): boolean | null {
    return this._d.format.underline ?? null;
  }
}

export class ConditionalFormatRuleBuilderImpl extends Facade<GBuilder> implements Partial<GBuilder> {
  constructor(
    wb: Workbook,
    public _d: CfRuleData,
  ) {
    super(wb);
  }
  private when(type: string, values: unknown[]): GBuilder {
    this._d.condition = { type, values };
    return this._self;
  }
  private fmt(patch: CfFormat): GBuilder {
    this._d.format = { ...this._d.format, ...patch };
    return this._self;
  }
  build(): GRule {
    if (!this._d.condition) throw sheetsError('Conditional format rule must have a condition.');
    if (!this._d.ranges.length) throw sheetsError('Conditional format rule must have at least one range.');
    return wrap(new ConditionalFormatRuleImpl(this._wb, copyRule(this._d)), 'ConditionalFormatRule');
  }
  copy(): GBuilder {
    return newRuleBuilder(this._wb, this._d);
  }
  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return rangesOf(this._wb, this._d);
  }
  getBooleanCondition(): GCondition | null {
    return conditionOf(this._wb, this._d);
  }
  setRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]): GBuilder {
    // Builder ranges are plain snapshots; the sheet tracks them once the rule is set.
    this._d.ranges = ranges.map((r) => {
      const impl = unwrap(r, RangeImpl, 'ranges');
      return new TrackedRange(impl._sheet, impl._rect.row, impl._rect.col, impl._rect.numRows, impl._rect.numCols);
    });
    return this._self;
  }
  setBackground(color: string | null): GBuilder {
    return this.fmt({ background: color === null ? null : normalizeColor(color) });
  }
  setFontColor(color: string | null): GBuilder {
    return this.fmt({ fontColor: color === null ? null : normalizeColor(color) });
  }
  setBold(bold: boolean | null): GBuilder {
    return this.fmt({ bold });
  }
  setItalic(italic: boolean | null): GBuilder {
    return this.fmt({ italic });
  }
  setStrikethrough(strikethrough: boolean | null): GBuilder {
    return this.fmt({ strikethrough });
  }
  setUnderline(underline: boolean | null): GBuilder {
    return this.fmt({ underline });
  }
  whenCellEmpty(): GBuilder {
    return this.when('CELL_EMPTY', []);
  }
  whenCellNotEmpty(): GBuilder {
    return this.when('CELL_NOT_EMPTY', []);
  }
  whenFormulaSatisfied(formula: string): GBuilder {
    return this.when('CUSTOM_FORMULA', [formula]);
  }
  whenNumberBetween(start: number, end: number): GBuilder {
    return this.when('NUMBER_BETWEEN', [start, end]);
  }
  whenNumberNotBetween(start: number, end: number): GBuilder {
    return this.when('NUMBER_NOT_BETWEEN', [start, end]);
  }
  whenNumberEqualTo(number: number): GBuilder {
    return this.when('NUMBER_EQUAL_TO', [number]);
  }
  whenNumberNotEqualTo(number: number): GBuilder {
    return this.when('NUMBER_NOT_EQUAL_TO', [number]);
  }
  whenNumberGreaterThan(number: number): GBuilder {
    return this.when('NUMBER_GREATER_THAN', [number]);
  }
  whenNumberGreaterThanOrEqualTo(number: number): GBuilder {
    return this.when('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }
  whenNumberLessThan(number: number): GBuilder {
    return this.when('NUMBER_LESS_THAN', [number]);
  }
  whenNumberLessThanOrEqualTo(number: number): GBuilder {
    return this.when('NUMBER_LESS_THAN_OR_EQUAL_TO', [number]);
  }
  whenTextContains(text: string): GBuilder {
    return this.when('TEXT_CONTAINS', [text]);
  }
  whenTextDoesNotContain(text: string): GBuilder {
    return this.when('TEXT_DOES_NOT_CONTAIN', [text]);
  }
  whenTextEqualTo(text: string): GBuilder {
    return this.when('TEXT_EQUAL_TO', [text]);
  }
  whenTextStartsWith(text: string): GBuilder {
    return this.when('TEXT_STARTS_WITH', [text]);
  }
  whenTextEndsWith(text: string): GBuilder {
    return this.when('TEXT_ENDS_WITH', [text]);
  }
  whenDateAfter(date: unknown): GBuilder {
    return this.when('DATE_AFTER', [date]);
  }
  whenDateBefore(date: unknown): GBuilder {
    return this.when('DATE_BEFORE', [date]);
  }
  whenDateEqualTo(date: unknown): GBuilder {
    return this.when('DATE_EQUAL_TO', [date]);
  }
  withCriteria(criteria: GoogleAppsScript.Spreadsheet.BooleanCriteria, args: unknown[]): GBuilder {
    return this.when(enumName(criteria), [...args]);
  }
}

// ------------------------------------------------------------- evaluation

/** Whether a rule's condition holds for the cell (row, col) inside its ranges. */
export function ruleMatches(wb: Workbook, sheet: SheetModel, rule: CfRuleData, row: number, col: number): boolean {
  const c = rule.condition;
  if (!c) return false;
  const anchor = rule.ranges[0];
  if (!anchor) return false;
  const v = rawValue(wb, sheet, row, col);
  const empty = v === null || v === '';
  const num = typeof v === 'number' ? v : undefined;
  const [a, b] = c.values;
  const text = empty
    ? ''
    : typeof v === 'string'
      ? v.toLowerCase()
      : formatForDisplay(v, typeof v === 'number' ? effectiveFormat(wb, sheet, row, col) : undefined).toLowerCase();
  const s = (x: unknown) => String(x).toLowerCase();
  const day = (x: unknown) => (isDate(x) ? Math.floor(dateToSerial(x, wb.ctx.timeZone)) : Number(x));
  switch (c.type) {
    case 'CELL_EMPTY':
      return empty;
    case 'CELL_NOT_EMPTY':
      return !empty;
    case 'CUSTOM_FORMULA':
      return formulaHolds(wb, sheet, String(a), row - anchor.row, col - anchor.col);
    case 'NUMBER_BETWEEN':
      return num !== undefined && num >= Math.min(Number(a), Number(b)) && num <= Math.max(Number(a), Number(b));
    case 'NUMBER_NOT_BETWEEN':
      return num !== undefined && (num < Math.min(Number(a), Number(b)) || num > Math.max(Number(a), Number(b)));
    case 'NUMBER_EQUAL_TO':
      return num === Number(a);
    case 'NUMBER_NOT_EQUAL_TO':
      return num !== Number(a);
    case 'NUMBER_GREATER_THAN':
      return num !== undefined && num > Number(a);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return num !== undefined && num >= Number(a);
    case 'NUMBER_LESS_THAN':
      return num !== undefined && num < Number(a);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return num !== undefined && num <= Number(a);
    case 'TEXT_CONTAINS':
      return !empty && text.includes(s(a));
    case 'TEXT_DOES_NOT_CONTAIN':
      return !text.includes(s(a));
    case 'TEXT_EQUAL_TO':
      return !empty && text === s(a);
    case 'TEXT_STARTS_WITH':
      return !empty && text.startsWith(s(a));
    case 'TEXT_ENDS_WITH':
      return !empty && text.endsWith(s(a));
    case 'DATE_AFTER':
      return num !== undefined && Math.floor(num) > day(a);
    case 'DATE_BEFORE':
      return num !== undefined && Math.floor(num) < day(a);
    case 'DATE_EQUAL_TO':
      return num !== undefined && Math.floor(num) === day(a);
    default:
      return false;
  }
}

/** The first rule whose ranges cover the cell and whose condition holds. */
export function matchingRule(wb: Workbook, sheet: SheetModel, row: number, col: number): CfRuleData | undefined {
  return sheet.cfRules.find((r) => r.ranges.some((t) => t.contains(row, col)) && ruleMatches(wb, sheet, r, row, col));
}
