/**
 * Replaces the conditional-format rules the add-on owns on one sheet and
 * keeps every other rule, in its place. Ours are recognised by the marker
 * in their custom formula (core/risk/colourRules.ts), never by position or colour.
 * Calls: one read and one write of the sheet's rule list, two per existing
 * rule and six per new one; none depends on the number of rows.
 */
import type { Area, RuleSpec } from '../../core/risk/colourRules';
import { isOwnRuleFormula } from '../../core/risk/colourRules';
import type { SheetsApi } from '../../sheets/api';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

export function areaRange(sheet: Sheet, a: Area, maxRows: number): Range {
  const rows = a.rows === 'toEnd' ? Math.max(maxRows - a.row + 1, 1) : a.rows;
  return sheet.getRange(a.row, a.col, rows, a.cols);
}

function isOwn(rule: Rule): boolean {
  const condition = rule.getBooleanCondition();
  return condition !== null && isOwnRuleFormula(String(condition.getCriteriaValues()[0] ?? ''));
}

export function replaceOwnRules(sheet: Sheet, specs: readonly RuleSpec[], api: SheetsApi): { kept: number; replaced: number } {
  const maxRows = sheet.getMaxRows();
  const current = sheet.getConditionalFormatRules();
  const others: Rule[] = [];
  let insertAt = -1;
  let replaced = 0;
  for (const rule of current) {
    if (isOwn(rule)) {
      if (insertAt < 0) insertAt = others.length;
      replaced++;
    } else others.push(rule);
  }
  // In Sheets the first matching rule wins: ours go back where they were;
  // the first time, after the user's, so a user's rule keeps priority.
  if (insertAt < 0) insertAt = others.length;
  const fresh = specs.map((s) => {
    let b = api.newConditionalFormatRule().whenFormulaSatisfied(s.formula).setBackground(s.swatch.background);
    if (s.swatch.font) b = b.setFontColor(s.swatch.font);
    return b.setRanges(s.areas.map((a) => areaRange(sheet, a, maxRows))).build();
  });
  sheet.setConditionalFormatRules([...others.slice(0, insertAt), ...fresh, ...others.slice(insertAt)]);
  return { kept: others.length, replaced };
}
