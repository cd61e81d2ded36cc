/**
 * The reminder promises a user relies on, through the built bundle: nobody
 * starves under a small quota, a failing Notices log never causes a second
 * digest, one digest per recipient per day, and every way reminders could
 * stop silently ends with mail sent or a message where the user looks.
 */
import { addDays } from '../../../src/core/civilDate';
import { LAST_RUN_PROPERTY } from '../../../src/app/reminders/run';
import { tabSpec } from '../../../src/core/schema/tabs';
import { fillRows, fillSettings, tabSheet } from '../../../scripts/sample/fill';
import type { SampleRow } from '../../../scripts/sample/portfolio';
import { at9, dailyTrigger, noticesLog, portfolio, sendNow, sentBy, TODAY } from './reminders.helpers';
import type { Runtime } from '../../runtime';
import { injectFaults } from '../../runtime/faults';

/** n accounts, each with its own manager, review overdue and a positive contact overdue. */
function managers(n: number, from = 0): { accounts: SampleRow[]; contacts: SampleRow[] } {
  const accounts = Array.from({ length: n }, (_x, j) => from + j).map((i) => ({
    account_id: `M${String(i + 1).padStart(4, '0')}`,
    name: `Client ${i + 1}`,
    key_type: 'revenue',
    manager_email: `kam${String(i + 1).padStart(4, '0')}@example.com`,
    supervisor_email: '',
    last_review: addDays(TODAY, -100),
    status: 'active',
  }));
  const contacts = accounts.map((a) => ({ account: a.account_id, date: addDays(TODAY, -20), channel: 'call', outcome: 'positive' }));
  return { accounts, contacts };
}

const hourly = (rt: Runtime, day: string, hours: number[]): void => {
  const id = dailyTrigger(rt);
  for (const h of hours) {
    rt.clock.set(new Date(`${day}T${String(h - 3).padStart(2, '0')}:00:00Z`)); // Vilnius is UTC+3 in June
    rt.fireTimeTrigger(id);
  }
};
const perRecipient = (rt: Runtime): Map<string, number> => {
  const m = new Map<string, number>();
  for (const mail of rt.mail.outbox) for (const to of mail.to) m.set(to, (m.get(to) ?? 0) + 1);
  return m;
};
/** The Settings status block, as label → value. */
function status(rt: Runtime): Record<string, string> {
  const range = rt.counter.uncounted(() => rt.app.getActiveSpreadsheet().getRangeByName('KAD_REMINDER_STATUS'));
  if (!range) return {};
  const rows = rt.counter.uncounted(() => range.getValues());
  return Object.fromEntries(rows.map((r) => [String(r[0]), String(r[1])]));
}
const settings = (rt: Runtime, values: Parameters<typeof fillSettings>[2]) =>
  fillSettings(rt, tabSpec('settings'), values, { lang: 'en', timeZone: rt.ctx.timeZone, asUser: true });

describe('fair under a small quota', () => {
  test('quota 3 a day, 12 recipients, 7 days of hourly runs: everyone is reached within ceil(12/3) = 4 days', () => {
    const rt = portfolio({ ...managers(12), settings: { skip_weekends: 'no' } });
    rt.run('kadRemindersOn');
    const firstDay = new Map<string, number>();
    for (let d = 0; d < 7; d++) {
      rt.mail.setQuota(3); // the quota is renewed each day
      const before = rt.mail.outbox.length;
      hourly(rt, addDays(TODAY, d), [8, 9, 10, 14]);
      for (const m of rt.mail.outbox.slice(before)) for (const to of m.to) if (!firstDay.has(to)) firstDay.set(to, d);
    }
    expect(firstDay.size).toBe(12);
    expect(Math.max(...firstDay.values())).toBeLessThanOrEqual(3);
    // Nobody got two digests on one day, and the status block warns that the quota is short.
    expect(rt.mail.outbox.length).toBeLessThanOrEqual(7 * 3);
    expect(status(rt)['Warning']).toMatch(/quota does not cover all recipients/);
  });
});

describe('fair under the time budget', () => {
  test('sends that take 10 s each: the run stops at its budget and the hourly runs reach all 60 recipients the same day', () => {
    const rt = portfolio({ ...managers(60), settings: { skip_weekends: 'no' } });
    rt.run('kadRemindersOn');
    // Each send advances the runtime clock by 10 s, as a slow mail service would.
    rt.counter.onCall = (name) => {
      if (name === 'MailApp.sendEmail') rt.clock.set(new Date(rt.clock.now().getTime() + 10_000));
    };
    hourly(rt, TODAY, [9]);
    const first = rt.mail.outbox.length;
    expect(first).toBeLessThan(60);
    expect(status(rt)['Last run']).toMatch(/stopped by the time limit/);
    expect(status(rt)['Next run']).toBe('within the hour (continues the deferred digests)');
    hourly(rt, TODAY, [10, 11, 12]);
    rt.counter.onCall = null;
    expect(perRecipient(rt).size).toBe(60);
    expect([...perRecipient(rt).values()].every((c) => c === 1)).toBe(true);
  });
});

describe('a Notices log write that fails', () => {
  // One workbook: 100 managers first, then 300 more appended (filling rows is the slow part here).
  const rt = portfolio(managers(100));
  rt.mail.setQuota(1000);
  rt.run('kadRemindersOn');
  const faults = injectFaults(rt.counter);
  const fill = { lang: 'en' as const, timeZone: 'Europe/Vilnius', asUser: false };

  for (const n of [100, 400]) {
    test(`${n} recipients, the first log write failing: every digest once, all logged by the next run`, () => {
      if (n > 100) {
        const more = managers(n - 100, 100);
        fillRows(rt, tabSpec('accounts'), more.accounts, fill);
        fillRows(rt, tabSpec('contacts'), more.contacts, fill);
        const notices = tabSheet(rt, tabSpec('notices'));
        rt.counter.uncounted(() => notices.getRange(3, 1, notices.getLastRow() - 2, notices.getLastColumn()).clearContent());
        rt.properties.document.data.clear();
        rt.mail.reset();
        rt.mail.setQuota(1000);
      }
      faults.failNamed('Range.setValues'); // the run's one append to the Notices log
      hourly(rt, TODAY, [9]);
      faults.disarm();
      expect(noticesLog(rt)).toHaveLength(0);
      expect(status(rt)['Warning']).toMatch(/Injected fault/);
      hourly(rt, TODAY, [10, 11]);
      hourly(rt, addDays(TODAY, 1), [9]);
      const counts = perRecipient(rt);
      expect(counts.size).toBe(n);
      expect([...counts.values()].every((c) => c === 1)).toBe(true);
      const sent = noticesLog(rt).filter((r) => r.status === 'sent');
      expect(sent).toHaveLength(2 * n); // review and contact overdue, each logged once
      expect(new Set(sent.map((r) => r.key)).size).toBe(2 * n);
      expect(rt.properties.document.size()).toBeLessThan(9 * 1024); // the send records were compacted away
    });
  }
});

describe('one digest per recipient per calendar day', () => {
  test('a new event after the day’s digest waits for tomorrow; "Send reminders now" asks first, with the counts', () => {
    const rt = portfolio();
    rt.run('kadRemindersOn');
    rt.fireTimeTrigger(dailyTrigger(rt));
    const first = rt.mail.outbox.length;
    // A negative contact on F84 (ann) makes a new notice the same day.
    const fill = { lang: 'en' as const, timeZone: 'Europe/Vilnius', asUser: false };
    fillRows(rt, tabSpec('contacts'), [{ account: 'F84', date: TODAY, channel: 'call', outcome: 'negative', summary: 'Angry' }], fill);
    rt.clock.set(new Date(`${TODAY}T08:00:00Z`));
    rt.fireTimeTrigger(dailyTrigger(rt));
    rt.run('kadSendReminders');
    expect(rt.mail.outbox).toHaveLength(first);
    expect(rt.ui.toasts.at(-1)?.message).toMatch(/already got today’s digest; their new items go tomorrow/);
    rt.clock.set(new Date(at9(addDays(TODAY, 1))));
    rt.fireTimeTrigger(dailyTrigger(rt));
    expect(rt.mail.outbox.slice(first).map((m) => m.to[0])).toContain('ann@example.com');
  });

  test('"Send reminders now" shows the number of digests and items, and NO sends nothing', () => {
    const rt = portfolio();
    rt.ui.alertAnswers.push('NO');
    rt.run('kadSendReminders');
    expect(rt.ui.alerts.at(-1)?.prompt).toBe(
      'Send 4 digest(s) with 8 item(s) to 4 recipient(s) now? Only what has not gone out today is sent.',
    );
    expect(rt.ui.alerts.at(-1)?.buttons).toBe('YES_NO');
    expect(rt.mail.outbox).toHaveLength(0);
    sendNow(rt);
    expect(rt.mail.outbox).toHaveLength(4);
  });
});

describe('never silently off', () => {
  test('a daily trigger left by an earlier version is replaced by the hourly one at its next run', () => {
    const rt = portfolio();
    rt.counter.uncounted(() =>
      (rt.services.ScriptApp as typeof ScriptApp).newTrigger('kadDailyReminders').timeBased().everyDays(1).atHour(8).create(),
    );
    rt.fireTimeTrigger(dailyTrigger(rt));
    expect(rt.mail.outbox).toHaveLength(4);
    expect(rt.triggers.map((t) => t.clock)).toEqual([expect.objectContaining({ everyHours: 1 })]);
  });

  test('a reminder hour inside quiet hours: Validate flags the cell, turning on refuses and says why', () => {
    const rt = portfolio(); // the shared portfolio (restored, not another build), the two settings typed on it
    settings(rt, { reminder_hour: 6, quiet_hours_end: 7 });
    rt.run('kadRemindersOn');
    expect(rt.triggers).toHaveLength(0);
    expect(rt.ui.alerts.at(-1)?.prompt).toMatch(/reminder hour 6:00 lies inside the quiet hours \(0:00 to 7:00\)/);
    rt.run('kadValidate');
    const problems = rt.counter.uncounted(() => rt.app.getActiveSpreadsheet().getSheetByName('Problems')!.getDataRange().getValues());
    expect(problems.some((r) => r.join(' ').includes('6:00 lies inside the quiet hours (0:00 to 7:00)'))).toBe(true);
  });

  test('changed to an hour inside quiet hours after turning on: mail goes at the first hour allowed, the status warns', () => {
    const rt = portfolio({ now: '2025-06-16T02:00:00Z' });
    rt.run('kadRemindersOn');
    settings(rt, { reminder_hour: 6 });
    hourly(rt, TODAY, [5, 6]);
    expect(rt.mail.outbox).toHaveLength(0);
    expect(status(rt)['Warning']).toMatch(/reminder hour 6:00 lies inside the quiet hours/);
    hourly(rt, TODAY, [7]);
    expect(rt.mail.outbox).toHaveLength(4);
  });

  test('the spreadsheet time zone changed after turning on: digests follow the new zone’s hour', () => {
    const rt = portfolio({ now: '2025-06-16T02:00:00Z' });
    rt.run('kadRemindersOn');
    rt.counter.uncounted(() => rt.app.getActiveSpreadsheet().setSpreadsheetTimeZone('America/New_York'));
    rt.clock.set(new Date('2025-06-16T06:00:00Z')); // 09:00 Vilnius, 02:00 New York: quiet
    rt.fireTimeTrigger(dailyTrigger(rt));
    expect(rt.mail.outbox).toHaveLength(0);
    rt.clock.set(new Date('2025-06-16T12:00:00Z')); // 08:00 New York
    rt.fireTimeTrigger(dailyTrigger(rt));
    expect(rt.mail.outbox).toHaveLength(4);
    expect(status(rt)['Hour and time zone']).toBe('8:00, America/New_York (checked hourly)');
    expect(status(rt)['Reminders']).toBe('On: turned on by ann@example.com; mail goes from that account and uses its daily quota.');
    expect(status(rt)['Last run']).toBe('2025-06-16 08:00: sent 4, deferred 0, failed 0');
    expect(status(rt)['Next run']).toBe('2025-06-17 08:00 (America/New_York)');
    rt.run('kadRemindersOff');
    expect(status(rt)['Reminders']).toMatch(/^Off/);
  });

  test('a manager cell with two addresses: an error as typed and in Validate; the supervisor still gets the escalation and a line why', () => {
    const rt = portfolio();
    const accounts = tabSheet(rt, tabSpec('accounts'));
    const col = rt.counter.uncounted(
      () => accounts.getRange(1, 1, 1, accounts.getLastColumn()).getValues()[0]!.indexOf('kad:manager_email') + 1,
    );
    const a1 = `${String.fromCharCode(64 + col)}6`; // D120, row 6: escalated
    rt.edit('Accounts', a1, [['bob@example.com, ann@example.com']]);
    const note = rt.counter.uncounted(() => accounts.getRange(a1).getNote());
    expect(note).toMatch(/is not an e-mail address/);
    rt.run('kadValidate');
    const problems = rt.counter.uncounted(() => rt.app.getActiveSpreadsheet().getSheetByName('Problems')!.getDataRange().getValues());
    expect(problems.some((r) => r.join(' ').includes('"bob@example.com, ann@example.com" is not an e-mail address'))).toBe(true);
    sendNow(rt);
    const boss = rt.mail.outbox.find((m) => m.to.includes('boss@example.com'))!;
    expect(boss.body).toMatch(/Escalation: dossier review overdue/);
    expect(boss.body).toMatch(/The manager cell holds "bob@example.com, ann@example.com", which is not one usable address/);
    expect(sentBy(noticesLog(rt))['bob@example.com']).not.toEqual(expect.arrayContaining([expect.stringMatching(/^D120/)]));
  });

  test('200 failing sends: the run completes, its stored summary stays small, the status block shows the failures', () => {
    const rt = portfolio(managers(200));
    rt.mail.setQuota(1000);
    rt.run('kadRemindersOn');
    for (let i = 1; i <= 200; i++) rt.mail.failNext(`kam${String(i).padStart(4, '0')}@example.com`, `Invalid email: ${'x'.repeat(200)}`);
    hourly(rt, TODAY, [9]);
    expect(rt.executions.at(-1)?.error).toBeUndefined();
    const stored = rt.properties.document.data.get(LAST_RUN_PROPERTY) ?? '';
    expect(stored.length).toBeLessThan(3000);
    expect(JSON.parse(stored)).toMatchObject({ sent: 0, failed: 200 });
    expect(status(rt)['Last run']).toMatch(/sent 0, deferred 0, failed 200/);
    expect(status(rt)['Warning']).toMatch(/kam0001@example.com: Invalid email/);
    hourly(rt, TODAY, [10]); // retried within the hour
    expect(rt.mail.outbox).toHaveLength(200);
  });
});
