/**
 * The home sidebar and the digest preview dialog as a user meets them: the
 * built bundle opens them in the local runtime, and the recorded pages run
 * in real headless Chromium at the sidebar's 300 px, their google.script.run
 * calls answered by the bundle (test/home.helpers.ts openPage). With
 * KAD_SCREENSHOTS=1 they also take the screenshots in docs/screenshots/
 * (the README's quick start shows them); otherwise none are taken, so
 * `npm test` leaves tracked files alone and spends nothing on PNGs.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { fillRows, fillSettings, tabSheet } from '../../../scripts/sample/fill';
import { MANAGERS, OUR_COMPANY } from '../../../scripts/sample/people';
import { buildSample } from '../../../scripts/sample/portfolio';
import { zonedDate } from '../../../scripts/sample/sheetValues';
import { SETTINGS } from '../../../src/core/schema/settings';
import { tabSpec } from '../../../src/core/schema/tabs';
import { screenshot, withPage } from '../../browser';
import { ensureBundle } from '../../bundle';
import type { Server } from './home.helpers';
import { cell, idle, openPage, overflow, settingA1 } from './home.helpers';
import { createProductRuntime } from '../../productRuntime';
import type { Runtime } from '../../runtime';

beforeAll(ensureBundle);

const ROOT = join(__dirname, '..', '..', '..');
const SHOTS = join(ROOT, 'docs', 'screenshots');
const SIDEBAR = { width: 300, height: 900 };
const TODAY = '2025-06-02';
const TZ = 'Europe/Vilnius';
const KAM = MANAGERS[0].email;

/** With KAD_SCREENSHOTS=1, the README's picture `name` (of `selector` only, if given); otherwise nothing. */
const shot = (page: Page, name: string, selector?: string): Promise<void> =>
  screenshot(page, name, { dir: SHOTS, ...(selector ? { selector } : {}) });

/** The demo's sample portfolio (scripts/sample), opened by one of its KAMs on a Monday morning. */
function realistic(): Runtime {
  const sample = buildSample(TODAY);
  const rt = createProductRuntime({
    now: zonedDate(TODAY, TZ, 9, 30),
    timeZone: TZ,
    locale: 'en_US',
    user: KAM,
    spreadsheetName: `${OUR_COMPANY.name}: key account dossiers`,
  }).load();
  rt.run('kadCreateOrRepair');
  const fill = { lang: 'en' as const, timeZone: TZ, asUser: false };
  fillSettings(rt, tabSpec('settings'), sample.settings, fill);
  for (const key of ['accounts', 'contacts', 'reviews'] as const) fillRows(rt, tabSpec(key), sample.tabs[key], fill);
  rt.mail.reset();
  return rt;
}

/** The home sidebar's page as the bundle shows it, opened in Chromium; resolves once its data is drawn. */
async function openHome(page: Page, server: Server): Promise<void> {
  server.rt.run('kadShowHome');
  await openPage(page, server, server.rt.ui.sidebars.at(-1)!.html);
  await page.waitForSelector('#checks li');
  await idle(page);
}

interface Seen {
  checks: { key: string; done: boolean; text: string; button: string }[];
  error: string | null;
  message: string | null;
  confirm: string | null;
}

/** What the user sees, read in one go. */
async function seen(page: Page): Promise<Seen> {
  return (await page.evaluate(`(function () {
    var q = function (s) { return Array.prototype.slice.call(document.querySelectorAll(s)); };
    var shown = function (id) { var e = document.getElementById(id); return e.hidden ? null : e.textContent.trim(); };
    return {
      checks: q('#checks li').map(function (li) {
        var b = li.querySelector('button');
        return { key: li.getAttribute('data-key'), done: li.className === 'done', text: li.querySelector('.item').innerText, button: b ? b.textContent : '' };
      }),
      error: document.getElementById('error').hidden ? null : document.getElementById('error-text').textContent,
      message: shown('message'),
      confirm: shown('confirm') === null ? null : document.getElementById('confirm-text').textContent,
    };
  })()`)) as Seen;
}

describe('home sidebar with a realistic dossier, at 300 px', () => {
  let rt: Runtime;
  beforeAll(() => {
    rt = realistic();
  });

  test('checklist, reminders and both forms fit the sidebar; the checklist says what is left and where', async () => {
    const server: Server = { rt, calls: [], failWith: null };
    await withPage(async (page) => {
      await openHome(page, server);
      expect(server.calls.map((c) => c.name)).toEqual(['kadHomeData']);
      const v = await seen(page);
      expect(v.checks.map((c) => `${c.key}:${c.done ? '✓' : '✗'}`)).toEqual([
        'revenue:✓',
        'accounts:✓',
        'people:✗',
        'colours:✓',
        'reminders:✗',
        'access:✗',
      ]);
      expect(v.checks[0]?.text).toBe('Company annual revenue set\n12,800,000 EUR');
      // The sample's planted mistake: a supervisor address without @, named by its cell.
      expect(v.checks[2]?.text).toMatch(
        /^Every account has a usable manager and supervisor e-mail\n'Accounts'!E\d+: no usable Supervisor e-mail\./,
      );
      expect(v.checks[2]?.button).toBe('Validate dossier');
      expect(v.checks[4]?.button).toBe('Turn daily reminders on');
      expect(String(await page.textContent('#progress'))).toBe('3 of 6 done');
      expect(await overflow(page)).toBe(0);
      await shot(page, 'home.png');
      // Both forms open: still no horizontal scrolling.
      await page.click('#s-settings');
      await page.click('#s-add');
      expect(await overflow(page)).toBe(0);
      expect(await page.inputValue('#s-colour_key')).toBe('#fed976');
      expect(String(await page.textContent('label[for="s-reminder_hour"]'))).toBe('Reminder hour (Europe/Vilnius)');
      expect(await page.locator('#s-reminder_hour option').count()).toBe(24);
      // One field per setting of the schema.
      expect(await page.locator('#settings-form .field').count()).toBe(SETTINGS.length);
      await shot(page, 'home-add-account.png', '#add');
    }, SIDEBAR);
  });

  test('an error is shown in red with the reason (no "Exception:") and a retry that works', async () => {
    const server: Server = { rt, calls: [], failWith: 'Exception: Service Spreadsheets timed out while accessing document with id local.' };
    await withPage(async (page) => {
      rt.run('kadShowHome');
      await openPage(page, server, rt.ui.sidebars.at(-1)!.html);
      await page.waitForSelector('#error:not([hidden])');
      let v = await seen(page);
      expect(v.error).toBe('Could not finish: Service Spreadsheets timed out while accessing document with id local.');
      expect(v.checks).toEqual([]);
      expect(await overflow(page)).toBe(0);
      await page.click('#retry');
      await page.waitForSelector('#checks li');
      await idle(page);
      v = await seen(page);
      expect(v.error).toBeNull();
      expect(v.checks).toHaveLength(6);
      expect(server.calls.map((c) => c.name)).toEqual(['kadHomeData', 'kadHomeData']);
    }, SIDEBAR);
  });

  test('the Settings form rejects a bad value at its field with nothing written, then saves a good one', async () => {
    const server: Server = { rt, calls: [], failWith: null };
    const revenue = settingA1(rt, 'company_revenue');
    const before = cell(rt, 'settings', revenue);
    await withPage(async (page) => {
      await openHome(page, server);
      await page.click('#s-settings');
      await page.fill('#s-company_revenue', 'about twelve million');
      await page.click('#b-save');
      await idle(page);
      await page.waitForSelector('#s-company_revenue-error:not([hidden])');
      expect(String(await page.textContent('#s-company_revenue-error'))).toContain(`'Settings'!${revenue}`);
      expect((await seen(page)).message).toBe('Nothing was saved: see the fields marked in red.');
      expect(await page.getAttribute('#s-company_revenue', 'aria-invalid')).toBe('true');
      expect(cell(rt, 'settings', revenue)).toBe(before);
      expect(await overflow(page)).toBe(0);
      await shot(page, 'home-settings-error.png', '#settings');

      await page.fill('#s-company_revenue', '15 000 000');
      await page.fill('#s-colour_mono', '#7b3294');
      await page.click('#b-save');
      await page.waitForFunction(`document.getElementById('message').textContent === 'Settings saved.'`);
      await idle(page);
      expect(server.calls.find((c) => c.name === 'kadSaveSettings' && JSON.stringify(c.args).includes('15 000 000'))?.args).toEqual([
        { company_revenue: '15 000 000', colour_mono: '#7b3294' },
      ]);
      expect(cell(rt, 'settings', revenue)).toBe(15000000);
      expect(cell(rt, 'settings', settingA1(rt, 'colour_mono'))).toBe('#7b3294');
      expect(await page.isHidden('#s-company_revenue-error')).toBe(true);
      expect((await seen(page)).checks[0]?.text).toBe('Company annual revenue set\n15,000,000 EUR');
    }, SIDEBAR);
  });

  test('Add account appends one row; a bad address is shown at its field first', async () => {
    const server: Server = { rt, calls: [], failWith: null };
    const sheet = tabSheet(rt, tabSpec('accounts'));
    const ids = (): unknown[] =>
      rt.counter.uncounted(() =>
        sheet
          .getRange('A3:A60')
          .getValues()
          .map((r) => r[0])
          .filter((v) => v !== ''),
      );
    const before = ids();
    await withPage(async (page) => {
      await openHome(page, server);
      await page.click('#s-add');
      await page.fill('#a-account_id', 'NEW1');
      await page.fill('#a-name', 'Baltic Bakeries');
      await page.selectOption('#a-key_type', 'prospective');
      await page.fill('#a-manager_email', 'ruta.kazlauskiene@example');
      await page.fill('#a-supervisor_email', MANAGERS[0].supervisor.email);
      await page.fill('#a-annual_revenue', '120000');
      await page.click('#b-add');
      await idle(page);
      await page.waitForSelector('#a-manager_email-error:not([hidden])');
      expect(ids()).toEqual(before);
      await page.fill('#a-manager_email', KAM);
      await page.click('#b-add');
      await page.waitForFunction(
        `/^Account NEW1 added on row \\d+ of the Accounts tab\\.$/.test(document.getElementById('message').textContent)`,
      );
      await idle(page);
      expect(ids()).toEqual([...before, 'NEW1']);
      expect(await page.inputValue('#a-account_id')).toBe('');
      expect((await seen(page)).checks[1]?.text).toBe(`Key accounts added\n${before.length + 1} account(s)`);
    }, SIDEBAR);
  });

  test("the preview dialog shows each recipient's rendered digest, chosen with a picker, at 300 px and 760 px", async () => {
    // Before anything is sent: every recipient still has a digest.
    expect(rt.run('kadHomeAction', ['preview'])).toEqual({ ok: true, message: '', confirm: '' });
    const dialog = rt.ui.dialogs.at(-1)!;
    expect(dialog.title).toBe('Preview reminders');
    for (const viewport of [
      { width: 300, height: 600 },
      { width: 760, height: 620 },
    ]) {
      const server: Server = { rt: rt, calls: [], failWith: viewport.width === 300 ? 'Exception: Preview failed' : null };
      await withPage(async (page) => {
        await openPage(page, server, dialog.html);
        if (viewport.width === 300) {
          await page.waitForSelector('#error:not([hidden])');
          expect(String(await page.textContent('#error-text'))).toBe('Could not finish: Preview failed');
          await page.click('#retry');
        }
        await page.waitForFunction(`document.getElementById('to').options.length > 0`);
        const options = (await page.evaluate(
          `Array.prototype.map.call(document.getElementById('to').options, function (o) { return o.value; })`,
        )) as string[];
        expect(options.length).toBeGreaterThan(1);
        const first = String(await page.textContent('#subject'));
        expect(first).toMatch(/^Subject: /);
        expect(await page.getAttribute('#mail', 'srcdoc')).toContain(first.replace(/^Subject: /, '').replace(/&/g, '&amp;'));
        await page.selectOption('#to', options[1]!);
        await page.waitForFunction(
          `document.getElementById('subject').textContent !== '' && document.getElementById('to').value === ${JSON.stringify(options[1])}`,
        );
        expect(String(await page.textContent('#subject'))).not.toBe('');
        expect(await page.getAttribute('#mail', 'sandbox')).toBe('allow-popups allow-popups-to-escape-sandbox');
        expect(await overflow(page)).toBe(0);
        if (viewport.width === 760) await shot(page, 'preview.png');
      }, viewport);
      expect(rt.mail.outbox).toHaveLength(0);
    }
  });

  test('"Send reminders now" shows the counts and sends nothing until confirmed; the test goes to me only', async () => {
    const server: Server = { rt, calls: [], failWith: null };
    await withPage(async (page) => {
      await openHome(page, server);
      await page.click('#b-send');
      await page.waitForSelector('#confirm:not([hidden])');
      const asked = (await seen(page)).confirm ?? '';
      expect(asked).toMatch(/^Send (\d+) digest\(s\) with \d+ item\(s\) to \1 recipient\(s\) now\?/);
      expect(rt.mail.outbox).toHaveLength(0);
      expect(await overflow(page)).toBe(0);
      await shot(page, 'home-send-confirm.png', '#ready');
      await page.click('#b-cancel');
      expect((await seen(page)).message).toBe('Nothing was sent.');
      expect(await page.isHidden('#confirm')).toBe(true);
      expect(rt.mail.outbox).toHaveLength(0);

      await page.click('#b-test');
      await page.waitForFunction(`/^Test digest sent to /.test(document.getElementById('message').textContent)`);
      await idle(page);
      expect(rt.mail.outbox.map((m) => String(m.to))).toEqual([KAM]);
      expect(rt.mail.outbox[0]?.subject).toMatch(/^\[TEST\] /);

      await page.click('#b-send');
      await page.waitForSelector('#confirm:not([hidden])');
      await page.click('#b-confirm');
      await page.waitForFunction(`/^Digests sent: /.test(document.getElementById('message').textContent)`);
      await idle(page);
      const n = Number(/^Send (\d+)/.exec(asked)?.[1]);
      expect(rt.mail.outbox).toHaveLength(1 + n);
      expect(rt.mail.outbox.slice(1).every((m) => !m.subject.startsWith('[TEST]'))).toBe(true);
    }, SIDEBAR);
  });
});

describe('home sidebar with an empty dossier and before any dossier, at 300 px', () => {
  test('an empty dossier: the checklist says what to do first, the forms are ready, nothing overflows', async () => {
    const rt = createProductRuntime({ now: zonedDate(TODAY, TZ, 9, 30), timeZone: TZ, user: KAM }).load();
    rt.run('kadCreateOrRepair');
    const server: Server = { rt, calls: [], failWith: null };
    await withPage(async (page) => {
      await openHome(page, server);
      const v = await seen(page);
      expect(v.checks.map((c) => [c.key, c.done, c.button])).toEqual([
        ['revenue', false, 'Settings'],
        ['accounts', false, 'Add an account'],
        ['people', false, ''],
        ['colours', true, ''],
        ['reminders', false, 'Turn daily reminders on'],
        ['access', false, ''],
      ]);
      expect(await overflow(page)).toBe(0);
      await shot(page, 'home-empty.png');
      // "Add an account" opens the form at its first field.
      await page.click('#checks li[data-key="accounts"] button');
      expect(await page.evaluate(`document.getElementById('add').open`)).toBe(true);
      expect(await page.evaluate(`document.activeElement.id`)).toBe('a-account_id');
      await page.click('#s-settings');
      expect(await overflow(page)).toBe(0);
      // Send now with nothing due: a message, nothing to confirm.
      await page.click('#b-send');
      await page.waitForFunction(`document.getElementById('message').textContent === 'Nothing new to send.'`);
      expect(await page.isHidden('#confirm')).toBe(true);
    }, SIDEBAR);
    // The preview dialog with nobody to mail says so, and fits 300 px too.
    rt.run('kadHomeAction', ['preview']);
    await withPage(async (page) => {
      await openPage(page, { rt, calls: [], failWith: null }, rt.ui.dialogs.at(-1)!.html);
      await page.waitForSelector('#note:not([hidden])');
      expect(String(await page.textContent('#note'))).toBe('Nothing is due to be sent.');
      expect(await page.locator('#to option').count()).toBe(0);
      expect(await page.getAttribute('#mail', 'srcdoc')).toBe('');
      expect(await overflow(page)).toBe(0);
    }, SIDEBAR);
  });

  test('no dossier yet: only "Create or repair dossier" is offered, and it builds one', async () => {
    const rt = createProductRuntime({ now: zonedDate(TODAY, TZ, 9, 30), timeZone: TZ, user: KAM }).load();
    const server: Server = { rt, calls: [], failWith: null };
    await withPage(async (page) => {
      await openHome(page, server);
      const v = await seen(page);
      expect(v.checks).toEqual([
        { key: 'dossier', done: false, text: 'Dossier tabs created\nCreate or repair dossier', button: 'Create or repair dossier' },
      ]);
      expect(await page.isHidden('#ready')).toBe(true);
      expect(await overflow(page)).toBe(0);
      const sidebars = rt.ui.sidebars.length;
      await page.click('#checks button');
      await idle(page);
      expect(server.calls.at(-1)?.name).toBe('kadCreateOrRepair');
      // The repair opens a fresh home sidebar in its place.
      expect(rt.ui.sidebars).toHaveLength(sidebars + 1);
    }, SIDEBAR);
  });
});

describe('home sidebar in Lithuanian and Russian', () => {
  test.each([
    ['lt_LT', 'Kaip pradėti', 'Nurodytos metinės įmonės pajamos', 'Išsaugoti nustatymus'],
    ['ru_RU', 'С чего начать', 'Годовая выручка компании указана', 'Сохранить настройки'],
  ])('%s: the page speaks the sheet language and still fits 300 px', async (locale, heading, revenue, save) => {
    const rt = createProductRuntime({ now: zonedDate(TODAY, TZ, 9, 30), timeZone: TZ, locale, user: KAM }).load();
    rt.run('kadCreateOrRepair');
    const server: Server = { rt, calls: [], failWith: null };
    await withPage(async (page) => {
      await openHome(page, server);
      expect(String(await page.textContent('#h-start'))).toBe(heading);
      expect((await seen(page)).checks[0]?.text.split('\n')[0]).toBe(revenue);
      expect(String(await page.textContent('#b-save'))).toBe(save);
      await page.click('#s-settings');
      await page.click('#s-add');
      expect(await overflow(page)).toBe(0);
    }, SIDEBAR);
  });
});
