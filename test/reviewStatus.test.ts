/**
 * Issue 9, "one source per fact": an account's review status is the later of
 * its Accounts "last review" and its latest Reviews row, by one core rule
 * (src/core/reviewStatus.ts). Through the built bundle, every surface agrees
 * with that rule on dates chosen at the edges: due today, overdue by one day,
 * a month end clamped (30 Nov + 3 months = 28 Feb), a Reviews row later than
 * the Accounts date and the reverse, two Reviews rows on the same day.
 */
import type { CivilDate } from '../src/core/civilDate';
import { columnLetters } from '../src/core/a1';
import { reviewStatus } from '../src/core/reviewStatus';
import { OVERDUE } from '../src/core/risk/colourRules';
import { tabSpec } from '../src/core/schema/tabs';
import { FIRST_DATA_ROW } from '../src/core/schema/types';
import { columnsOf, fillRows, tabSheet } from '../scripts/sample/fill';
import type { SampleRow } from '../scripts/sample/portfolio';
import { civilOf } from '../src/sheets/dates';
import { ensureBundle } from './bundle';
import { builtOnce } from './builtOnce';
import { at9, dailyTrigger, noticesLog, portfolio, TODAY } from './reminders.helpers';
import type { Runtime } from './runtime';

beforeAll(ensureBundle);

const acc = (id: string, last: string): SampleRow => ({
  account_id: id,
  name: `Client ${id}`,
  key_type: 'revenue',
  manager_email: 'ann@example.com',
  supervisor_email: 'boss@example.com',
  last_review: last,
  status: 'active',
});
const rev = (id: string, date: string): SampleRow => ({ account: id, date, reviewer: 'ann@example.com', summary: 'Reviewed' });

// TODAY is 2025-06-16; the interval is 3 months.
const ACCOUNTS = [
  acc('DUE0', '2025-01-10'), // Reviews row 2025-03-16 wins: due today
  acc('LATE1', '2025-03-15'), // no Reviews row: overdue by one day
  acc('REVONLY', ''), // Reviews only, two rows: 2025-03-31 wins, due 2025-06-30
  acc('CLAMP', '2024-11-30'), // Reviews 2024-11-29 older: 30 Nov + 3 months = 28 Feb
  acc('TYPED', '2025-06-16'), // typed today, Reviews older: due 2025-09-16
  acc('TWIN', '2025-02-01'), // two Reviews rows on the same latest day
];
const REVIEWS = [
  rev('DUE0', '2025-03-16'),
  rev('REVONLY', '2025-02-01'),
  rev('REVONLY', '2025-03-31'),
  rev('CLAMP', '2024-11-29'),
  rev('TYPED', '2025-05-01'),
  rev('TWIN', '2025-04-01'),
  rev('TWIN', '2025-04-01'),
];

function expected(today: CivilDate) {
  const out: Record<string, { due: string | null; overdue: number | null }> = {};
  for (const a of ACCOUNTS) {
    const id = a['account_id'] as string;
    const last = (a['last_review'] as string) || null;
    const dates = REVIEWS.filter((r) => r['account'] === id).map((r) => r['date'] as string);
    const s = reviewStatus(last, dates, 3, today);
    out[id] = { due: s.reviewDue, overdue: s.overdueDays };
  }
  return out;
}

/** The accounts and reviews above, built once and restored for each test (builtOnce). */
function dossier(): Runtime {
  return builtOnce('reviews', () => {
    const rt = portfolio({ accounts: ACCOUNTS, contacts: [] });
    fillRows(rt, tabSpec('reviews'), REVIEWS, { lang: 'en', timeZone: rt.ctx.timeZone, asUser: false });
    return rt;
  });
}

const civil = (rt: Runtime, v: unknown): string | null => (v instanceof Date ? civilOf(v, rt.ctx.timeZone) : v === '' ? null : String(v));

/** Accounts "Next review due" as the sheet formula shows it. */
function sheetDue(rt: Runtime): Record<string, string | null> {
  const spec = tabSpec('accounts');
  const cols = columnsOf(rt, spec);
  const values = rt.counter.uncounted(() => tabSheet(rt, spec).getDataRange().getValues());
  const out: Record<string, string | null> = {};
  for (const r of values.slice(FIRST_DATA_ROW - 1)) {
    const id = String(r[(cols['account_id'] as number) - 1]);
    if (id) out[id] = civil(rt, r[(cols['next_review_due'] as number) - 1]);
  }
  return out;
}

/** The Dossier view's "Next review due" line once the account is picked. */
function viewDue(rt: Runtime, id: string): string | null {
  return rt.counter.uncounted(() => {
    const sheet = rt.app.getActiveSpreadsheet().getSheetByName('Dossier view');
    if (!sheet) throw new Error('no Dossier view');
    sheet.getRange('B2').setValue(id);
    const rows = sheet.getDataRange().getValues();
    const line = rows.find((r) => r[0] === 'Next review due');
    return line ? civil(rt, line[1]) : null;
  });
}

describe('review status: one rule, five surfaces', () => {
  test.each([TODAY, '2025-06-17', '2025-07-01'])('on %s the sheet, Dossier view, brief and daily run agree with the core rule', (today) => {
    const rt = dossier();
    rt.clock.set(new Date(at9(today)));
    const want = expected(today);

    const sheet = sheetDue(rt);
    for (const [id, w] of Object.entries(want)) {
      expect({ id, due: sheet[id] }).toEqual({ id, due: w.due });
      expect({ id, due: viewDue(rt, id) }).toEqual({ id, due: w.due });
      const brief = rt.run('kadBriefData', [id]) as { reviewDue: string | null; reviewOverdueDays: number | null };
      expect({ id, due: brief.reviewDue, overdue: brief.reviewOverdueDays }).toEqual({
        id,
        due: w.due,
        overdue: w.overdue !== null && w.overdue > 0 ? w.overdue : null,
      });
    }

    // The daily run: an overdue review is reported with the rule's due date, and only then.
    rt.run('kadRemindersOn');
    rt.fireTimeTrigger(dailyTrigger(rt));
    const overdue = noticesLog(rt)
      .filter((n) => n.rule === 'review_overdue')
      .map((n) => `${n.account} ${n.due}`)
      .sort();
    const wantOverdue = Object.entries(want)
      .filter(([, w]) => w.overdue !== null && w.overdue > 0)
      .map(([id, w]) => `${id} ${w.due}`)
      .sort();
    expect(overdue).toEqual(wantOverdue);

    // Validate: no review-order complaint on any of these rows (next review due is after every last review).
    rt.run('kadValidate');
    const problems = rt.counter.uncounted(() => rt.app.getActiveSpreadsheet().getSheetByName('Problems')?.getDataRange().getValues() ?? []);
    expect(problems.filter((r) => /next review/i.test(r.join(' ')))).toEqual([]);
  });

  test('the example from the issue: a review logged today in Reviews clears "overdue" on every surface', () => {
    const rt = portfolio({ accounts: [acc('LOG', '2025-02-27')], contacts: [] });
    expect(sheetDue(rt)['LOG']).toBe('2025-05-27');
    fillRows(rt, tabSpec('reviews'), [rev('LOG', TODAY)], { lang: 'en', timeZone: rt.ctx.timeZone, asUser: false });
    expect(sheetDue(rt)['LOG']).toBe('2025-09-16');
    expect(viewDue(rt, 'LOG')).toBe('2025-09-16');
    expect((rt.run('kadBriefData', ['LOG']) as { reviewOverdueDays: number | null }).reviewOverdueDays).toBeNull();
  });

  test('a next review due in the past is highlighted in its cell by a conditional format; due today is not', () => {
    const rt = dossier();
    const h = rt.spreadsheet as unknown as { effectiveBackground(sheet: string, a1: string): string };
    const spec = tabSpec('accounts');
    const cols = columnsOf(rt, spec);
    const ids = rt.counter
      .uncounted(() => tabSheet(rt, spec).getDataRange().getValues())
      .slice(FIRST_DATA_ROW - 1)
      .map((r) => String(r[(cols['account_id'] as number) - 1]));
    const dueCell = (id: string) => `${columnLetters(cols['next_review_due'] as number)}${FIRST_DATA_ROW + ids.indexOf(id)}`;
    expect(h.effectiveBackground('Accounts', dueCell('LATE1'))).toBe(OVERDUE.background);
    expect(h.effectiveBackground('Accounts', dueCell('CLAMP'))).toBe(OVERDUE.background);
    expect(h.effectiveBackground('Accounts', dueCell('DUE0'))).toBe('#ffffff');
    expect(h.effectiveBackground('Accounts', dueCell('TYPED'))).toBe('#ffffff');
  });
});
