/**
 * Issue 9, "one source per fact": an account's review status is the later of
 * its Accounts "last review" and its latest Reviews row, by one core rule
 * (src/core/reviewStatus.ts). Through the built bundle, every surface agrees
 * with that rule on accounts chosen at the edges: due today, overdue by one day,
 * a month end clamped (30 Nov + 3 months = 28 Feb), a Reviews row later than
 * the Accounts date and the reverse, two Reviews rows on the same day. Two
 * dates run end to end (due today and overdue by one day fall on each); the
 * rule's answer on every date is pinned in test/core/reviewStatus.test.ts.
 */
import type { CivilDate } from '../../src/core/civilDate';
import { addDays } from '../../src/core/civilDate';
import { columnLetters } from '../../src/core/a1';
import { contactStatus, reviewStatus } from '../../src/core/reviewStatus';
import { OVERDUE } from '../../src/core/risk/colourRules';
import { tabSpec } from '../../src/core/schema/tabs';
import { FIRST_DATA_ROW } from '../../src/core/schema/types';
import { columnsOf, fillRows, tabSheet } from '../../scripts/sample/fill';
import type { SampleRow } from '../../scripts/sample/portfolio';
import { civilOf } from '../../src/sheets/dates';
import { ensureBundle } from '../bundle';
import { at9, dailyTrigger, noticesLog, portfolio, TODAY } from './reminders/reminders.helpers';
import type { Runtime } from '../runtime';
import { builtOnce } from '../builtOnce';

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
  test.each([TODAY, '2025-07-01'])('on %s the sheet, Dossier view, brief and daily run agree with the core rule', (today) => {
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

/**
 * Positive contact overdue, written once in the core (contactStatus: due on the later of last positive +
 * interval and last negative + pause) and once as the Contacts highlight's condition (core/formulas.ts
 * positiveContactOverdue), which turns the latest positive contact's outcome red. Settings: interval 10 days,
 * pause 14 days (the defaults).
 */
describe('positive contact overdue: the Contacts highlight agrees with the core rule', () => {
  const c = (account: string, date: string, outcome: string): SampleRow => ({ account, date, channel: 'call', outcome, summary: 'Talked' });
  const CONTACTS: SampleRow[] = [
    c('POS', '2025-06-01', 'positive'), // due 06-11
    c('NEGAFTER', '2025-06-01', 'positive'),
    c('NEGAFTER', '2025-06-05', 'negative'), // pause to 06-19: due 06-19, not 06-11
    c('BREACH', '2025-06-01', 'negative'),
    c('BREACH', '2025-06-02', 'positive'), // logged inside the pause: due at the pause end 06-15, not 06-12
    c('SAMEDAY', '2025-06-03', 'positive'),
    c('SAMEDAY', '2025-06-03', 'negative'), // due 06-17
    c('OLDNEG', '2025-05-01', 'negative'),
    c('OLDNEG', '2025-05-20', 'positive'), // the old pause ended long before: due 05-30
    c('NEGONLY', '2025-06-01', 'negative'), // never a positive contact: nothing to turn red, the digest says "never"
    c('TWOPOS', '2025-06-04', 'positive'), // the later one, in the upper row: due 06-14
    c('TWOPOS', '2025-05-25', 'positive'),
    c('RUSSIAN', '2025-06-01', 'Позитивный'), // typed in Russian: still positive; due 06-11
    c('RUSSIAN', '2025-06-08', 'neutral'),
    c('FUTURE', '2025-06-01', 'positive'), // due 06-11: the contact dated 2025-08-01 is a typo until that day
    c('FUTURE', '2025-08-01', 'positive'),
  ];
  const IDS = [...new Set(CONTACTS.map((r) => r['account'] as string))];
  const contactsSpec = tabSpec('contacts');
  const outcomeKey = (v: unknown) => (String(v) === 'Позитивный' ? 'positive' : String(v));

  const core = (id: string, today: CivilDate) =>
    contactStatus(
      CONTACTS.filter((r) => r['account'] === id).map((r) => ({ date: r['date'] as string, outcome: outcomeKey(r['outcome']) })),
      10,
      14,
      today,
    );

  let rt: Runtime;
  let rowsOf: Record<string, number[]>;
  let outcomeCol: number;
  beforeAll(() => {
    rt = portfolio({ accounts: IDS.map((id) => acc(id, '2025-06-01')), contacts: CONTACTS });
    outcomeCol = columnsOf(rt, contactsSpec)['outcome'] as number;
    const accountCol = columnsOf(rt, contactsSpec)['account'] as number;
    const values = rt.counter.uncounted(() => tabSheet(rt, contactsSpec).getDataRange().getValues());
    rowsOf = {};
    values.forEach((r, i) => {
      if (i >= FIRST_DATA_ROW - 1 && r[accountCol - 1]) (rowsOf[String(r[accountCol - 1])] ??= []).push(i + 1);
    });
  });

  /** The account's rows whose outcome is red, by their contact's date. */
  const redDates = (id: string): string[] =>
    rt.counter.uncounted(() => {
      const h = rt.spreadsheet as unknown as { effectiveBackground(sheet: string, a1: string): string };
      const name = tabSheet(rt, contactsSpec).getName();
      return (rowsOf[id] ?? [])
        .filter((row) => h.effectiveBackground(name, `${columnLetters(outcomeCol)}${row}`) === OVERDUE.background)
        .map((row) => CONTACTS[row - FIRST_DATA_ROW]?.['date'] as string);
    });

  test('red exactly when the core says overdue, on the latest positive contact, and the brief shows the same pause: due day, day after, pause start and end', () => {
    const checked: string[] = [];
    for (const id of IDS) {
      const mine = CONTACTS.filter((r) => r['account'] === id);
      const due = core(id, '2025-06-30').positiveDue;
      const negatives = mine.filter((r) => r['outcome'] === 'negative').map((r) => r['date'] as string);
      const edges = [...mine.map((r) => r['date'] as string), ...negatives.flatMap((n) => [addDays(n, 13), addDays(n, 14)])];
      if (due) edges.push(addDays(due, -1), due, addDays(due, 1));
      for (const day of [...new Set(edges)].filter((d) => d < '2025-07-01').sort()) {
        rt.clock.set(new Date(at9(day)));
        const st = core(id, day);
        const overdue = st.positiveDue !== null && st.pauseEnd === null && day > st.positiveDue;
        expect({ id, day, red: redDates(id) }).toEqual({ id, day, red: overdue ? [st.lastPositive] : [] });
        // The pause window on the brief is the same rule's: running until its end day, gone on it.
        if (negatives.length) {
          const brief = rt.run('kadBriefData', [id]) as { pauseUntil: string | null };
          expect({ id, day, pauseUntil: brief.pauseUntil }).toEqual({ id, day, pauseUntil: st.pauseEnd });
        }
        checked.push(`${id} ${day}`);
      }
    }
    expect(checked.length).toBeGreaterThan(40);
  });

  test('the daily digest calls overdue exactly the accounts the sheet shows red, with the core due date', () => {
    const day = '2025-06-16';
    rt.clock.set(new Date(at9(day)));
    rt.run('kadRemindersOn');
    rt.fireTimeTrigger(dailyTrigger(rt));
    const digest = noticesLog(rt)
      .filter((n) => n.rule === 'positive_contact_overdue' && n.due !== 'never')
      .map((n) => `${n.account} ${n.due}`)
      .sort();
    const red = IDS.filter((id) => redDates(id).length > 0)
      .map((id) => `${id} ${core(id, day).positiveDue}`)
      .sort();
    expect(digest).toEqual(red);
    expect(red).toEqual([
      'BREACH 2025-06-15',
      'FUTURE 2025-06-11',
      'OLDNEG 2025-05-30',
      'POS 2025-06-11',
      'RUSSIAN 2025-06-11',
      'TWOPOS 2025-06-14',
    ]);
  });
});
