/**
 * A small portfolio on the built bundle in the local runtime, for the
 * reminder tests: reviews 80, 84, 89, 95 and 120 days old, positive contacts
 * 1, 5, 11 and 30 days old, a negative one 5 days ago, a closed account and
 * an account whose name is an HTML injection attempt.
 */
import { addDays } from '../../../src/core/civilDate';
import { civilOf } from '../../../src/sheets/dates';
import type { SettingKey } from '../../../src/core/schema/settings';
import { tabSpec } from '../../../src/core/schema/tabs';
import { FIRST_DATA_ROW } from '../../../src/core/schema/types';
import { fillSettings, fillTabs, tabSheet } from '../../../scripts/sample/fill';
import type { SampleRow, SampleValue } from '../../../scripts/sample/portfolio';
import type { Runtime } from '../../runtime';
import { createProductRuntime } from '../../productRuntime';
import { builtOnce } from '../../builtOnce';

export const TODAY = '2025-06-16'; // a Monday
export const XSS = '<img src=x onerror=alert(1)>';
const ago = (n: number, today = TODAY): string => addDays(today, -n);

/** A Lithuanian client, last reviewed 95 days before TODAY (overdue), for the lt_LT tests. */
export const LITHUANIAN_ACCOUNT: SampleRow = {
  account_id: 'LTU',
  name: 'UAB „Ąžuolas“',
  key_type: 'expert',
  manager_email: 'ann@example.com',
  supervisor_email: 'boss@example.com',
  last_review: ago(95),
  status: 'active',
};

export interface PortfolioOptions {
  readonly now?: string;
  readonly timeZone?: string;
  readonly today?: string;
  readonly settings?: Partial<Record<SettingKey, SampleValue>>;
  readonly accounts?: SampleRow[];
  readonly contacts?: SampleRow[];
}

const account = (id: string, name: string, manager: string, supervisor: string, reviewDaysAgo: number, status = 'active'): SampleRow => ({
  account_id: id,
  name,
  key_type: 'revenue',
  manager_email: manager,
  supervisor_email: supervisor,
  last_review: ago(reviewDaysAgo),
  status,
});
const contact = (acc: string, daysAgo: number, outcome: string): SampleRow => ({
  account: acc,
  date: ago(daysAgo),
  channel: 'meeting',
  outcome,
  summary: 'Talked',
});

export const ACCOUNTS: SampleRow[] = [
  account('A80', 'Alpha', 'ann@example.com', 'boss@example.com', 80),
  account('B89', 'Beta', 'ann@example.com', 'boss@example.com', 89),
  account('C95', 'Gamma', 'bob@example.com', 'boss@example.com', 95),
  account('D120', 'Delta', 'bob@example.com', 'boss@example.com', 120),
  account('X95', XSS, 'cat@example.com', 'chief@example.com', 95),
  account('E120', 'Closed Ltd', 'ann@example.com', 'boss@example.com', 120, 'closed'),
  account('F84', 'Foxtrot', 'ann@example.com', 'boss@example.com', 84),
];
export const CONTACTS: SampleRow[] = [
  contact('A80', 5, 'positive'),
  contact('B89', 11, 'positive'),
  contact('C95', 30, 'positive'),
  contact('D120', 5, 'negative'),
  contact('X95', 5, 'positive'),
  contact('F84', 1, 'positive'),
];

/** The notices the portfolio owes on TODAY, per recipient (account rule due). */
export const EXPECTED_DAY0: Record<string, string[]> = {
  'ann@example.com': ['B89 positive_contact_overdue 2025-06-15', 'B89 review_due_soon 2025-06-19'],
  'bob@example.com': [
    'C95 positive_contact_overdue 2025-05-27',
    'C95 review_overdue 2025-06-13',
    'D120 negative_pause 2025-06-25',
    'D120 review_overdue 2025-05-16',
  ],
  'boss@example.com': ['D120 review_escalation 2025-05-16'],
  'cat@example.com': ['X95 review_overdue 2025-06-13'],
};

/** 09:00 in Vilnius on a civil date. */
export const at9 = (day: string): string => `${day}T06:00:00Z`;

/** The portfolio on a new dossier; built once per test file and options, restored for each test (builtOnce). */
export function portfolio(opts: PortfolioOptions = {}): Runtime {
  return builtOnce(`portfolio ${JSON.stringify(opts)}`, () => buildPortfolio(opts));
}

function buildPortfolio(opts: PortfolioOptions): Runtime {
  const timeZone = opts.timeZone ?? 'Europe/Vilnius';
  const rt = createProductRuntime({
    now: opts.now ?? at9(TODAY),
    timeZone,
    locale: 'en_GB',
    user: 'ann@example.com',
  }).load();
  rt.run('kadCreateOrRepair');
  const fill = { lang: 'en' as const, timeZone, asUser: false };
  if (opts.settings) fillSettings(rt, tabSpec('settings'), opts.settings, fill);
  fillTabs(
    rt,
    [
      [tabSpec('accounts'), opts.accounts ?? ACCOUNTS],
      [tabSpec('contacts'), opts.contacts ?? CONTACTS],
    ],
    fill,
  );
  rt.mail.reset();
  return rt;
}

export interface LogRow {
  key: string;
  recipient: string;
  account: string;
  rule: string;
  due: string;
  status: string;
  detail: string;
}

/** The Notices log as the user sees it (read without counting). */
export function noticesLog(rt: Runtime): LogRow[] {
  const tz = rt.ctx.timeZone;
  const spec = tabSpec('notices');
  const sheet = tabSheet(rt, spec);
  return rt.counter.uncounted(() => {
    const last = sheet.getLastRow();
    if (last < FIRST_DATA_ROW) return [];
    const width = sheet.getLastColumn();
    const head = sheet.getRange(1, 1, 1, width).getValues()[0] ?? [];
    const col = (k: string) => head.indexOf(`kad:${k}`);
    return sheet
      .getRange(FIRST_DATA_ROW, 1, last - FIRST_DATA_ROW + 1, width)
      .getValues()
      .map((r) => ({
        key: String(r[col('notice_key')]),
        recipient: String(r[col('recipient')]),
        account: String(r[col('account')]),
        rule: String(r[col('rule')]),
        // Sheets reads the logged '2025-06-13' as a date, as if typed.
        due: r[col('due')] instanceof Date ? civilOf(r[col('due')] as Date, tz) : String(r[col('due')]),
        status: String(r[col('status')]),
        detail: String(r[col('detail')]),
      }));
  });
}

/** Sent notices per recipient, as 'account rule due' sorted. */
export function sentBy(rows: readonly LogRow[], status = 'sent'): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const r of rows.filter((x) => x.status === status)) (out[r.recipient] ??= []).push(`${r.account} ${r.rule} ${r.due}`);
  for (const k of Object.keys(out)) out[k]!.sort();
  return out;
}

/** "Send reminders now", answering YES to its confirmation. */
export function sendNow(rt: Runtime): void {
  rt.ui.alertAnswers.push('YES');
  rt.run('kadSendReminders');
}

export function dailyTrigger(rt: Runtime): string {
  const t = rt.triggers.find((x) => x.handlerFunction === 'kadDailyReminders');
  if (!t) throw new Error('no daily trigger');
  return t.uniqueId;
}
