/**
 * The home sidebar's server side, through the built bundle in the local
 * runtime: the checklist follows each change a user makes, "Send now" sends
 * nothing before the counts are confirmed, the test digest reaches only the
 * person at the keyboard and leaves no trace, the Settings form writes valid
 * values in one batch and rejects invalid ones at their field with nothing
 * written, and Add account appends exactly one row. (The pages themselves:
 * test/home.browser.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fillRows, firstEmptyRow, tabSheet } from '../../../scripts/sample/fill';
import { SETTINGS } from '../../../src/core/schema/settings';
import { tabSpec } from '../../../src/core/schema/tabs';
import { FIRST_DATA_ROW } from '../../../src/core/schema/types';
import { RECORD_PREFIX } from '../../../src/app/reminders/sendRecords';
import { ensureBundle } from '../../bundle';
import type { HomeData, Result } from './home.helpers';
import { action, cell, check, home, settingA1, ticks } from './home.helpers';
import { createProductRuntime } from '../../productRuntime';
import { at9, EXPECTED_DAY0, noticesLog, portfolio, TODAY } from '../reminders/reminders.helpers';
import type { Runtime } from '../../runtime';

beforeAll(ensureBundle);

const FILL = { lang: 'en' as const, timeZone: 'Europe/Vilnius', asUser: false };

function emptyDossier(): Runtime {
  const rt = createProductRuntime({ now: at9(TODAY), timeZone: 'Europe/Vilnius', locale: 'en_GB', user: 'ann@example.com' }).load();
  rt.run('kadCreateOrRepair');
  return rt;
}

const save = (rt: Runtime, changes: Record<string, string>): Result => rt.run('kadSaveSettings', [changes]) as Result;
const add = (rt: Runtime, form: Record<string, string>): Result => rt.run('kadAddAccount', [form]) as Result;
const NEW_ACCOUNT = {
  account_id: 'N1',
  name: 'Nordic Foods',
  key_type: 'revenue',
  manager_email: 'ann@example.com',
  supervisor_email: 'boss@example.com',
  annual_revenue: '250 000',
  last_review: '2025-05-02',
  status: 'active',
};

/** The used part of a tab as values (formulas as their text), read without counting. */
function used(rt: Runtime, tab: 'settings' | 'accounts'): unknown[][] {
  const sheet = tabSheet(rt, tabSpec(tab));
  return rt.counter.uncounted(() => {
    const r = sheet.getDataRange();
    const values = r.getValues();
    const formulas = r.getFormulas();
    return values.map((row, i) => row.map((v, j) => formulas[i]?.[j] || v));
  });
}

describe('opening the home sidebar', () => {
  test('"Create or repair dossier" opens it, and so does the first menu item, in the sheet\'s language', () => {
    const rt = emptyDossier();
    expect(rt.ui.sidebars.at(-1)?.title).toBe('Home: getting started');
    rt.openDocument('LIMITED');
    expect(rt.ui.menus[0]?.items[0]).toEqual({ caption: 'Home: getting started', functionName: 'kadShowHome' });
    rt.run('kadShowHome');
    const bar = rt.ui.sidebars.at(-1)!;
    const [start, end] = readFileSync(join(__dirname, '..', '..', '..', 'src', 'html', 'Home.html'), 'utf8').split('<?!= texts ?>');
    expect(bar.html.startsWith(start!)).toBe(true);
    const words = JSON.parse(bar.html.slice(start!.length, bar.html.length - end!.length)) as Record<string, string>;
    expect(words).toMatchObject({ lang: 'en', checklist: 'Getting started', menu_send: 'Send reminders now', retry: 'Retry' });
    expect(bar.html).toContain('https://ssl.gstatic.com/docs/script/css/add-ons1.css');

    const lt = createProductRuntime({ locale: 'lt_LT' }).load();
    lt.run('kadShowHome');
    expect(lt.ui.sidebars.at(-1)?.title).toBe('Pradžia: kaip pradėti');
    expect(lt.ui.sidebars.at(-1)?.html).toContain('"checklist":"Kaip pradėti"');
  });

  test('before any dossier exists the checklist offers only "Create or repair dossier"', () => {
    const rt = createProductRuntime({ now: at9(TODAY) }).load();
    const d = home(rt);
    expect(d.ready).toBe(false);
    expect(d.checks).toEqual([{ key: 'dossier', done: false, lines: [], action: 'repair' }]);
  });
});

describe('the checklist reflects each state change', () => {
  let rt: Runtime;
  beforeAll(() => {
    rt = emptyDossier();
  });

  test('a new, empty dossier: colours applied by the repair, everything else still to do', () => {
    const d = home(rt);
    expect(d.ready).toBe(true);
    expect(ticks(d)).toEqual(['revenue:✗', 'accounts:✗', 'people:✗', 'colours:✓', 'reminders:✗', 'access:✗']);
    expect(d.checks.map((c) => c.action)).toEqual(['settings', 'add', null, null, 'on', null]);
  });

  test('company revenue saved through the form → ticked, with the amount', () => {
    expect(save(rt, { company_revenue: '2 000 000' })).toMatchObject({ ok: true, message: 'Settings saved.' });
    expect(check(home(rt), 'revenue')).toEqual({
      key: 'revenue',
      done: true,
      lines: [['revenue', { n: 2000000, currency: 'EUR' }]],
      action: null,
    });
  });

  test('an account added → accounts and people ticked', () => {
    expect(add(rt, NEW_ACCOUNT)).toMatchObject({ ok: true, row: FIRST_DATA_ROW });
    const d = home(rt);
    expect(ticks(d)).toEqual(['revenue:✓', 'accounts:✓', 'people:✓', 'colours:✓', 'reminders:✗', 'access:✗']);
    expect(check(d, 'accounts').lines).toEqual([['accounts', { n: 1 }]]);
  });

  test('a supervisor cell typed with two addresses → people unticked, naming the cell; fixed → ticked again', () => {
    rt.edit('Accounts', 'E3', [['boss@example.com, chief@example.com']]);
    let c = check(home(rt), 'people');
    expect(c).toEqual({
      key: 'people',
      done: false,
      lines: [['people', { ref: "'Accounts'!E3", field: 'Supervisor e-mail' }]],
      action: 'validate',
    });
    rt.edit('Accounts', 'E3', [['boss@example.com']]);
    c = check(home(rt), 'people');
    expect(c.done).toBe(true);
  });

  test('a colour typed on the Settings tab → colours unticked; "Re-apply risk colours" → ticked', () => {
    rt.edit('Settings', settingA1(rt, 'colour_key'), [['#00aa00']]);
    expect(check(home(rt), 'colours')).toEqual({ key: 'colours', done: false, lines: [['colours', {}]], action: 'risk' });
    expect(action(rt, 'risk')).toMatchObject({ ok: true, message: 'Risk colours and the Portfolio tab are up to date.' });
    expect(check(home(rt), 'colours').done).toBe(true);
  });

  test('reminders turned on → ticked with hour and zone; off → unticked', () => {
    expect(action(rt, 'on').ok).toBe(true);
    let d = home(rt);
    expect(check(d, 'reminders')).toEqual({
      key: 'reminders',
      done: true,
      lines: [['when', { when: '8:00, Europe/Vilnius (checked hourly)' }]],
      action: null,
    });
    expect(d.remindersOn).toBe(true);
    expect(d.status.map(([k]) => k)).toEqual([
      'Reminders',
      'Hour and time zone',
      'Last run',
      'Next run',
      'Mail quota left today',
      'Warning',
    ]);
    expect(action(rt, 'off').message).toBe('Daily reminders are off (1 trigger removed).');
    d = home(rt);
    expect(check(d, 'reminders').done).toBe(false);
    expect(d.remindersOn).toBe(false);
  });

  test('a reminder hour inside the quiet hours: "on" is refused in the sidebar, not in a dialog', () => {
    expect(save(rt, { quiet_hours_start: '6', quiet_hours_end: '10', reminder_hour: '12' }).ok).toBe(true);
    rt.edit('Settings', settingA1(rt, 'reminder_hour'), [[7]]);
    const alerts = rt.ui.alerts.length;
    const r = action(rt, 'on');
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(/^Reminders were not turned on: the reminder hour 7:00 lies inside the quiet hours/);
    expect(rt.ui.alerts).toHaveLength(alerts);
    expect(check(home(rt), 'reminders').done).toBe(false);
    rt.edit('Settings', settingA1(rt, 'reminder_hour'), [[12]]);
  });

  test('access checked → ticked with the findings; a new manager typed → unticked as stale', () => {
    rt.ui.alertAnswers.push('NO'); // do not add the missing manager and supervisor as editors
    expect(action(rt, 'access').message).toMatch(/finding/);
    let c = check(home(rt), 'access');
    expect(c.done).toBe(true);
    // ann owns the file and manages N1; boss, its supervisor, cannot open it: one finding.
    expect(c.lines).toEqual([['access', { date: TODAY, n: 1 }]]);
    rt.edit('Accounts', 'D3', [['bob@example.com']]);
    c = check(home(rt), 'access');
    expect(c).toEqual({ key: 'access', done: false, lines: [['accessStale', { date: TODAY, n: 1 }]], action: 'access' });
  });

  test('the data is three batched reads (Settings, Accounts, document properties), whatever the number of accounts', () => {
    const small = rt.counter.measure(() => home(rt));
    const big = emptyDossier();
    fillRows(
      big,
      tabSpec('accounts'),
      Array.from({ length: 100 }, (_, i) => ({ ...NEW_ACCOUNT, account_id: `B${i}`, name: `Big ${i}` })),
      FILL,
    );
    const many = big.counter.measure(() => home(big));
    expect(many.calls['Range.getValues']).toBe(2);
    expect(many.calls['Properties.getProperties']).toBe(1);
    expect(many.total).toBe(small.total);
    expect(many.total).toBeLessThanOrEqual(30);
    expect(check(many.result as HomeData, 'accounts').lines).toEqual([['accounts', { n: 100 }]]);
  });
});

describe('sending from the sidebar (one portfolio, in order: tests first, then the real send)', () => {
  let rt: Runtime;
  beforeAll(() => {
    rt = portfolio({ settings: { company_revenue: 1000000 } });
  });
  const to = (): string[] => rt.mail.outbox.map((m) => String(m.to));

  test('the test digest goes only to the active user, says TEST, and leaves no record', () => {
    const r = action(rt, 'test');
    expect(r.message).toBe('Test digest sent to ann@example.com (2 item(s)).');
    expect(to()).toEqual(['ann@example.com']);
    const mail = rt.mail.outbox[0]!;
    expect(mail.subject).toMatch(/^\[TEST\] /);
    expect(mail.replyTo).toBe('boss@example.com'); // as in the real digest, whose footer says so
    expect(mail.htmlBody).toContain('Test digest, sent only to you.');
    expect(noticesLog(rt)).toEqual([]);
    expect([...rt.properties.document.data.keys()].filter((k) => k.startsWith(RECORD_PREFIX))).toEqual([]);
  });

  test('someone with nothing due gets a sample digest, marked TEST, and nobody else gets anything', () => {
    const id = rt.counter.uncounted(() => rt.app.getActiveSpreadsheet().getId());
    rt.share(id, 'zed@example.com', 'editor');
    rt.setUser('zed@example.com');
    expect(action(rt, 'test').message).toBe('You have nothing due now, so a sample digest was sent to zed@example.com.');
    rt.setUser('ann@example.com');
    expect(to()).toEqual(['ann@example.com', 'zed@example.com']);
    expect(rt.mail.outbox[1]!.subject).toMatch(/^\[TEST\] /);
    expect(rt.mail.outbox[1]!.htmlBody).toContain('Sample client');
    expect(noticesLog(rt)).toEqual([]);
  });

  test('"Send now" first returns the counts to confirm and sends nothing; only "send" sends, the tests changed nothing', () => {
    const plan = action(rt, 'sendPlan');
    const digests = Object.keys(EXPECTED_DAY0).length;
    const items = Object.values(EXPECTED_DAY0).flat().length;
    expect(plan.confirm).toBe(
      `Send ${digests} digest(s) with ${items} item(s) to ${digests} recipient(s) now? Only what has not gone out today is sent.`,
    );
    expect(rt.mail.outbox).toHaveLength(2); // the two tests above, nothing more
    expect(noticesLog(rt)).toEqual([]);
    // The menu item asks too, in a dialog: NO sends nothing.
    rt.ui.alertAnswers.push('NO');
    rt.run('kadSendReminders');
    expect(rt.ui.alerts.at(-1)?.prompt).toBe(plan.confirm);
    expect(rt.mail.outbox).toHaveLength(2);
    const sent = action(rt, 'send');
    expect(sent.message).toBe(`Digests sent: ${digests}; waiting for quota or time: 0; failed (retried next run): 0.`);
    expect(to().slice(2).sort()).toEqual(Object.keys(EXPECTED_DAY0).sort());
    // Ann's real digest is the one her test showed, without the mark.
    const ann = rt.mail.outbox.filter((m) => String(m.to) === 'ann@example.com');
    expect(ann[1]!.subject).toBe(ann[0]!.subject.replace('[TEST] ', ''));
    expect(ann[1]!.replyTo).toBe(ann[0]!.replyTo);
    // Everything has gone out: nothing left to confirm.
    expect(action(rt, 'sendPlan')).toEqual({ ok: true, message: 'Nothing new to send.', confirm: '' });
  });
});

describe('the Settings form', () => {
  let rt: Runtime;
  beforeAll(() => {
    rt = portfolio({ settings: { company_revenue: 1000000 } });
  });

  test('the form is the schema: every setting once, in order, with the sheet value and the zone beside the reminder hour', () => {
    const d = home(rt);
    expect(d.settings.map((f) => f.key)).toEqual(SETTINGS.map((x) => x.key));
    const by = Object.fromEntries(d.settings.map((f) => [f.key, f]));
    expect(by['company_revenue']).toMatchObject({ type: 'money', value: '1000000' });
    expect(by['threshold_key']).toMatchObject({ type: 'percent', value: '10' });
    expect(by['colour_mono']).toMatchObject({ type: 'colour', value: '#bd0026' });
    expect(by['reminder_hour']).toMatchObject({ type: 'hour', label: 'Reminder hour (Europe/Vilnius)', value: '8' });
    expect(by['weekend_days']?.options.map(([k]) => k)).toEqual(['sat_sun', 'fri_sat', 'fri', 'sat', 'sun']);
  });

  test('invalid values are rejected at their field, naming the cell, and nothing is written', () => {
    const before = used(rt, 'settings');
    const m = rt.counter.measure(() => save(rt, { company_revenue: 'lots', threshold_key: '150', sender_name: 'Desk' }));
    const r = m.result as Result;
    expect(r.ok).toBe(false);
    expect(r.message).toBe('Nothing was saved: see the fields marked in red.');
    expect(Object.keys(r.errors ?? {}).sort()).toEqual(['company_revenue', 'threshold_key']);
    expect(r.errors?.['company_revenue']).toContain(`'Settings'!${settingA1(rt, 'company_revenue')}`);
    expect(r.errors?.['threshold_key']).toContain(`'Settings'!${settingA1(rt, 'threshold_key')}`);
    expect(m.calls['Range.setValues'] ?? 0).toBe(0);
    expect(used(rt, 'settings')).toEqual(before);
  });

  test('quiet hours that would swallow the reminder hour are refused at the reminder hour, nothing written', () => {
    const before = used(rt, 'settings');
    const r = save(rt, { quiet_hours_start: '6', quiet_hours_end: '10' });
    expect(r.ok).toBe(false);
    expect(Object.keys(r.errors ?? {})).toEqual(['reminder_hour']);
    expect(r.errors?.['reminder_hour']).toMatch(/lies inside the quiet hours \(6:00 to 10:00\)/);
    expect(used(rt, 'settings')).toEqual(before);
  });

  test('valid values are written in one batch as the sheet holds them; a formula between them stays a formula', () => {
    rt.edit('Settings', settingA1(rt, 'threshold_critical'), [['=0.1*2']]);
    const m = rt.counter.measure(() =>
      save(rt, { threshold_key: '12', threshold_mono: '55', reminder_hour: '9', sender_name: 'KAM desk', weekend_days: 'fri_sat' }),
    );
    expect(m.result).toEqual({ ok: true, message: 'Settings saved.', errors: {} });
    expect(m.calls['Range.setValues']).toBe(1);
    expect(cell(rt, 'settings', settingA1(rt, 'threshold_key'))).toBe(0.12);
    expect(cell(rt, 'settings', settingA1(rt, 'threshold_critical'))).toBe('=0.1*2');
    expect(cell(rt, 'settings', settingA1(rt, 'threshold_mono'))).toBe(0.55);
    expect(cell(rt, 'settings', settingA1(rt, 'reminder_hour'))).toBe(9);
    expect(cell(rt, 'settings', settingA1(rt, 'sender_name'))).toBe('KAM desk');
    expect(cell(rt, 'settings', settingA1(rt, 'weekend_days'))).toBe('Friday and Saturday');
    // Read back through the same parser: the form shows what was saved, without errors.
    const by = Object.fromEntries(home(rt).settings.map((f) => [f.key, f]));
    expect([by['threshold_key']?.value, by['threshold_critical']?.value, by['weekend_days']?.value]).toEqual(['12', '20', 'fri_sat']);
    expect(home(rt).settings.filter((f) => f.error)).toEqual([]);
    // Unchanged values are not written again.
    const again = rt.counter.measure(() => save(rt, { threshold_key: '12' }));
    expect(again.result).toEqual({ ok: true, message: 'Nothing changed.', errors: {} });
    expect(again.calls['Range.setValues'] ?? 0).toBe(0);
  });

  test('a colour changed in the form re-applies the risk colours at once', () => {
    // X95's revenue share is in the critical band (tests of the brief); its share cell takes the critical colour.
    const shareA1 = (id: string): string => {
      const rows = used(rt, 'accounts');
      const r = rows.findIndex((row) => row.includes(id));
      const c = (rows[0] ?? []).indexOf('kad:revenue_share');
      return `${String.fromCharCode(65 + c)}${r + 1}`;
    };
    fillRows(rt, tabSpec('accounts'), [{ ...NEW_ACCOUNT, account_id: 'BIG', name: 'Big client', annual_revenue: 300000 }], FILL);
    const a1 = shareA1('BIG');
    expect(rt.counter.uncounted(() => rt.spreadsheet.effectiveBackground('Accounts', a1))).toBe('#fd8d3c');
    expect(save(rt, { colour_critical: '#7b3294' }).ok).toBe(true);
    expect(rt.counter.uncounted(() => rt.spreadsheet.effectiveBackground('Accounts', a1))).toBe('#7b3294');
    expect(check(home(rt), 'colours').done).toBe(true);
  });
});

describe('the Add account form', () => {
  let rt: Runtime;
  beforeAll(() => {
    rt = portfolio({ settings: { company_revenue: 1000000 } });
  });

  test('invalid input is rejected at its field with nothing written: a bad e-mail, a duplicate id, a missing name', () => {
    const before = used(rt, 'accounts');
    const m = rt.counter.measure(() =>
      add(rt, {
        ...NEW_ACCOUNT,
        account_id: 'a80',
        name: '',
        manager_email: 'ann@example.com, bob@example.com',
        last_review: '2099-01-01',
      }),
    );
    const r = m.result as Result;
    expect(r.ok).toBe(false);
    expect(Object.keys(r.errors ?? {}).sort()).toEqual(['account_id', 'last_review', 'manager_email', 'name']);
    expect(r.errors?.['account_id']).toMatch(/'Accounts'!A\d+/);
    expect(m.calls['Range.setValues'] ?? 0).toBe(0);
    expect(used(rt, 'accounts')).toEqual(before);
  });

  test('appends exactly one row after the last used one, in one write, leaving a gap and the formulas alone', () => {
    // The user left a row empty below the accounts and typed a note in the one after it.
    const last = firstEmptyRow(rt, tabSpec('accounts')) - 1;
    const sponsor = (used(rt, 'accounts')[0] ?? []).indexOf('kad:executive_sponsor') + 1;
    rt.edit('Accounts', `${String.fromCharCode(64 + sponsor)}${last + 2}`, [['remember: ask about Q3']]);
    const before = used(rt, 'accounts');
    const m = rt.counter.measure(() => add(rt, NEW_ACCOUNT));
    const r = m.result as Result;
    expect(r).toMatchObject({ ok: true, row: last + 3, message: `Account N1 added on row ${last + 3} of the Accounts tab.` });
    expect(m.calls['Range.setValues']).toBe(1);
    const after = used(rt, 'accounts');
    // Every other cell as it was: only row last + 3 changed.
    expect(after.filter((_, i) => i !== last + 2)).toEqual(before.filter((_, i) => i !== last + 2));
    const row = after[last + 2] as unknown[];
    const head = after[0] as unknown[];
    const at = (key: string): unknown => row[head.indexOf(`kad:${key}`)];
    expect([at('account_id'), at('name'), at('key_type'), at('manager_email'), at('annual_revenue'), at('status')]).toEqual([
      'N1',
      'Nordic Foods',
      'Revenue',
      'ann@example.com',
      250000,
      'Active',
    ]);
    expect(at('last_review')).toBeInstanceOf(Date);
    // The sheet's own formulas compute the new row: share 25 %, critical band, next review due three months on.
    expect(at('revenue_share')).toBe(0.25);
    expect(at('risk_band')).toBe('Critical dependency');
  });

  test('on an empty dossier the first row keeps the column formulas', () => {
    const rt = emptyDossier();
    save(rt, { company_revenue: '1000000' });
    expect(add(rt, NEW_ACCOUNT)).toMatchObject({ ok: true, row: FIRST_DATA_ROW });
    const rows = used(rt, 'accounts');
    const head = rows[0] as unknown[];
    const row = rows[FIRST_DATA_ROW - 1] as unknown[];
    expect(String(row[head.indexOf('kad:revenue_share')])).toMatch(/^=ARRAYFORMULA\(/);
    const sheet = tabSheet(rt, tabSpec('accounts'));
    expect(rt.counter.uncounted(() => sheet.getRange(FIRST_DATA_ROW, head.indexOf('kad:revenue_share') + 1).getValue())).toBe(0.25);
  });
});
