/**
 * Replaces the conditional-format rules the add-on owns on one sheet and
 * keeps every other rule, in its place. Ours are recognised by the marker
 * in their custom formula (core/risk/colourRules.ts), never by position or colour.
 * Calls: one read of the sheet's rule list and two per existing rule (read
 * before anything is written), one write of the list; the rules' ranges come
 * with the step's other ranges (sheets/ranges.ts). None depends on the rows.
 */
import type { Area, RuleSpec } from '../../core/risk/colourRules';
import { isOwnRuleFormula } from '../../core/risk/colourRules';
import { blockA1, toEndA1 } from '../../core/a1';
import type { SheetsApi } from '../../sheets/api';
import type { Ranges } from '../../sheets/ranges';
import { rangesOf } from '../../sheets/ranges';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

/** An area in A1: to the sheet's last row, whatever it is, for 'toEnd'. */
export function areaA1(a: Area): string {
  return a.rows === 'toEnd' ? toEndA1(a.row, a.col, a.cols) : blockA1(a.row, a.col, a.rows, a.cols);
}

/** The A1 ranges a set of rules needs. */
export const ruleAreas = (specs: readonly RuleSpec[]): string[] => specs.flatMap((s) => s.areas.map(areaA1));

/** The user's rules on a sheet and where ours sat among them. */
export interface RuleList {
  readonly others: readonly Rule[];
  readonly insertAt: number;
  readonly replaced: number;
}

/** A sheet this run inserted has no rules. */
export const NO_RULES: RuleList = { others: [], insertAt: 0, replaced: 0 };

function isOwn(rule: Rule): boolean {
  const condition = rule.getBooleanCondition();
  return condition !== null && isOwnRuleFormula(String(condition.getCriteriaValues()[0] ?? ''));
}

export function readRuleList(sheet: Sheet): RuleList {
  const others: Rule[] = [];
  let insertAt = -1;
  let replaced = 0;
  for (const rule of sheet.getConditionalFormatRules()) {
    if (isOwn(rule)) {
      if (insertAt < 0) insertAt = others.length;
      replaced++;
    } else others.push(rule);
  }
  // In Sheets the first matching rule wins: ours go back where they were;
  // the first time, after the user's, so a user's rule keeps priority.
  return { others, insertAt: insertAt < 0 ? others.length : insertAt, replaced };
}

export function writeRuleList(
  sheet: Sheet,
  list: RuleList,
  specs: readonly RuleSpec[],
  api: SheetsApi,
  ranges: Ranges,
): { kept: number; replaced: number } {
  const fresh = specs.map((s) => {
    let b = api.newConditionalFormatRule().whenFormulaSatisfied(s.formula).setBackground(s.swatch.background);
    if (s.swatch.font) b = b.setFontColor(s.swatch.font);
    return b.setRanges(s.areas.map((a) => ranges(areaA1(a)))).build();
  });
  const { others, insertAt } = list;
  sheet.setConditionalFormatRules([...others.slice(0, insertAt), ...fresh, ...others.slice(insertAt)]);
  return { kept: others.length, replaced: list.replaced };
}

/** Read and write at once, for a step that writes nothing else on the sheet before (the rollup). */
export function replaceOwnRules(sheet: Sheet, specs: readonly RuleSpec[], api: SheetsApi): { kept: number; replaced: number } {
  const list = readRuleList(sheet);
  return writeRuleList(sheet, list, specs, api, rangesOf(sheet, ruleAreas(specs)));
}
