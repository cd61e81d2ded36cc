/**
 * Data validation rules (builder, rule objects) and their evaluation for
 * the harness. Blank cells are always valid, as in Sheets.
 * https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder
 */
type DV = GoogleAppsScript.Spreadsheet.DataValidation;
type DVB = GoogleAppsScript.Spreadsheet.DataValidationBuilder;

import { rawValue, effectiveFormat, maxRowsLookup } from './cells';
import { DataValidationCriteria, enumName } from './enums';
import { sheetsError } from './errors';
import { Facade, unwrap, wrap } from './facade';
import { boundOpenRanges, resolveLiteralIndirect, shiftRelative } from './formulaText';
import { RangeImpl, rangeFromRect } from './range';
import type { DataValidationData, SheetModel } from './store';
import { dateToSerial, formatForDisplay, isDate, isDateTimeFormat } from './values';
import type { Workbook } from './workbook';

function criteriaEnum(name: string): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
  return (DataValidationCriteria as Record<string, unknown>)[name] as GoogleAppsScript.Spreadsheet.DataValidationCriteria;
}

function criteriaValues(wb: Workbook, d: DataValidationData): unknown[] {
  if (d.criteria === 'VALUE_IN_RANGE' && d.source) {
    return [d.source.valid ? rangeFromRect(wb, d.source.sheet, d.source.rect()) : null, d.values[1] ?? true];
  }
  return d.values.map((v) => (Array.isArray(v) ? [...v] : v));
}

export class DataValidationImpl extends Facade<DV> implements Partial<DV> {
  constructor(
    wb: Workbook,
    readonly _data: DataValidationData,
  ) {
    super(wb);
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return criteriaEnum(this._data.criteria);
  }
  getCriteriaValues(): unknown[] {
    return criteriaValues(this._wb, this._data);
  }
  getHelpText(): string {
    return this._data.helpText ?? '';
  }
  getAllowInvalid(): boolean {
    return this._data.allowInvalid;
  }
  copy(): DVB {
    return newDataValidationBuilder(this._wb, { ...this._data, values: [...this._data.values] });
  }
}

export function newDataValidation(wb: Workbook, data: DataValidationData): DV {
  return wrap(new DataValidationImpl(wb, data), 'DataValidation');
}

export function newDataValidationBuilder(wb: Workbook, data?: DataValidationData): DVB {
  return wrap(new DataValidationBuilderImpl(wb, data), 'DataValidationBuilder');
}

export class DataValidationBuilderImpl extends Facade<DVB> implements Partial<DVB> {
  _d: DataValidationData;
  constructor(wb: Workbook, data?: DataValidationData) {
    super(wb);
    this._d = data ?? { criteria: '', values: [], allowInvalid: true, helpText: null };
  }
  _set(criteria: string, values: unknown[], source?: DataValidationData['source']): DVB {
    this._d = { ...this._d, criteria, values, source };
    return this._self;
  }
  build(): DV {
    if (!this._d.criteria) throw sheetsError('You must specify criteria for the data validation rule.');
    return newDataValidation(this._wb, { ...this._d, values: [...this._d.values] });
  }
  copy(): DVB {
    return newDataValidationBuilder(this._wb, { ...this._d, values: [...this._d.values] });
  }
  getAllowInvalid(): boolean {
    return this._d.allowInvalid;
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return criteriaEnum(this._d.criteria);
  }
  getCriteriaValues(): unknown[] {
    return criteriaValues(this._wb, this._d);
  }
  getHelpText(): string | null {
    return this._d.helpText;
  }
  setAllowInvalid(allowInvalidData: boolean): DVB {
    this._d = { ...this._d, allowInvalid: allowInvalidData };
    return this._self;
  }
  setHelpText(helpText: string): DVB {
    this._d = { ...this._d, helpText };
    return this._self;
  }
  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): DVB {
    return this._set(
      'CHECKBOX',
      checkedValue === undefined ? [] : uncheckedValue === undefined ? [checkedValue] : [checkedValue, uncheckedValue],
    );
  }
  requireDate(): DVB {
    return this._set('DATE_IS_VALID_DATE', []);
  }
  requireDateAfter(date: GoogleAppsScript.Base.Date): DVB {
    return this._set('DATE_AFTER', [date]);
  }
  requireDateBefore(date: GoogleAppsScript.Base.Date): DVB {
    return this._set('DATE_BEFORE', [date]);
  }
  requireDateBetween(start: GoogleAppsScript.Base.Date, end: GoogleAppsScript.Base.Date): DVB {
    return this._set('DATE_BETWEEN', [start, end]);
  }
  requireDateNotBetween(start: GoogleAppsScript.Base.Date, end: GoogleAppsScript.Base.Date): DVB {
    return this._set('DATE_NOT_BETWEEN', [start, end]);
  }
  requireDateEqualTo(date: GoogleAppsScript.Base.Date): DVB {
    return this._set('DATE_EQUAL_TO', [date]);
  }
  requireDateOnOrAfter(date: GoogleAppsScript.Base.Date): DVB {
    return this._set('DATE_ON_OR_AFTER', [date]);
  }
  requireDateOnOrBefore(date: GoogleAppsScript.Base.Date): DVB {
    return this._set('DATE_ON_OR_BEFORE', [date]);
  }
  requireFormulaSatisfied(formula: string): DVB {
    return this._set('CUSTOM_FORMULA', [formula]);
  }
  requireNumberBetween(start: number, end: number): DVB {
    return this._set('NUMBER_BETWEEN', [start, end]);
  }
  requireNumberNotBetween(start: number, end: number): DVB {
    return this._set('NUMBER_NOT_BETWEEN', [start, end]);
  }
  requireNumberEqualTo(number: number): DVB {
    return this._set('NUMBER_EQUAL_TO', [number]);
  }
  requireNumberNotEqualTo(number: number): DVB {
    return this._set('NUMBER_NOT_EQUAL_TO', [number]);
  }
  requireNumberGreaterThan(number: number): DVB {
    return this._set('NUMBER_GREATER_THAN', [number]);
  }
  requireNumberGreaterThanOrEqualTo(number: number): DVB {
    return this._set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }
  requireNumberLessThan(number: number): DVB {
    return this._set('NUMBER_LESS_THAN', [number]);
  }
  requireNumberLessThanOrEqualTo(number: number): DVB {
    return this._set('NUMBER_LESS_THAN_OR_EQUAL_TO', [number]);
  }
  requireTextContains(text: string): DVB {
    return this._set('TEXT_CONTAINS', [text]);
  }
  requireTextDoesNotContain(text: string): DVB {
    return this._set('TEXT_DOES_NOT_CONTAIN', [text]);
  }
  requireTextEqualTo(text: string): DVB {
    return this._set('TEXT_EQUAL_TO', [text]);
  }
  requireTextIsEmail(): DVB {
    return this._set('TEXT_IS_VALID_EMAIL', []);
  }
  requireTextIsUrl(): DVB {
    return this._set('TEXT_IS_VALID_URL', []);
  }
  requireValueInList(values: string[], showDropdown?: boolean): DVB {
    if (!Array.isArray(values)) throw sheetsError('Invalid argument: values');
    return this._set('VALUE_IN_LIST', [values.map(String), showDropdown ?? true]);
  }
  requireValueInRange(range: GoogleAppsScript.Spreadsheet.Range, showDropdown?: boolean): DVB {
    const r = unwrap(range, RangeImpl, 'range');
    return this._set('VALUE_IN_RANGE', [null, showDropdown ?? true], this._wb.track(r._sheet, r._rect));
  }
  withCriteria(criteria: GoogleAppsScript.Spreadsheet.DataValidationCriteria, args: unknown[]): DVB {
    const name = enumName(criteria);
    if (name === 'VALUE_IN_RANGE')
      return this.requireValueInRange(args[0] as GoogleAppsScript.Spreadsheet.Range, args[1] as boolean | undefined);
    return this._set(name, [...args]);
  }
}

// ------------------------------------------------------------- evaluation

/**
 * What the cell's dropdown offers, as Sheets lists it: a list rule's items, or a range rule's non-empty cells
 * (their shown values, in range order, duplicates once); null when the cell has no dropdown rule. A range
 * rule reads the range's current values, so a dropdown over formulas or a re-pointed rule shows what it would now.
 */
export function dropdownOptions(wb: Workbook, sheet: SheetModel, row: number, col: number): string[] | null {
  const d = wb.meta(sheet, row, col)?.validation?.rule;
  if (!d) return null;
  if (d.criteria === 'VALUE_IN_LIST') return ((d.values[0] as string[]) ?? []).map(String);
  if (d.criteria !== 'VALUE_IN_RANGE') return null;
  const src = d.source;
  if (!src?.valid) return [];
  const vals = wb.engine.getValues(src.sheet.hfId, src.row - 1, src.col - 1, src.numRows, src.numCols);
  const out: string[] = [];
  for (const r of vals)
    for (const x of r)
      if (x !== null && x !== '' && !out.includes(formatForDisplay(x, undefined))) out.push(formatForDisplay(x, undefined));
  return out;
}

export interface ValidationResult {
  valid: boolean;
  rule: string | null;
  helpText: string | null;
}

/** Evaluates a custom formula for the cell at (dr, dc) from the rule's anchor; TRUE or non-zero passes. */
export function formulaHolds(wb: Workbook, sheet: SheetModel, formula: string, dr: number, dc: number): boolean {
  const shifted = resolveLiteralIndirect(shiftRelative(formula, dr, dc));
  const { text } = boundOpenRanges(shifted, maxRowsLookup(wb, sheet));
  let v = wb.engine.calculate(text, sheet.hfId);
  if (Array.isArray(v)) v = v[0]?.[0] ?? null;
  return v === true || (typeof v === 'number' && v !== 0);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL_RE = /^(https?:\/\/|ftp:\/\/|www\.)[^\s]+\.[^\s]+$|^https?:\/\/[^\s]+$/i;

function dateSerial(wb: Workbook, d: unknown): number {
  return isDate(d) ? Math.floor(dateToSerial(d, wb.ctx.timeZone)) : Number(d);
}

/**
 * Whether a cell's value satisfies its validation rule. List and text
 * comparisons ignore case (Sheets matches list items case-insensitively).
 */
export function checkCell(wb: Workbook, sheet: SheetModel, row: number, col: number): ValidationResult {
  const ref = wb.meta(sheet, row, col)?.validation;
  if (!ref) return { valid: true, rule: null, helpText: null };
  const d = ref.rule;
  const result = (valid: boolean): ValidationResult => ({ valid, rule: d.criteria, helpText: d.helpText });
  const v = rawValue(wb, sheet, row, col);
  if (v === null || v === '') return result(true);
  const fmt = effectiveFormat(wb, sheet, row, col);
  const display = typeof v === 'number' ? formatForDisplay(v, fmt) : formatForDisplay(v, undefined);
  const num = typeof v === 'number' ? v : undefined;
  const isDate = num !== undefined && isDateTimeFormat(fmt);
  const day = isDate ? Math.floor(num) : NaN;
  const a = d.values[0];
  const b = d.values[1];
  const text = typeof v === 'string' ? v.toLowerCase() : display.toLowerCase();
  switch (d.criteria) {
    case 'VALUE_IN_LIST':
      return result(((a as string[]) ?? []).some((x) => String(x).toLowerCase() === text));
    case 'VALUE_IN_RANGE': {
      const src = d.source;
      if (!src?.valid) return result(false);
      const vals = wb.engine.getValues(src.sheet.hfId, src.row - 1, src.col - 1, src.numRows, src.numCols);
      return result(vals.some((r) => r.some((x) => x !== null && x !== '' && formatForDisplay(x, undefined).toLowerCase() === text)));
    }
    case 'NUMBER_BETWEEN':
      return result(num !== undefined && num >= Math.min(Number(a), Number(b)) && num <= Math.max(Number(a), Number(b)));
    case 'NUMBER_NOT_BETWEEN':
      return result(num !== undefined && (num < Math.min(Number(a), Number(b)) || num > Math.max(Number(a), Number(b))));
    case 'NUMBER_EQUAL_TO':
      return result(num === Number(a));
    case 'NUMBER_NOT_EQUAL_TO':
      return result(num !== undefined && num !== Number(a));
    case 'NUMBER_GREATER_THAN':
      return result(num !== undefined && num > Number(a));
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return result(num !== undefined && num >= Number(a));
    case 'NUMBER_LESS_THAN':
      return result(num !== undefined && num < Number(a));
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return result(num !== undefined && num <= Number(a));
    case 'DATE_IS_VALID_DATE':
      return result(isDate);
    case 'DATE_AFTER':
      return result(isDate && day > dateSerial(wb, a));
    case 'DATE_ON_OR_AFTER':
      return result(isDate && day >= dateSerial(wb, a));
    case 'DATE_BEFORE':
      return result(isDate && day < dateSerial(wb, a));
    case 'DATE_ON_OR_BEFORE':
      return result(isDate && day <= dateSerial(wb, a));
    case 'DATE_EQUAL_TO':
      return result(isDate && day === dateSerial(wb, a));
    case 'DATE_BETWEEN':
      return result(isDate && day >= dateSerial(wb, a) && day <= dateSerial(wb, b));
    case 'DATE_NOT_BETWEEN':
      return result(isDate && (day < dateSerial(wb, a) || day > dateSerial(wb, b)));
    case 'TEXT_CONTAINS':
      return result(text.includes(String(a).toLowerCase()));
    case 'TEXT_DOES_NOT_CONTAIN':
      return result(!text.includes(String(a).toLowerCase()));
    case 'TEXT_EQUAL_TO':
      return result(text === String(a).toLowerCase());
    case 'TEXT_IS_VALID_EMAIL':
      return result(typeof v === 'string' && EMAIL.test(v));
    case 'TEXT_IS_VALID_URL':
      return result(typeof v === 'string' && URL_RE.test(v));
    case 'CUSTOM_FORMULA':
      return result(formulaHolds(wb, sheet, String(a), ref.dr, ref.dc));
    case 'CHECKBOX':
      if (d.values.length === 0) return result(typeof v === 'boolean');
      return result(d.values.some((x) => String(x).toLowerCase() === text));
    default:
      return result(true);
  }
}
