/**
 * The supervisors' notices of a rollup file, from its Rollup tab (the rows
 * pulled from every KAM's dossier file): escalations, overdue reviews and
 * clients over the critical (20 %) or mono-client (50 %) threshold. They go
 * through the reminders' own planner, ledger, fairness and digest rendering
 * (app/reminders/plan.ts), so a supervisor of several KAMs gets one digest a
 * day. Read in one getValues.
 */
import type { CivilDate } from '../../core/civilDate';
import { daysBetween } from '../../core/civilDate';
import type { Lang } from '../../core/i18n';
import { label } from '../../core/i18n';
import { bandLabel } from '../../core/risk/bands';
import { repeatRound } from '../../core/reminders/notices/noticeKey';
import type { Notice, RuleKey } from '../../core/reminders/notices/types';
import type { Settings } from '../../core/settingsValues';
import { FIRST_DATA_ROW } from '../../core/schema/types';
import type { ExportColumn } from '../../core/team/export';
import { ROLLUP_WIDTH, rollupCol } from '../../core/team/rollup';
import { civilOf } from '../../sheets/dates';
import { findTabSheet } from '../../sheets/locate';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface RollupNotices {
  readonly notices: readonly Notice[];
  readonly gid: number;
}

/** Null when the file has no Rollup tab (a dossier file). */
export function rollupNotices(ss: Spreadsheet, timeZone: string, today: CivilDate, settings: Settings, lang: Lang): RollupNotices | null {
  const sheet = findTabSheet(ss, 'rollup', label('tab.rollup'));
  if (!sheet) return null;
  const last = sheet.getLastRow();
  const rows = last >= FIRST_DATA_ROW ? sheet.getRange(FIRST_DATA_ROW, 1, last - FIRST_DATA_ROW + 1, ROLLUP_WIDTH).getValues() : [];
  const notices: Notice[] = [];
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
    const link = { tab: 'accounts' as const, row };
    const add = (rule: RuleKey, due: CivilDate | 'never', days: number, round: number, detail?: string): void =>
      void notices.push({ ...base, rule, due, link, days, round, ...(detail ? { detail } : {}) });
    const dueCell = cell('next_review_due');
    const due = dueCell instanceof Date ? civilOf(dueCell, timeZone) : null;
    const overdue = due !== null ? daysBetween(due, today) : 0;
    if (due !== null && Number(cell('open_escalations')) > 0) add('review_escalation', due, overdue, repeatRound(due, today));
    else if (due !== null && overdue > 0) add('review_overdue', due, overdue, repeatRound(due, today));
    const share = cell('revenue_share');
    if (typeof share === 'number') {
      // Once per band reached: round 1 over the critical threshold, 2 over the mono-client one.
      const band = share > settings.threshold_mono ? 'mono' : share > settings.threshold_critical ? 'critical' : null;
      if (band) add('share_crossing', 'never', 0, band === 'mono' ? 2 : 1, `${bandLabel(band)[lang]}: ${(share * 100).toFixed(1)} %`);
    }
  });
  return { notices, gid: sheet.getSheetId() };
}
