import { addDays, addMonths } from '../../../src/core/civilDate';
import type { ScheduleAccount, ScheduleContact, ScheduleReview } from '../../../src/core/reminders/notices';
import { DEFAULT_SCHEDULE_SETTINGS, deriveNotices, holdReason, noticeKey, repeatRound } from '../../../src/core/reminders/notices';

const TODAY = '2025-06-16'; // a Monday
const ago = (n: number): string => addDays(TODAY, -n);

const acc = (id: string, lastReviewDaysAgo: number | null, extra: Partial<ScheduleAccount> = {}): ScheduleAccount => ({
  id,
  name: `Client ${id}`,
  row: 3,
  managerEmail: 'kam@example.com',
  supervisorEmail: 'boss@example.com',
  status: 'active',
  lastReview: lastReviewDaysAgo === null ? null : ago(lastReviewDaysAgo),
  ...extra,
});
const contact = (account: string, daysAgo: number, outcome: string, row = 3): ScheduleContact => ({
  account,
  date: ago(daysAgo),
  outcome,
  row,
});

function run(accounts: ScheduleAccount[], contacts: ScheduleContact[] = [], reviews: ScheduleReview[] = [], today = TODAY) {
  return deriveNotices({ accounts, contacts, reviews, settings: DEFAULT_SCHEDULE_SETTINGS, today }).map(
    (n) => `${n.account} ${n.rule} ${n.due} ${n.recipient} d${n.days} w${n.round}`,
  );
}
const positive = (id: string) => [contact(id, 1, 'positive')];

describe('scheduler', () => {
  test('contacts and reviews typed with another case or spacing of the account id still count (the validation match)', () => {
    expect(run([acc('ACME', 95)], [contact(' acme ', 1, 'positive')], [{ account: 'Acme', date: ago(10) }])).toEqual([]);
  });

  test('reviews 80, 89, 95 and 120 days old: nothing, due soon, overdue, overdue + escalation', () => {
    const accounts = [acc('A80', 80), acc('B89', 89), acc('C95', 95), acc('D120', 120)];
    const contacts = accounts.flatMap((a) => positive(a.id));
    expect(run(accounts, contacts)).toEqual([
      'D120 review_escalation 2025-05-16 boss@example.com d31 w2',
      'D120 review_overdue 2025-05-16 kam@example.com d31 w4',
      'C95 review_overdue 2025-06-13 kam@example.com d3 w0',
      'B89 review_due_soon 2025-06-19 kam@example.com d3 w0',
    ]);
  });

  test('positive contacts 5, 11 and 30 days old: the 11 and 30 are overdue', () => {
    const accounts = [acc('P5', 1), acc('P11', 1), acc('P30', 1)];
    const contacts = [
      contact('P5', 5, 'positive'),
      contact('P11', 11, 'positive'),
      contact('P30', 30, 'positive'),
      contact('P5', 2, 'neutral'),
    ];
    expect(run(accounts, contacts)).toEqual([
      'P30 positive_contact_overdue 2025-05-27 kam@example.com d20 w2',
      'P11 positive_contact_overdue 2025-06-15 kam@example.com d1 w0',
    ]);
  });

  test('the Reviews tab counts as well as Accounts!last_review; the latest wins', () => {
    const a = acc('X', 120);
    expect(run([a], positive('X'), [{ account: 'X', date: ago(10) }])).toEqual([]);
  });

  test('never reviewed and never a positive contact: one notice each, sent once', () => {
    expect(run([acc('N', null)])).toEqual([
      'N review_missing never kam@example.com d0 w0',
      'N positive_contact_overdue never kam@example.com d0 w0',
    ]);
  });

  test('closed accounts get nothing; accounts without a manager e-mail are skipped', () => {
    expect(run([acc('C', 200, { status: 'closed' }), acc('M', 200, { managerEmail: '' })])).toEqual([]);
  });

  test('pause after a negative contact: notice with its end, no positive-contact nag, breach flagged', () => {
    const contacts = [contact('Z', 20, 'positive'), contact('Z', 5, 'negative'), contact('Z', 2, 'neutral', 9)];
    expect(run([acc('Z', 1)], contacts)).toEqual([
      'Z pause_breach 2025-06-14 kam@example.com d2 w0',
      'Z negative_pause 2025-06-25 kam@example.com d9 w0',
    ]);
    const n = deriveNotices({ accounts: [acc('Z', 1)], contacts, reviews: [], settings: DEFAULT_SCHEDULE_SETTINGS, today: TODAY });
    expect(n.find((x) => x.rule === 'pause_breach')?.link).toEqual({ tab: 'contacts', row: 9 });
  });

  test('after the pause the positive contact falls due no earlier than the pause end', () => {
    // negative 15 days ago → pause ended yesterday (2025-06-15); last positive 20 days ago would be due 2025-06-06.
    const contacts = [contact('Z', 20, 'positive'), contact('Z', 15, 'negative')];
    expect(run([acc('Z', 1)], contacts)).toEqual(['Z positive_contact_overdue 2025-06-15 kam@example.com d1 w0']);
  });

  test('dates in the future are ignored, they do not silence a reminder', () => {
    expect(run([acc('F', 120)], [contact('F', -3, 'positive')], [{ account: 'F', date: addDays(TODAY, 5) }])).toContain(
      'F review_overdue 2025-05-16 kam@example.com d31 w4',
    );
  });

  test('supervisor who is also the manager gets no separate escalation', () => {
    expect(run([acc('S', 120, { supervisorEmail: 'KAM@example.com' })], positive('S'))).toEqual([
      'S review_overdue 2025-05-16 kam@example.com d31 w4',
    ]);
  });

  test('month arithmetic is calendar-correct: reviewed 30 Nov 2024 → due 28 Feb 2025 (not 2 March)', () => {
    const a = { ...acc('L', null), lastReview: '2024-11-30' };
    expect(run([a], [{ account: 'L', date: '2025-02-27', outcome: 'positive', row: 3 }], [], '2025-02-28')).toEqual([
      'L review_due_soon 2025-02-28 kam@example.com d0 w0',
    ]);
    expect(addMonths('2023-11-30', 3)).toBe('2024-02-29');
  });

  test('repeat rounds: same week same key, a week later a new one', () => {
    expect(repeatRound('2025-06-10', '2025-06-10')).toBe(0);
    expect(repeatRound('2025-06-10', '2025-06-16')).toBe(0);
    expect(repeatRound('2025-06-10', '2025-06-17')).toBe(1);
    const n = { account: 'A|B', rule: 'review_overdue' as const, due: '2025-06-01', recipient: ' KAM@Example.com ', round: 1 };
    expect(noticeKey(n)).toBe('A%7CB|review_overdue|2025-06-01|kam@example.com|w1');
  });

  test('the next day repeats no key; a week later only the overdue ones come back', () => {
    const accounts = [acc('B89', 89), acc('C95', 95), acc('D120', 120)];
    const keys = (today: string) =>
      new Set(deriveNotices({ accounts, contacts: [], reviews: [], settings: DEFAULT_SCHEDULE_SETTINGS, today }).map(noticeKey));
    const day0 = keys(TODAY);
    const day1 = [...keys(addDays(TODAY, 1))].filter((k) => !day0.has(k));
    expect(day1).toEqual([]);
    const week = [...keys(addDays(TODAY, 7))].filter((k) => !day0.has(k));
    expect(week.every((k) => /overdue|escalation/.test(k))).toBe(true);
    expect(week.some((k) => k.startsWith('B89|review_overdue'))).toBe(true); // due soon then turned overdue
  });

  test('quiet hours and weekends', () => {
    const s = { quietHoursStart: 0, quietHoursEnd: 7, weekendDays: [6, 0] };
    expect(holdReason('2025-06-14', 9, s)).toBe('weekend');
    expect(holdReason('2025-06-16', 6, s)).toBe('quiet_hours');
    expect(holdReason('2025-06-16', 7, s)).toBeNull();
    expect(holdReason('2025-06-15', 9, { quietHoursStart: 0, quietHoursEnd: 0, weekendDays: [] })).toBeNull();
    // A window across midnight, and a Friday-Saturday weekend.
    const night = { quietHoursStart: 22, quietHoursEnd: 6, weekendDays: [5, 6] };
    expect(holdReason('2025-06-16', 23, night)).toBe('quiet_hours');
    expect(holdReason('2025-06-16', 5, night)).toBe('quiet_hours');
    expect(holdReason('2025-06-16', 6, night)).toBeNull();
    expect(holdReason('2025-06-15', 9, night)).toBeNull(); // Sunday is a working day here
    expect(holdReason('2025-06-13', 9, night)).toBe('weekend'); // Friday
  });
});
