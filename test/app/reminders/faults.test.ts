/**
 * "At most one duplicate when killed, none lost", proved by fault injection
 * through the built bundle: for every service call N of a trigger run with
 * 10 recipients, (a) every call from N on throws (a hard kill), or (b) only
 * call N throws; then the trigger runs again an hour later and the next
 * day. Against a fault-free run of the same three, per N: at most one digest
 * repeats an item, and no item is lost (plan steps and a revenue-share
 * crossing included). One workbook is reused: between
 * scenarios only what a run writes (Notices log, document properties,
 * outbox) is reset, by the harness.
 */
import { addDays } from '../../../src/core/civilDate';
import { tabSpec } from '../../../src/core/schema/tabs';
import { FIRST_DATA_ROW } from '../../../src/core/schema/types';
import { fillRows, tabSheet } from '../../../scripts/sample/fill';
import type { SampleRow } from '../../../scripts/sample/portfolio';
import { dailyTrigger, portfolio, TODAY } from './reminders.helpers';
import type { Runtime } from '../../runtime';
import { injectFaults } from '../../runtime/faults';

const MANAGERS = 8;
const accounts: SampleRow[] = Array.from({ length: MANAGERS }, (_x, i) => ({
  account_id: `K${i + 1}`,
  name: `Client ${i + 1}`,
  key_type: 'revenue',
  manager_email: `kam${i + 1}@example.com`,
  supervisor_email: i < 4 ? 'head1@example.com' : 'head2@example.com',
  last_review: addDays(TODAY, -(80 + i * 7)), // due soon, then overdue, the oldest escalated
  status: 'active',
}));
const contacts: SampleRow[] = accounts.map((a, i) => ({
  account: String(a.account_id),
  date: addDays(TODAY, -(3 + i * 2)),
  channel: 'call',
  outcome: 'positive',
}));

/** Issue 12's notices ride along: K1 at 30 % of company revenue (a crossing for head1), plan steps due and overdue. */
const revenue: SampleRow[] = [{ ...accounts[0]!, annual_revenue: 300000 }, ...accounts.slice(1)];
const plan: SampleRow[] = [
  { account: 'K2', approach: 'trust', method: 'site_visits', due: addDays(TODAY, 1), status: 'planned' },
  { account: 'K3', approach: 'service', method: 'reliable_delivery', due: addDays(TODAY, -3), status: 'in_progress' },
];

/** 09:00, 10:00 today and 09:00 tomorrow in Vilnius. */
const RUNS = [`${TODAY}T06:00:00Z`, `${TODAY}T07:00:00Z`, `${addDays(TODAY, 1)}T06:00:00Z`];

/** Each mail as the items (recipient + item line) it delivered. */
const items = (rt: Runtime): string[][] =>
  rt.mail.outbox.map((m) =>
    m.body
      .split('\n')
      .filter((l) => l.startsWith('- '))
      .map((l) => `${m.to.join(',')} ${l}`),
  );

function reset(rt: Runtime): void {
  const notices = tabSheet(rt, tabSpec('notices'));
  rt.counter.uncounted(() => {
    const rows = notices.getLastRow() - FIRST_DATA_ROW + 1;
    if (rows > 0) notices.getRange(FIRST_DATA_ROW, 1, rows, notices.getLastColumn()).clearContent();
  });
  rt.properties.document.data.clear();
  rt.mail.reset();
}

interface Outcome {
  duplicates: number;
  lost: number;
  extra: number;
}

describe('a run killed or failing at any service call', () => {
  const rt = portfolio({ accounts: revenue, contacts, settings: { company_revenue: 1000000 } });
  fillRows(rt, tabSpec('plan'), plan, { lang: 'en', timeZone: 'Europe/Vilnius', asUser: false });
  rt.run('kadRemindersOn');
  const trigger = dailyTrigger(rt);
  const faults = injectFaults(rt.counter);

  /** The three runs; the fault is armed for the first only. */
  function scenario(fault: { n: number; sticky: boolean } | null): string[][] {
    reset(rt);
    RUNS.forEach((at, i) => {
      rt.clock.set(new Date(at));
      if (i === 0 && fault) faults.arm(fault.n, fault.sticky);
      else faults.watch();
      try {
        rt.fireTimeTrigger(trigger);
      } catch (_e) {
        // A killed execution fails; Apps Script would log it. The next runs must repair.
      }
      faults.disarm();
    });
    return items(rt);
  }

  function compare(reference: string[][], got: string[][]): Outcome {
    const seen = new Set<string>();
    let duplicates = 0;
    for (const mail of got) {
      if (mail.some((x) => seen.has(x))) duplicates++;
      for (const x of mail) seen.add(x);
    }
    const want = new Set(reference.flat());
    return {
      duplicates,
      lost: [...want].filter((x) => !seen.has(x)).length,
      extra: [...seen].filter((x) => !want.has(x)).length,
    };
  }

  const reference = scenario(null);
  rt.clock.set(new Date(RUNS[0]!));
  reset(rt);
  faults.watch();
  rt.fireTimeTrigger(trigger);
  const callsInRun = faults.calls;
  const callNames = [...faults.trace];
  faults.disarm();

  test('the fault-free runs send one digest to each of the recipients on the first day', () => {
    expect(new Set(reference.map((m) => m[0]!.split(' ')[0])).size).toBeGreaterThanOrEqual(8);
    // The new notices are among what must be neither lost nor repeated.
    const all = reference.flat().join('\n');
    expect(all).toMatch(/head1@example\.com - Client over a concentration threshold: Critical dependency: 30\.0 %/);
    expect(all).toMatch(/kam2@example\.com - Relationship-plan step due: “Visits to our site”/);
    expect(all).toMatch(/kam3@example\.com - Relationship-plan step overdue: “Reliable delivery”/);
    expect(callsInRun).toBeGreaterThan(20);
  });

  const table: string[] = [];
  for (const sticky of [true, false]) {
    test(`${sticky ? 'sticky kill from' : 'one exception at'} every call N: at most 1 duplicate, 0 lost`, () => {
      let worst = { n: 0, duplicates: 0, lost: 0, extra: 0 };
      const bad: string[] = [];
      let withDuplicate = 0;
      for (let n = 1; n <= callsInRun + 1; n++) {
        const o = compare(reference, scenario({ n, sticky }));
        if (o.duplicates > worst.duplicates || o.lost > worst.lost) worst = { n, ...o };
        if (o.duplicates > 0) withDuplicate++;
        if (o.duplicates > 1 || o.lost > 0 || o.extra > 0) bad.push(`N=${n} (${callNames[n - 1] ?? '-'}): ${JSON.stringify(o)}`);
      }
      table.push(
        `${sticky ? 'sticky' : 'one-off'}: ${callsInRun + 1} points, worst N=${worst.n} (${callNames[worst.n - 1] ?? '-'}) duplicates=${worst.duplicates} lost=${worst.lost}; N with a duplicate: ${withDuplicate}`,
      );
      expect(bad).toEqual([]);
    });
  }
  afterAll(() => {
    // The kill-sweep table for the closing note.
    process.stdout.write(`\n${table.join('\n')}\n`);
  });
});
