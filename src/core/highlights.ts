/**
 * In-sheet highlights as conditional-format rules (they work while no script runs, and follow TODAY() as days
 * pass): a relationship-plan item past its due date and not done or dropped, and a Decision group attitude
 * not re-assessed within the Settings "attitude stale days". The rules carry the add-on's rule marker, so a
 * repair replaces them and leaves the user's own rules alone. The setting is read through its named range,
 * as the computed columns' formulas read it.
 */
import { columnLetters } from './a1';
import { PLAN_STATUSES, optionLabel } from './domain';
import { stringLiteral as q } from './formulas';
import { LANGS } from './i18n';
import type { RuleSpec } from './risk/colourRules';
import { markedFormula, OVERDUE } from './risk/colourRules';
import { settingRangeName } from './schema/settings';
import type { TabKey } from './schema/types';
import { FIRST_DATA_ROW } from './schema/types';

const cell = (col: number): string => `$${columnLetters(col)}${FIRST_DATA_ROW}`;
const column = (col: number) => ({ row: FIRST_DATA_ROW, col, rows: 'toEnd' as const, cols: 1 });

/** The tab's highlight rules, given where its columns sit; [] for a tab without highlights. */
export function highlightRules(tab: TabKey, columnOf: Readonly<Record<string, number>>): RuleSpec[] {
  if (tab === 'plan' && columnOf['due'] && columnOf['status']) {
    const due = cell(columnOf['due']);
    const status = cell(columnOf['status']);
    // Done and dropped in every language: a sheet switched to another language keeps its old labels.
    const closed = ['done', 'dropped'].flatMap((k) => LANGS.map((l) => `${status}<>${q(optionLabel(PLAN_STATUSES, k)[l])}`));
    return [
      {
        areas: [column(columnOf['due'])],
        formula: markedFormula([`ISNUMBER(${due})`, `${due}<TODAY()`, ...closed].join(',')),
        swatch: OVERDUE,
      },
    ];
  }
  if (tab === 'decisionGroup' && columnOf['attitude_assessed']) {
    const on = cell(columnOf['attitude_assessed']);
    const days = `N(${settingRangeName('attitude_stale_days')})`;
    return [
      { areas: [column(columnOf['attitude_assessed'])], formula: markedFormula(`ISNUMBER(${on}),${on}+${days}<TODAY()`), swatch: OVERDUE },
    ];
  }
  return [];
}
