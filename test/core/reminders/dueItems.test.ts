/** Due items (relationship-plan steps) as notices to the account's manager: core/reminders/notices/dueItems.ts. */
import { addDays } from '../../../src/core/civilDate';
import type { DueItem, Notice, ScheduleAccount } from '../../../src/core/reminders/notices';
import { DEFAULT_SCHEDULE_SETTINGS, deriveNotices, DUE_SOURCES, noticeKey } from '../../../src/core/reminders/notices';

const TODAY = '2025-06-16';
const acme: ScheduleAccount = {
  id: 'ACME',
  name: 'Acme',
  row: 3,
  managerEmail: 'kam@example.com',
  supervisorEmail: 'boss@example.com',
  status: 'active',
  lastReview: TODAY,
};
const item = (due: string, extra: Partial<DueItem> = {}): DueItem => ({
  source: 'plan',
  account: 'acme ',
  row: 5,
  due,
  title: 'Quarterly site visit',
  owner: 'Ann',
  status: 'planned',
  ...extra,
});
const plan = (items: DueItem[], today = TODAY, account: ScheduleAccount = acme): Notice[] =>
  deriveNotices({
    accounts: [account],
    reviews: [],
    contacts: [{ account: 'ACME', date: today, outcome: 'positive', row: 3 }],
    dueItems: items,
    settings: DEFAULT_SCHEDULE_SETTINGS,
    today,
  }).filter((n) => n.rule.startsWith('plan_'));

describe('relationship-plan items due', () => {
  test('an item due tomorrow is one notice to the manager, linked to its plan row; the next day it is the same notice', () => {
    const ns = plan([item(addDays(TODAY, 1))]);
    expect(ns.map((n) => `${n.recipient} ${n.rule} ${n.due} ${n.link.tab}:${n.link.row}`)).toEqual([
      'kam@example.com plan_due_soon 2025-06-17 plan:5',
    ]);
    const key = noticeKey(ns[0]!);
    expect(key).toMatch(/^ACME\|plan_due_soon\|2025-06-17\|kam@example\.com\|w0\|i\w+$/);
    // On the due day the same key: the ledger has it, so nothing more is sent.
    expect(plan([item(addDays(TODAY, 1))], addDays(TODAY, 1)).map(noticeKey)).toEqual([key]);
  });

  test('not before the lead days; overdue the day after, repeated weekly like other overdue notices', () => {
    expect(DUE_SOURCES.plan.leadDays).toBe(1);
    expect(plan([item(addDays(TODAY, 2))])).toEqual([]);
    const late = (d: number) => plan([item(TODAY)], addDays(TODAY, d)).map((n) => `${n.rule} ${n.days} w${n.round}`);
    expect(late(1)).toEqual(['plan_overdue 1 w0']);
    expect(late(7)).toEqual(['plan_overdue 7 w0']);
    expect(late(8)).toEqual(['plan_overdue 8 w1']);
  });

  test('done and dropped items, closed accounts and unusable manager cells get nothing', () => {
    expect(plan([item(TODAY, { status: 'done' }), item(TODAY, { status: 'dropped' })])).toEqual([]);
    expect(plan([item(TODAY)], TODAY, { ...acme, status: 'closed' })).toEqual([]);
    expect(plan([item(TODAY)], TODAY, { ...acme, managerEmail: '', managerUnusable: 'a@x.com, b@x.com' })).toEqual([]);
  });

  test('two items of one account due the same day are two notices; sorting the tab does not change a key', () => {
    const ns = plan([item(TODAY), item(TODAY, { title: 'Joint promotion', row: 9 })]);
    expect(new Set(ns.map(noticeKey)).size).toBe(2);
    expect(plan([item(TODAY, { row: 40 })]).map(noticeKey)).toEqual([noticeKey(ns.find((n) => n.title === 'Quarterly site visit')!)]);
  });
});
