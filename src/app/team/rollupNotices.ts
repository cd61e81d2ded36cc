/**
 * The supervisors' notices of a rollup file, from its Rollup tab (the rows
 * pulled from every KAM's dossier file): escalations, overdue reviews and
 * the clients' pulled shares, from which the planner derives the crossings of
 * the critical (20 %) or mono-client (50 %) threshold with the same core rule
 * as a dossier file (core/reminders/notices/crossing.ts). They go through the
 * reminders' own planner, ledger, fairness and digest rendering
 * (app/reminders/plan.ts), so a supervisor of several KAMs gets one digest a
 * day. Read in one getValues.
 */
import type { CivilDate } from '../../core/civilDate';
import { daysBetween } from '../../core/civilDate';
import { label } from '../../core/i18n';
import type { CrossingRow } from '../../core/reminders/notices/crossing';
import { repeatRound } from '../../core/reminders/notices/noticeKey';
import type { Notice, RuleKey } from '../../core/reminders/notices/types';
import { FIRST_DATA_ROW } from '../../core/schema/types';
import type { ExportColumn } from '../../core/team/export';
import { ROLLUP_WIDTH, rollupCol } from '../../core/team/rollup';
import { civilOf } from '../../sheets/dates';
import { findTabSheet } from '../../sheets/locate';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface RollupNotices {
  readonly notices: readonly Notice[];
  /** Each pulled client's share, for the crossing rule. */
  readonly shares: readonly CrossingRow[];
  readonly sheet: GoogleAppsScript.Spreadsheet.Sheet;
}

/** Null when the file has no Rollup tab (a dossier file). */
export function rollupNotices(ss: Spreadsheet, timeZone: string, today: CivilDate): RollupNotices | null {
  const sheet = findTabSheet(ss, 'rollup', label('tab.rollup'));
  if (!sheet) return null;
  const last = sheet.getLastRow();
  const rows = last >= FIRST_DATA_ROW ? sheet.getRange(FIRST_DATA_ROW, 1, last - FIRST_DATA_ROW + 1, ROLLUP_WIDTH).getValues() : [];
  const notices: Notice[] = [];
  const shares: CrossingRow[] = [];
  rows.forEach((r, i) => {
    const cell = (k: ExportColumn): unknown => r[rollupCol(k) - 1];
    const text = (k: ExportColumn): string => String(cell(k) ?? '').trim();
    const id = text('account_id');
    const supervisor = text('supervisor_email').toLowerCase();
    // Empty rows, and a source not yet allowed (#REF!), give nothing.
    if (id === '' || id.startsWith('#') || supervisor === '') return;
    const manager = text('manager_email').toLowerCase();
    const row = FIRST_DATA_ROW + i;
    const base = { account: id, accountName: text('name'), recipient: supervisor, role: 'supervisor' as const, manager, supervisor };
    const link = { tab: 'rollup' as const, row };
    const add = (rule: RuleKey, due: CivilDate | 'never', days: number, round: number): void =>
      void notices.push({ ...base, rule, due, link, days, round });
    const dueCell = cell('next_review_due');
    const due = dueCell instanceof Date ? civilOf(dueCell, timeZone) : null;
    const overdue = due !== null ? daysBetween(due, today) : 0;
    if (due !== null && Number(cell('open_escalations')) > 0) add('review_escalation', due, overdue, repeatRound(due, today));
    else if (due !== null && overdue > 0) add('review_overdue', due, overdue, repeatRound(due, today));
    const share = cell('revenue_share');
    shares.push({ account: id, accountName: base.accountName, share: typeof share === 'number' ? share : null, manager, supervisor, link });
  });
  return { notices, shares, sheet };
}
