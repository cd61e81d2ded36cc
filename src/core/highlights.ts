/**
 * In-sheet highlights as conditional-format rules (they work while no script runs, and follow TODAY() as days
 * pass): a relationship-plan item past its due date and not done or dropped, a Decision group attitude not
 * re-assessed within the Settings "attitude stale days", and a positive contact overdue (the outcome of the
 * account's latest positive contact turns red; formulas.ts positiveContactOverdue). The rules carry the
 * add-on's rule marker, so a repair replaces them and leaves the user's own rules alone.
 *
 * A setting is read through INDIRECT of its Settings cell, not through its named range: Google's pages on
 * conditional formats (Apps Script ConditionalFormatRuleBuilder, https://developers.google.com/apps-script/
 * reference/spreadsheet/conditional-format-rule-builder; the Sheets API samples, https://developers.google.com/
 * sheets/api/samples/conditional-formatting) say nothing of named ranges in custom formulas, and a custom formula
 * reaches another sheet through INDIRECT, which takes "a cell reference, written as a string"
 * (https://support.google.com/docs/answer/3093377). The string is the cell as the repair found it: a renamed
 * Settings tab or a moved row makes it fail, and IFERROR then uses the setting's default until the next repair.
 */
import { columnLetters } from './a1';
import { PLAN_STATUSES, optionLabel } from './domain';
import { positiveContactOverdue, stringLiteral as q } from './formulas';
import { LANGS } from './i18n';
import type { RuleSpec } from './risk/colourRules';
import { markedFormula, OVERDUE, STALE } from './risk/colourRules';
import type { SettingKey } from './schema/settings';
import { settingSpec } from './schema/settings';
import type { TabKey } from './schema/types';
import { FIRST_DATA_ROW } from './schema/types';

const cell = (col: number): string => `$${columnLetters(col)}${FIRST_DATA_ROW}`;
const column = (col: number) => ({ row: FIRST_DATA_ROW, col, rows: 'toEnd' as const, cols: 1 });

/** A setting's value cell, sheet-qualified and absolute (`'Settings'!$C$17`), or null when there is none. */
export type SettingCell = (key: SettingKey) => string | null;

/** A numeric setting inside a custom formula: its cell through INDIRECT, its default when that fails. */
export function settingInRule(key: SettingKey, at: SettingCell): string {
  const fallback = Number(settingSpec(key).default ?? 0);
  const ref = at(key);
  return ref ? `IFERROR(N(INDIRECT(${q(ref)})),${fallback})` : String(fallback);
}

/** A date column that turns `swatch` once the date in it is before TODAY() (plus `extra` conditions). */
function pastDate(col: number, swatch: RuleSpec['swatch'], extra: readonly string[] = [], plus = ''): RuleSpec {
  const at = cell(col);
  return {
    areas: [column(col)],
    formula: markedFormula([`ISNUMBER(${at})`, `${at}${plus}<TODAY()`, ...extra].join(',')),
    swatch,
  };
}

/** The tab's highlight rules, given where its columns sit; [] for a tab without highlights. */
export function highlightRules(tab: TabKey, columnOf: Readonly<Record<string, number>>, settingCell: SettingCell): RuleSpec[] {
  if (tab === 'plan' && columnOf['due'] && columnOf['status']) {
    const status = cell(columnOf['status']);
    // Done and dropped in every language: a sheet switched to another language keeps its old labels.
    const open = ['done', 'dropped'].flatMap((k) => LANGS.map((l) => `${status}<>${q(optionLabel(PLAN_STATUSES, k)[l])}`));
    return [pastDate(columnOf['due'], OVERDUE, open)];
  }
  if (tab === 'decisionGroup' && columnOf['attitude_assessed'])
    return [pastDate(columnOf['attitude_assessed'], STALE, [], `+${settingInRule('attitude_stale_days', settingCell)}`)];
  // On the outcome of the account's latest positive contact: no rule marks that cell, so no mark is hidden.
  const outcome = columnOf['outcome'];
  if (tab === 'contacts' && outcome && columnOf['account'] && columnOf['date']) {
    const condition = positiveContactOverdue(
      (k) => columnLetters(columnOf[k] ?? 0),
      (k) => settingInRule(k, settingCell),
    );
    return [{ areas: [column(outcome)], formula: markedFormula(condition), swatch: OVERDUE }];
  }
  return [];
}
