/**
 * Reads what the scheduler needs in one getValues per tab (Accounts,
 * Reviews, Contacts, and the tab of each due source: Relationship plan) and
 * types it with the shared row parsers, so this module holds no list of
 * columns of its own. Invalid cells become null and are simply left out;
 * "Validate dossier" reports them.
 */
import type { CivilDate } from '../../core/civilDate';
import type { Lang } from '../../core/i18n';
import { isEmptyCell } from '../../core/parse/coerce';
import { parseTab, str } from '../../core/parse/parseTab';
import type { ParsedRow } from '../../core/parse/parseTab';
import type { DueItem, LinkTab, ScheduleAccount, ScheduleContact, ScheduleReview } from '../../core/reminders/notices';
import { DUE_SOURCE_KEYS, DUE_SOURCES } from '../../core/reminders/notices';
import { shareOf } from '../../core/risk/measures';
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
  readonly dueItems: readonly DueItem[];
  /** Sheets of the tabs that items link to. */
  readonly sheets: Partial<Record<LinkTab, Sheet>>;
  /** First free row of each tab read: where a new review or contact is typed. */
  readonly nextRow: Partial<Record<LinkTab, number>>;
}

interface Read {
  readonly sheet: Sheet | null;
  readonly rows: readonly ParsedRow[];
  readonly nextRow: number | null;
}

function readRows(ss: Spreadsheet, key: TabKey, zone: (d: Date) => CivilDate): Read {
  const spec = tabSpec(key);
  const t = findTable(ss, spec);
  if (!t) return { sheet: null, rows: [], nextRow: null };
  const rows = parseTab(spec, t.rows, { columnOf: t.columnOf, firstRow: t.firstRow, civilOf: zone }).rows;
  // Below the last typed row: the row a user fills next (trailing blank rows of the read range included).
  const last = rows.reduce((m, r) => Math.max(m, r.row), t.firstRow - 1);
  return { sheet: t.sheet, rows, nextRow: last + 1 };
}

/** Text cells as parsed ('' when empty or unreadable); dates come as CivilDate strings or null. */
const text = (r: ParsedRow, key: string): string => str(r, key) ?? '';

/** A cell as words: an option column gives its label in the sheet's language. */
function words(r: ParsedRow, tab: TabKey, key: string, lang: Lang): string {
  const v = text(r, key).trim();
  const options = tabSpec(tab).columns.find((c) => c.key === key)?.options;
  return options && v !== '' ? (options.find((o) => o.key === v)?.label[lang] ?? v) : v;
}

export function readReminderData(ss: Spreadsheet, timeZone: string, lang: Lang, companyRevenue: number | null): ReminderData {
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
      // The same rule as the Accounts share formula (revenue / company revenue), computed rather than read back.
      share: shareOf(r.values['annual_revenue'], companyRevenue),
    });
  }
  const reviews: ScheduleReview[] = [];
  for (const r of rev.rows) {
    const account = text(r, 'account');
    const date = str(r, 'date') || null;
    if (account !== '' && date !== null) reviews.push({ account, date, row: r.row });
  }
  const contacts: ScheduleContact[] = [];
  for (const r of con.rows) {
    const account = text(r, 'account');
    const date = str(r, 'date') || null;
    if (account !== '' && date !== null) contacts.push({ account, date, outcome: text(r, 'outcome'), row: r.row });
  }
  const sheets: Partial<Record<LinkTab, Sheet>> = {};
  const nextRow: Partial<Record<LinkTab, number>> = {};
  const keep = (tab: LinkTab, read: Read): void => {
    if (read.sheet) sheets[tab] = read.sheet;
    if (read.nextRow !== null) nextRow[tab] = read.nextRow;
  };
  keep('accounts', acc);
  keep('reviews', rev);
  keep('contacts', con);
  // Every due source the same way: its tab, its date, its title, owner and status columns (core dueItems.ts).
  const dueItems: DueItem[] = [];
  for (const source of DUE_SOURCE_KEYS) {
    const s = DUE_SOURCES[source];
    const read = readRows(ss, s.tab, zone);
    keep(s.tab, read);
    for (const r of read.rows) {
      const account = text(r, 'account');
      const due = str(r, s.date) || null;
      if (account === '' || due === null) continue;
      const title = s.title.map((k) => words(r, s.tab, k, lang)).find((w) => w !== '') ?? '';
      dueItems.push({
        source,
        account,
        row: r.row,
        due,
        title,
        owner: s.owner ? text(r, s.owner).trim() : '',
        // A date typed in the source's "done" column closes the item as a 'done' status would.
        status: s.status ? text(r, s.status) : s.done && !isEmptyCell(r.raw[s.done]) ? 'done' : '',
      });
    }
  }
  return { accounts, reviews, contacts, dueItems, sheets, nextRow };
}
