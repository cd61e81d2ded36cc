/**
 * Reads what the scheduler needs in one getValues per tab (Settings,
 * Accounts, Reviews, Contacts) and types it with the shared row parsers, so
 * this module holds no list of columns of its own. Invalid cells become
 * null and are simply left out; "Validate dossier" reports them.
 */
import type { CivilDate } from '../../core/civilDate';
import { parseTab } from '../../core/parse/parseTab';
import type { ParsedRow } from '../../core/parse/parseTab';
import type { ScheduleAccount, ScheduleContact, ScheduleReview, ScheduleSettings } from '../../core/schedule';
import { tabSpec } from '../../core/schema/tabs';
import type { TabKey } from '../../core/schema/types';
import type { Settings } from '../../core/settingsValues';
import { civilOf } from '../../sheets/dates';
import { findTabSheet } from '../../sheets/locate';
import { readTable } from '../../sheets/table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface Portfolio {
  readonly settings: Settings;
  readonly accounts: readonly ScheduleAccount[];
  readonly reviews: readonly ScheduleReview[];
  readonly contacts: readonly ScheduleContact[];
  /** Sheets of the tabs that items link to. */
  readonly sheets: { readonly accounts: Sheet | null; readonly contacts: Sheet | null };
}

export function scheduleSettings(s: Settings): ScheduleSettings {
  return {
    reviewIntervalMonths: s.review_interval_months,
    reviewLeadDays: s.review_lead_days,
    escalationGraceDays: s.escalation_grace_days,
    positiveContactDays: s.positive_contact_days,
    negativePauseDays: s.negative_pause_days,
  };
}

function readRows(ss: Spreadsheet, key: TabKey, zone: (d: Date) => CivilDate): { sheet: Sheet | null; rows: readonly ParsedRow[] } {
  const spec = tabSpec(key);
  const sheet = findTabSheet(ss, spec.key, spec.name);
  if (!sheet) return { sheet: null, rows: [] };
  const t = readTable(sheet, spec);
  return { sheet, rows: parseTab(spec, t.rows, { columnOf: t.columnOf, civilOf: zone }).rows };
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const day = (v: unknown): CivilDate | null => (typeof v === 'string' && v !== '' ? v : null);

export function readPortfolio(ss: Spreadsheet, timeZone: string, settings: Settings): Portfolio {
  const zone = (d: Date): CivilDate => civilOf(d, timeZone);
  const acc = readRows(ss, 'accounts', zone);
  const rev = readRows(ss, 'reviews', zone);
  const con = readRows(ss, 'contacts', zone);
  const accounts: ScheduleAccount[] = [];
  for (const r of acc.rows) {
    const v = r.values;
    const id = str(v['account_id']);
    if (id === '') continue;
    accounts.push({
      id,
      name: str(v['name']),
      row: r.row,
      managerEmail: str(v['manager_email']),
      supervisorEmail: str(v['supervisor_email']),
      // An unreadable status is treated as active: a typo must not silence reminders.
      status: str(v['status']) || 'active',
      lastReview: day(v['last_review']),
    });
  }
  const reviews: ScheduleReview[] = [];
  for (const r of rev.rows) {
    const account = str(r.values['account']);
    const date = day(r.values['date']);
    if (account !== '' && date !== null) reviews.push({ account, date });
  }
  const contacts: ScheduleContact[] = [];
  for (const r of con.rows) {
    const account = str(r.values['account']);
    const date = day(r.values['date']);
    if (account !== '' && date !== null) contacts.push({ account, date, outcome: str(r.values['outcome']), row: r.row });
  }
  return { settings, accounts, reviews, contacts, sheets: { accounts: acc.sheet, contacts: con.sheet } };
}
