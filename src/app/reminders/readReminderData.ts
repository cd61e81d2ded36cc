/**
 * Reads what the scheduler needs in one getValues per tab (Accounts,
 * Reviews, Contacts) and types it with the shared row parsers, so
 * this module holds no list of columns of its own. Invalid cells become
 * null and are simply left out; "Validate dossier" reports them.
 */
import type { CivilDate } from '../../core/civilDate';
import { parseTab, str } from '../../core/parse/parseTab';
import type { ParsedRow } from '../../core/parse/parseTab';
import type { DueItem, ScheduleAccount, ScheduleContact, ScheduleReview } from '../../core/reminders/notices';
import { DUE_SOURCE_KEYS, DUE_SOURCES } from '../../core/reminders/notices';
import { tabSpec } from '../../core/schema/tabs';
import type { TabKey } from '../../core/schema/types';
import { civilOf } from '../../sheets/dates';
import { findTable } from '../../sheets/table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface ReminderData {
  readonly accounts: readonly ScheduleAccount[];
  readonly reviews: readonly ScheduleReview[];
  readonly contacts: readonly ScheduleContact[];
  /** Sheets of the tabs that items link to. */
  readonly sheets: { readonly accounts: Sheet | null; readonly contacts: Sheet | null; readonly commitments?: Sheet | null };
  /** Dated items of every due source (core/reminders/notices/dueItems.ts). */
  readonly dueItems: readonly DueItem[];
}

function readRows(ss: Spreadsheet, key: TabKey, zone: (d: Date) => CivilDate): { sheet: Sheet | null; rows: readonly ParsedRow[] } {
  const spec = tabSpec(key);
  const t = findTable(ss, spec);
  if (!t) return { sheet: null, rows: [] };
  return { sheet: t.sheet, rows: parseTab(spec, t.rows, { columnOf: t.columnOf, civilOf: zone }).rows };
}

/** Text cells as parsed ('' when empty or unreadable); dates come as CivilDate strings or null. */
const text = (r: ParsedRow, key: string): string => str(r, key) ?? '';

export function readReminderData(ss: Spreadsheet, timeZone: string): ReminderData {
  const zone = (d: Date): CivilDate => civilOf(d, timeZone);
  const acc = readRows(ss, 'accounts', zone);
  const rev = readRows(ss, 'reviews', zone);
  const con = readRows(ss, 'contacts', zone);
  const accounts: ScheduleAccount[] = [];
  for (const r of acc.rows) {
    const id = text(r, 'account_id');
    if (id === '') continue;
    const managerEmail = text(r, 'manager_email');
    accounts.push({
      id,
      name: text(r, 'name'),
      row: r.row,
      managerEmail,
      // Several addresses, a typo or nothing: the supervisor hears of it instead of silence (Validate shows the cell).
      ...(managerEmail === '' ? { managerUnusable: String(r.raw['manager_email'] ?? '') } : {}),
      supervisorEmail: text(r, 'supervisor_email'),
      // An unreadable status is treated as active: a typo must not silence reminders.
      status: text(r, 'status') || 'active',
      lastReview: str(r, 'last_review') || null,
    });
  }
  const reviews: ScheduleReview[] = [];
  for (const r of rev.rows) {
    const account = text(r, 'account');
    const date = str(r, 'date') || null;
    if (account !== '' && date !== null) reviews.push({ account, date });
  }
  const contacts: ScheduleContact[] = [];
  for (const r of con.rows) {
    const account = text(r, 'account');
    const date = str(r, 'date') || null;
    if (account !== '' && date !== null) contacts.push({ account, date, outcome: text(r, 'outcome'), row: r.row });
  }
  // Every due source the same way: its tab, due date, title and done columns (core dueItems.ts).
  const dueItems: DueItem[] = [];
  const dueSheets: Partial<Record<string, Sheet | null>> = {};
  for (const source of DUE_SOURCE_KEYS) {
    const s = DUE_SOURCES[source];
    const read = readRows(ss, s.tab, zone);
    dueSheets[s.tab] = read.sheet;
    for (const r of read.rows) {
      const account = text(r, 'account');
      const due = str(r, s.date) || null;
      if (account === '' || due === null) continue;
      dueItems.push({
        source,
        account,
        row: r.row,
        due,
        title: text(r, s.title),
        done: r.raw[s.doneDate] !== '' && r.raw[s.doneDate] != null,
      });
    }
  }
  return {
    accounts,
    reviews,
    contacts,
    dueItems,
    sheets: { accounts: acc.sheet, contacts: con.sheet, commitments: dueSheets['commitments'] ?? null },
  };
}
