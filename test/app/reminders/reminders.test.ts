/**
 * Reminders end to end: the built bundle in the local runtime, driven by its
 * clock and its time-driven trigger, the mail outbox and the Notices log.
 */
import { addDays } from '../../../src/core/civilDate';
import { tabSpec } from '../../../src/core/schema/tabs';
import { fillSettings } from '../../../scripts/sample/fill';
import type { LogRow } from './reminders.helpers';
import { at9, dailyTrigger, EXPECTED_DAY0, noticesLog, portfolio, sendNow, sentBy, TODAY, XSS } from './reminders.helpers';

const recipients = (rt: ReturnType<typeof portfolio>, from = 0) => rt.mail.outbox.slice(from).map((m) => m.to.join(','));
const keysOf = (rows: readonly LogRow[], status = 'sent') => rows.filter((r) => r.status === status).map((r) => r.key);

describe('daily reminders', () => {
  test('the portfolio yields exactly the expected notices, one digest per recipient, through the daily trigger', () => {
    const rt = portfolio();
    rt.run('kadRemindersOn');
    rt.fireTimeTrigger(dailyTrigger(rt));
    expect(recipients(rt)).toEqual(['ann@example.com', 'bob@example.com', 'boss@example.com', 'cat@example.com']);
    expect(sentBy(noticesLog(rt))).toEqual(EXPECTED_DAY0);
    // No digest mentions another manager's account.
    const body = (to: string) => rt.mail.outbox.find((m) => m.to.includes(to))!.body;
    expect(body('ann@example.com')).not.toMatch(/C95|D120|X95/);
    expect(body('bob@example.com')).not.toMatch(/A80|B89|X95/);
    expect(body('boss@example.com')).not.toMatch(/review_overdue|C95|B89/);
    expect(body('cat@example.com')).not.toMatch(/B89|C95|D120/);
    const bob = rt.mail.outbox[1]!;
    // Two accounts (C95, D120), both with something overdue; the four items sit under their account.
    expect(bob.subject).toBe('Key accounts to act on: 2 (2 overdue) — Untitled spreadsheet');
    expect(bob.name).toBe('Key Account Dossier');
    expect(bob.replyTo).toBe('boss@example.com');
    expect(bob.body).toContain('Replies to this e-mail go to boss@example.com, your supervisor for these accounts');
    // Each item links where one acts: D120's review to the next free row of Reviews, its pause to the negative contact.
    const gid = (name: string) => rt.counter.uncounted(() => rt.app.getActiveSpreadsheet().getSheetByName(name)!.getSheetId());
    const url = rt.counter.uncounted(() => rt.app.getActiveSpreadsheet().getUrl());
    const d120 = bob.body.slice(bob.body.indexOf('Delta (D120)'));
    expect(d120).toContain(`Open Reviews, row 3: ${url}#gid=${gid('Reviews')}&range=A3`);
    expect(d120).toContain(`Open Contacts, row 6: ${url}#gid=${gid('Contacts')}&range=A6`);
    expect(bob.htmlBody).toContain(`#gid=${gid('Contacts')}&amp;range=A6"`); // D120's negative contact is on row 6 of Contacts
    // The time-driven run had no UI and used none.
    expect(rt.executions.at(-1)).toMatchObject({ functionName: 'kadDailyReminders', ui: false });
    expect(rt.executions.at(-1)?.error).toBeUndefined();
  });

  test('a second run the same day sends nothing; the next day only what is new; a week later the still-open overdue ones', () => {
    const rt = portfolio();
    rt.run('kadRemindersOn');
    rt.fireTimeTrigger(dailyTrigger(rt));
    const first = rt.mail.outbox.length;
    rt.fireTimeTrigger(dailyTrigger(rt));
    sendNow(rt); // a manual "send now" too
    expect(rt.mail.outbox.length).toBe(first);

    rt.clock.set(new Date(at9(addDays(TODAY, 1))));
    rt.fireTimeTrigger(dailyTrigger(rt));
    // F84's review (due 2025-06-24) enters the 7-day lead; nothing else is new.
    expect(recipients(rt, first)).toEqual(['ann@example.com']);
    expect(sentBy(noticesLog(rt))['ann@example.com']).toContain('F84 review_due_soon 2025-06-24');
    const afterDay1 = rt.mail.outbox.length;

    rt.clock.set(new Date(at9(addDays(TODAY, 7))));
    const before = new Set(keysOf(noticesLog(rt)));
    rt.fireTimeTrigger(dailyTrigger(rt));
    const log = noticesLog(rt);
    const fresh = log
      .filter((r) => r.status === 'sent' && !before.has(r.key))
      .map((r) => `${r.recipient} ${r.account} ${r.rule} ${r.due} ${r.key.split('|').pop()}`);
    expect(fresh.sort()).toEqual([
      'ann@example.com A80 positive_contact_overdue 2025-06-21 w0', // new: contact now 12 days old
      'ann@example.com A80 review_due_soon 2025-06-28 w0', // new: review now 87 days old
      'ann@example.com B89 positive_contact_overdue 2025-06-15 w1', // still open a week later
      'ann@example.com B89 review_overdue 2025-06-19 w0', // was due soon, now overdue
      'bob@example.com C95 positive_contact_overdue 2025-05-27 w3',
      'bob@example.com C95 review_overdue 2025-06-13 w1',
      'bob@example.com D120 review_overdue 2025-05-16 w5',
      'boss@example.com D120 review_escalation 2025-05-16 w3',
      'cat@example.com X95 positive_contact_overdue 2025-06-21 w0',
      'cat@example.com X95 review_overdue 2025-06-13 w1',
    ]);
    // Sent once each: F84's due-soon and D120's pause were not repeated; no key twice.
    expect(rt.mail.outbox.length).toBe(afterDay1 + 4);
    expect(keysOf(log).length).toBe(new Set(keysOf(log)).size);
  });

  test('quota 1: one digest goes, the rest are logged deferred and go next run; nothing lost or repeated', () => {
    const rt = portfolio();
    rt.mail.setQuota(1);
    sendNow(rt);
    expect(recipients(rt)).toEqual(['ann@example.com']);
    const log1 = noticesLog(rt);
    expect(sentBy(log1, 'deferred')).toEqual({
      'bob@example.com': EXPECTED_DAY0['bob@example.com'],
      'boss@example.com': EXPECTED_DAY0['boss@example.com'],
      'cat@example.com': EXPECTED_DAY0['cat@example.com'],
    });
    expect(log1.filter((r) => r.status === 'deferred').every((r) => r.detail === 'daily mail quota used up')).toBe(true);
    expect(rt.ui.toasts.at(-1)?.message).toMatch(/sent: 1; waiting for quota or time: 3/);

    // Still no quota: nothing goes, and the deferred rows are not logged again.
    sendNow(rt);
    expect(rt.mail.outbox).toHaveLength(1);
    expect(noticesLog(rt)).toHaveLength(log1.length);

    // The next day the quota is back.
    rt.clock.set(new Date(`${addDays(TODAY, 1)}T06:00:00Z`));
    rt.mail.setQuota(100);
    const tomorrow = 1;
    sendNow(rt);
    // Yesterday's deferred digests go first, then ann, who already got one.
    expect(recipients(rt, tomorrow)).toEqual(['bob@example.com', 'boss@example.com', 'cat@example.com', 'ann@example.com']);
    const sent = sentBy(noticesLog(rt));
    for (const [who, items] of Object.entries(EXPECTED_DAY0)) expect(sent[who]).toEqual(expect.arrayContaining(items));
    const keys = keysOf(noticesLog(rt));
    expect(keys.length).toBe(new Set(keys).size);
    // ann's second digest holds only the new F84 item, not her day-0 items again.
    expect(rt.mail.outbox[4]!.body).toContain('F84');
    expect(rt.mail.outbox[4]!.body).not.toContain('B89');
  });

  test('a MailApp failure for one recipient leaves the others sent; the failed one is retried next run', () => {
    const rt = portfolio();
    rt.mail.failNext('bob@example.com', 'Mail service temporarily unavailable');
    sendNow(rt);
    expect(recipients(rt)).toEqual(['ann@example.com', 'boss@example.com', 'cat@example.com']);
    const failed = noticesLog(rt).filter((r) => r.status === 'failed');
    expect(failed.map((r) => `${r.recipient} ${r.detail}`)).toEqual(
      Array.from({ length: 4 }, () => 'bob@example.com Mail service temporarily unavailable'),
    );
    expect(rt.ui.toasts.at(-1)?.message).toContain('bob@example.com: Mail service temporarily unavailable');

    sendNow(rt);
    expect(recipients(rt, 3)).toEqual(['bob@example.com']);
    expect(sentBy(noticesLog(rt))).toEqual(EXPECTED_DAY0);
  });

  test('an overlapping run waits for the document lock; if it stays held, nothing is sent twice or at all', () => {
    const rt = portfolio();
    rt.locks.holdDocumentLock(); // another execution is mid-run
    sendNow(rt);
    expect(rt.mail.outbox).toHaveLength(0);
    expect(rt.ui.toasts.at(-1)?.message).toMatch(/Another reminder run is in progress/);
    rt.locks.holdDocumentLock(rt.clock.now().getTime() + 10_000); // released within the wait
    sendNow(rt);
    expect(sentBy(noticesLog(rt))).toEqual(EXPECTED_DAY0);
  });

  test('an account named like an HTML injection appears escaped', () => {
    const rt = portfolio();
    sendNow(rt);
    const cat = rt.mail.outbox.find((m) => m.to.includes('cat@example.com'))!;
    expect(cat.htmlBody).not.toContain('<img');
    expect(cat.htmlBody).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(cat.body).toContain(XSS); // plain text stays as typed
  });

  test('quiet hours and weekends hold mail in the sheet time zone; Monday sends it', () => {
    const rt = portfolio({ now: '2025-06-16T03:30:00Z' }); // 06:30 in Vilnius, before the default 07:00
    sendNow(rt);
    expect(rt.mail.outbox).toHaveLength(0);
    expect(rt.ui.toasts.at(-1)?.message).toMatch(/Quiet hours/);
    rt.clock.set(new Date('2025-06-14T09:00:00Z')); // Saturday
    sendNow(rt);
    expect(rt.mail.outbox).toHaveLength(0);
    expect(noticesLog(rt)).toHaveLength(0);
    rt.clock.set(new Date(at9(TODAY))); // Monday 09:00: everything held goes out
    sendNow(rt);
    expect(sentBy(noticesLog(rt))).toEqual(EXPECTED_DAY0);
  });
});

describe('trigger management', () => {
  test('turning reminders on twice leaves one hourly trigger; off removes it', () => {
    const rt = portfolio();
    rt.run('kadRemindersOn');
    rt.run('kadRemindersOn');
    const ours = rt.triggers.filter((t) => t.handlerFunction === 'kadDailyReminders');
    expect(ours).toHaveLength(1);
    expect(ours[0]!.clock).toMatchObject({ everyHours: 1 });
    expect(rt.ui.toasts.at(-1)?.message).toBe(
      'Reminders are on: daily digests from 8:00 (Europe/Vilnius), checked hourly; mail goes from ann@example.com.',
    );
    rt.run('kadRemindersOff');
    expect(rt.triggers).toHaveLength(0);
  });

  test('a new reminder hour typed in Settings takes effect at the next hourly run, with the same trigger', () => {
    const rt = portfolio({ now: '2025-06-16T05:30:00Z' }); // 08:30 in Vilnius
    rt.run('kadRemindersOn');
    const id = dailyTrigger(rt);
    fillSettings(rt, tabSpec('settings'), { reminder_hour: 10 }, { lang: 'en', timeZone: 'Europe/Vilnius', asUser: true });
    rt.fireTimeTrigger(id); // 08:30: before the new hour, nothing yet
    expect(rt.mail.outbox).toHaveLength(0);
    rt.clock.set(new Date('2025-06-16T07:30:00Z')); // 10:30
    rt.fireTimeTrigger(id);
    expect(sentBy(noticesLog(rt))).toEqual(EXPECTED_DAY0);
    expect(rt.triggers.map((t) => t.uniqueId)).toEqual([id]);
  });

  test('onOpen never creates a trigger, in any auth mode', () => {
    const rt = portfolio();
    rt.openDocument('NONE');
    rt.openDocument('LIMITED');
    rt.openDocument('FULL');
    expect(rt.triggers).toHaveLength(0);
  });

  test('preview writes per recipient what would be sent now, and sends nothing', () => {
    const rt = portfolio();
    rt.run('kadPreviewReminders');
    expect(rt.mail.outbox).toHaveLength(0);
    expect(noticesLog(rt)).toHaveLength(0);
    const rows = rt.counter.uncounted(() => {
      const sheet = rt.app.getActiveSpreadsheet().getSheetByName('Reminder preview');
      return sheet ? sheet.getDataRange().getValues() : [];
    });
    const items = rows.filter((r) => /@example\.com$/.test(String(r[0])));
    expect(items.map((r) => r[0])).toEqual([
      ...Array(2).fill('ann@example.com'),
      ...Array(4).fill('bob@example.com'),
      'boss@example.com',
      'cat@example.com',
    ]);
    // User text is written as text even where it looks like markup; nothing from it becomes a formula.
    expect(items.some((r) => String(r[2]).includes(XSS))).toBe(true);
    expect(rt.ui.toasts.at(-1)?.message).toBe('Preview written: 4 digests, 8 items.');
  });
});

describe('time zones', () => {
  // 2025-01-15 21:30 UTC is 23:30 on the 15th in Vilnius (UTC+2) but 00:30 on the 16th in Moscow (UTC+3).
  const now = '2025-01-15T21:30:00Z';
  const setup = (timeZone: string) =>
    portfolio({
      now,
      timeZone,
      settings: { quiet_hours_end: 0 },
      accounts: [
        {
          account_id: 'TZ',
          name: 'Zone Co',
          key_type: 'revenue',
          manager_email: 'ann@example.com',
          supervisor_email: 'boss@example.com',
          last_review: '2024-10-15', // due 2025-01-15
          status: 'active',
        },
      ],
      contacts: [{ account: 'TZ', date: '2025-01-14', channel: 'call', outcome: 'positive' }],
    });

  test('a review due on 15 January is due today in Vilnius and already overdue in Moscow', () => {
    const vilnius = setup('Europe/Vilnius');
    sendNow(vilnius);
    expect(sentBy(noticesLog(vilnius))).toEqual({ 'ann@example.com': ['TZ review_due_soon 2025-01-15'] });
    expect(vilnius.mail.outbox[0]!.body).toContain('Full review due today (2025-01-15)');

    const moscow = setup('Europe/Moscow');
    sendNow(moscow);
    expect(sentBy(noticesLog(moscow))).toEqual({ 'ann@example.com': ['TZ review_overdue 2025-01-15'] });
    expect(moscow.mail.outbox[0]!.body).toContain('1 days overdue');
  });
});
