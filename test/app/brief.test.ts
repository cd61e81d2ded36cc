/**
 * The meeting-brief sidebar as a user meets it: the built bundle opens it in
 * the local runtime (kadShowBrief), and the recorded page runs in real
 * headless Chromium, where a google.script.run shim calls the bundle's
 * kadBriefData back in Node with google.script.run's JSON-only transport.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { fillRows } from '../../scripts/sample/fill';
import type { SampleRow } from '../../scripts/sample/portfolio';
import { SIDEBAR_FUNCTIONS } from '../../src/app/menu';
import { addDays } from '../../src/core/civilDate';
import { tabSpec } from '../../src/core/schema/tabs';
import { openPage, screenshot, withPage } from '../browser';
import { ACCOUNTS, at9, CONTACTS, portfolio, TODAY, XSS } from './reminders/reminders.helpers';
import type { Runtime } from '../runtime';
import { createProductRuntime } from '../productRuntime';
import { ensureBundle } from '../bundle';

const ROOT = join(__dirname, '..', '..');
const ago = (n: number): string => addDays(TODAY, -n);

beforeAll(ensureBundle);

/**
 * What google.script.run can carry back: primitives, arrays and plain
 * objects only; "Requests fail if you attempt to pass a Date, Function, DOM
 * element ... including prohibited types inside objects or arrays"
 * (https://developers.google.com/apps-script/guides/html/reference/run).
 * Returns the paths of values that break the rule.
 */
function notJsonSafe(v: unknown, path = '$'): string[] {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return [];
  if (typeof v === 'number') return Number.isFinite(v) ? [] : [`${path} = ${v}`];
  if (Array.isArray(v)) return v.flatMap((x, i) => notJsonSafe(x, `${path}[${i}]`));
  // Objects from the bundle's vm belong to another realm: compare tags and prototype names, not identities.
  if (typeof v === 'object' && Object.prototype.toString.call(v) === '[object Object]') {
    const proto = Object.getPrototypeOf(v) as { constructor?: { name?: string } } | null;
    if (proto !== null && proto.constructor?.name !== 'Object') return [`${path} is a ${String(proto.constructor?.name)}`];
    return Object.entries(v as Record<string, unknown>).flatMap(([k, x]) => notJsonSafe(x, `${path}.${k}`));
  }
  return [`${path} is ${typeof v === 'object' ? Object.prototype.toString.call(v) : typeof v}`];
}

// ---------------------------------------------------------------- portfolio

/** The reminder tests' portfolio (incl. X95, named XSS) plus a dossier worth a brief for X95. */
const X95_EXTRA = { executive_sponsor: 'Maria Director', annual_revenue: 250000, opportunity_next_year: 400000 };
const NEWCO: SampleRow = {
  account_id: 'NEW',
  name: 'Newco',
  key_type: 'prospective',
  manager_email: 'ann@example.com',
  supervisor_email: 'boss@example.com',
  status: 'active',
};
const x95Contact = (daysAgo: number, outcome: string, summary: string, next_step = ''): SampleRow => ({
  account: 'X95',
  date: ago(daysAgo),
  channel: 'call',
  outcome,
  summary,
  next_step,
});

/** What X95 does, with a long unbroken word that must wrap inside 300 px. */
const ABOUT_X95 =
  'Makes corrugated packaging for food retailers in the Baltics; https://example.com/a-very-long-unbroken-catalogue-address-that-must-wrap';

function briefPortfolio(): Runtime {
  const rt = portfolio({
    settings: { company_revenue: 1000000 },
    accounts: [...ACCOUNTS.map((a) => (a['account_id'] === 'X95' ? { ...a, ...X95_EXTRA } : a)), NEWCO],
    // Out of date order on purpose; X95 already has a positive meeting 5 days ago.
    contacts: [
      ...CONTACTS,
      x95Contact(40, 'positive', 'Annual plan agreed'),
      x95Contact(2, 'negative', 'Complaint about late delivery', 'Logistics head calls them'),
      x95Contact(60, 'positive', 'Oldest, off the brief'),
      x95Contact(20, 'neutral', 'Price review asked'),
      x95Contact(8, 'positive', 'Trial results liked'),
    ],
  });
  const fill = { lang: 'en' as const, timeZone: 'Europe/Vilnius', asUser: false };
  fillRows(
    rt,
    tabSpec('decisionGroup'),
    [
      { account: 'X95', person: 'Olga Petrova', role: 'decision_maker', attitude: 'positive', influence: 'high' },
      { account: 'A80', person: 'Anna Alpha', role: 'user', attitude: 'neutral', influence: 'low' },
      { account: 'X95', person: 'Ivan Sidorov', role: 'gatekeeper', attitude: 'neutral', influence: 'medium' },
    ],
    fill,
  );
  fillRows(
    rt,
    tabSpec('competitors'),
    [
      {
        account: 'X95',
        competitor: 'Rival Packaging',
        kind: 'direct',
        strengths: 'Price 8 % lower; local warehouse',
        weaknesses: 'Late deliveries in Q1',
        threat: 'high',
      },
      { account: 'X95', competitor: 'Status quo', kind: 'inertia', threat: 'medium' },
    ],
    fill,
  );
  fillRows(rt, tabSpec('general'), [{ account: 'X95', description: ABOUT_X95, headcount: 1200 }], fill);
  fillRows(
    rt,
    tabSpec('plan'),
    [
      { account: 'X95', approach: 'trust', method: 'Quarterly site visit', due: '2025-07-01', status: 'planned' },
      { account: 'X95', approach: 'risk', method: 'Free trial batch', due: '2025-05-01', status: 'done' },
      { account: 'X95', approach: 'service', method: 'Next-day delivery', due: '2025-08-15', status: 'in_progress' },
      { account: 'X95', approach: 'resources', method: 'Joint promotion', due: '2025-06-01', status: 'dropped' },
      { account: 'A80', approach: 'technical', method: 'Staff training', due: '2025-09-01', status: 'planned' },
    ],
    fill,
  );
  return rt;
}

// ------------------------------------------------------------ the browser side

interface Call {
  name: string;
  args: unknown[];
}

/** The Node end of the shim: which runtime answers, what was called, what was wrong. */
interface Server {
  rt: Runtime;
  calls: Call[];
  /** Non-JSON-safe paths found in return values. */
  unsafe: string[];
  /** When set, the next call fails with this message instead of running. */
  failWith: string | null;
}

/** Opens the sidebar HTML the runtime recorded, with the shim in place before any page script runs. */
async function openSidebar(page: Page, server: Server, html: string): Promise<void> {
  const names = JSON.parse(readFileSync(join(server.rt.distDir, 'exports.json'), 'utf8')) as string[];
  await openPage(page, html, names, (name, argsJson) => {
    const args = JSON.parse(argsJson) as unknown[];
    server.calls.push({ name, args });
    if (server.failWith !== null) {
      const message = server.failWith;
      server.failWith = null;
      return { ok: false, message };
    }
    try {
      const value = server.rt.run(name, args);
      server.unsafe.push(...notJsonSafe(value));
      return { ok: true, json: JSON.stringify(value) };
    } catch (e) {
      return { ok: false, message: String((e as { message?: unknown }).message ?? e) };
    }
  });
}

interface View {
  status: string;
  options: string[];
  optionTexts: string[];
  selected: string;
  title: string | null;
  facts: [string, string][];
  alerts: string[];
  alertClasses: string[];
  /** Each h2 with the lines below it (list items, their parts joined by " | "; or the paragraph). */
  sections: [string, string[]][];
  images: number;
  alertsCalled: string[];
  /** The error box's text and whether it offers a retry. */
  error: string | null;
  retry: boolean;
  /** How far the page reaches past the viewport sideways (0 or less: no horizontal scroll). */
  overflow: number;
  bandStyle: string | null;
}

/** What the user sees, read in one go from the rendered page. */
async function view(page: Page): Promise<View> {
  return (await page.evaluate(`(function () {
    var q = function (s) { return Array.prototype.slice.call(document.querySelectorAll(s)); };
    var text = function (e) { return e.textContent; };
    var line = function (li) {
      return li.children.length ? Array.prototype.slice.call(li.children).map(text).join(' | ') : li.textContent;
    };
    var h1 = document.querySelector('#brief h1');
    var err = document.querySelector('#error');
    var band = document.querySelector('#brief td.band');
    return {
      status: document.getElementById('status').textContent,
      options: q('#account option').map(function (o) { return o.value; }),
      optionTexts: q('#account option').map(text),
      selected: document.getElementById('account').value,
      title: h1 ? h1.textContent : null,
      facts: q('#brief table tr').map(function (tr) { return Array.prototype.slice.call(tr.cells).map(text); }),
      alerts: q('#brief .alert').map(text),
      alertClasses: q('#brief .alert').map(function (e) { return e.className; }),
      sections: q('#brief h2').map(function (h) {
        var next = h.nextElementSibling;
        var lines = next.tagName === 'UL' ? Array.prototype.slice.call(next.children).map(line) : [next.textContent];
        return [h.textContent, lines];
      }),
      images: q('img').length + q('[onerror]').length,
      alertsCalled: window.__alerts,
      error: err ? err.firstChild.textContent : null,
      retry: !!document.querySelector('#error #retry'),
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      bandStyle: band ? getComputedStyle(band).backgroundColor + ' / ' + getComputedStyle(band).color : null,
    };
  })()`)) as View;
}

/** Waits until the brief shows this account's name (rendering is asynchronous, as with google.script.run). */
async function shows(page: Page, name: string): Promise<void> {
  await page.waitForFunction(`(function () {
    var h1 = document.querySelector('#brief h1');
    return !!h1 && h1.textContent === ${JSON.stringify(name)} && document.getElementById('status').textContent === '';
  })()`);
}

/** Waits until the error box is shown (its text is in #error). */
async function failed(page: Page): Promise<void> {
  await page.waitForFunction(`!!document.querySelector('#error')`);
}

/** Waits (without a deadline of its own: jest's test timeout bounds it) until a Node-side condition holds. */
async function until(ok: () => boolean): Promise<void> {
  while (!ok()) await new Promise((r) => setTimeout(r, 20));
}

const section = (v: View, heading: string): string[] | undefined => v.sections.find(([h]) => h === heading)?.[1];

// ------------------------------------------------------------------- tests

describe('meeting brief sidebar (English sheet)', () => {
  let rt: Runtime;
  beforeAll(() => {
    rt = briefPortfolio();
  });

  test('the menu item opens the "Meeting brief" sidebar with the page from the bundle', () => {
    const before = rt.ui.sidebars.length;
    rt.run('kadShowBrief');
    expect(rt.ui.sidebars).toHaveLength(before + 1);
    const bar = rt.ui.sidebars.at(-1)!;
    expect(bar.title).toBe('Meeting brief');
    // The page from the bundle, with the sheet's words put in where the template asks for them.
    const [pageStart, pageEnd] = readFileSync(join(ROOT, 'src', 'html', 'Brief.html'), 'utf8').split('<?!= texts ?>');
    expect(bar.html.startsWith(pageStart!)).toBe(true);
    expect(bar.html.endsWith(pageEnd!)).toBe(true);
    const words = JSON.parse(bar.html.slice(pageStart!.length, bar.html.length - pageEnd!.length)) as Record<string, string>;
    expect(words).toMatchObject({ lang: 'en', dmu: 'Decision group', error: 'Could not load the brief: {error}' });
  });

  test('in a simple trigger (LIMITED) showing the sidebar fails with Apps Script permission error, and nothing opens', () => {
    const before = rt.ui.sidebars.length;
    expect(() => rt.run('kadShowBrief', [], { authMode: 'LIMITED' })).toThrow(
      'You do not have permission to call Ui.showSidebar. Required permissions: https://www.googleapis.com/auth/script.container.ui',
    );
    expect(rt.ui.sidebars).toHaveLength(before);
  });

  test('kadBriefData returns JSON-safe data for every account, reading each tab once', () => {
    for (const id of ['', 'A80', 'X95', 'NEW', 'GONE']) {
      const m = rt.counter.measure(() => rt.run('kadBriefData', [id]));
      expect(notJsonSafe(m.result)).toEqual([]);
      expect(JSON.parse(JSON.stringify(m.result))).toEqual(m.result);
      // Settings, the seven dossier tabs a review snapshot covers, Reviews and review snapshots: one read each, whatever the rows.
      expect(m.calls['Range.getValues']).toBe(10);
    }
    const x = rt.run('kadBriefData', ['X95']) as { account: Record<string, unknown>; pauseUntil: string; reviewOverdueDays: number };
    expect(x.account['next_review_due']).toBe('2025-06-13');
    expect(x.pauseUntil).toBe('2025-06-28');
    expect(x.reviewOverdueDays).toBe(3);
  });

  test('in Chromium the user sees the brief, switches accounts, and the injected name stays text', async () => {
    rt.run('kadShowBrief');
    const html = rt.ui.sidebars.at(-1)!.html;
    const server: Server = { rt, calls: [], unsafe: [], failWith: null };

    await withPage(
      async (page) => {
        await openSidebar(page, server, html);
        // First the first account of the sheet.
        await shows(page, 'Alpha');
        let v = await view(page);
        expect(server.calls).toEqual([{ name: 'kadBriefData', args: [''] }]);
        expect(v.options).toEqual(['A80', 'B89', 'C95', 'D120', 'X95', 'E120', 'F84', 'NEW']);
        // Names beside codes in the picker.
        expect(v.optionTexts.slice(0, 2)).toEqual(['Alpha (A80)', 'Beta (B89)']);
        expect(v.optionTexts[4]).toBe(`${XSS} (X95)`);
        expect(v.selected).toBe('A80');
        // Alpha's decision group has a user but nobody who decides: the brief says so.
        expect(v.alerts).toEqual(['Review up to date', 'No decision maker recorded']);
        expect(section(v, 'Decision group')).toEqual(['Anna Alpha · User | Attitude to us: Neutral · Influence: Low']);
        expect(section(v, 'Competitors')).toEqual(['none recorded']);
        expect(section(v, 'What the client does')).toEqual(['none recorded']);
        expect(section(v, 'Open plan items')).toEqual(['Technical support · Staff training · 2025-09-01 · Planned']);

        // The user picks the account whose name is an HTML injection attempt.
        await page.selectOption('#account', 'X95');
        await shows(page, XSS);
        v = await view(page);
        expect(server.calls.at(-1)).toEqual({ name: 'kadBriefData', args: ['X95'] });
        expect(v.selected).toBe('X95');
        expect(v.title).toBe(XSS); // literal text...
        expect(v.images).toBe(0); // ...not an element
        expect(v.alertsCalled).toEqual([]); // and no script of it ran
        expect(v.facts).toEqual([
          ['Why key', 'Revenue'],
          // The band in its Settings colour (critical: #fd8d3c, black text), with the share it comes from.
          ['Concentration risk', 'Critical dependency · 25.0 % of company revenue'],
          ['Manager (KAM) e-mail', 'cat@example.com'],
          ['Executive sponsor', 'Maria Director'],
          ['Opportunity next year', '400,000'],
          ['Next review due', '2025-06-13'],
        ]);
        expect(v.bandStyle).toBe('rgb(253, 141, 60) / rgb(0, 0, 0)');
        expect(v.alerts).toEqual(['Negative contact: no personal contact until 2025-06-28', 'Full review overdue by 3 days']);
        expect(v.alertClasses).toEqual(['alert', 'alert']);
        expect(section(v, 'What the client does')).toEqual([`${ABOUT_X95} · Headcount: 1200`]);
        // Attitude and influence say which is which.
        expect(section(v, 'Decision group')).toEqual([
          'Olga Petrova · Decision maker | Attitude to us: Positive · Influence: High',
          'Ivan Sidorov · Gatekeeper | Attitude to us: Neutral · Influence: Medium',
        ]);
        // Competitors with their strengths and weaknesses.
        expect(section(v, 'Competitors')).toEqual([
          'Rival Packaging · Direct competitor · Threat: High | Strengths: Price 8 % lower; local warehouse | Weaknesses: Late deliveries in Q1',
          'Status quo · Client inertia · Threat: Medium',
        ]);
        expect(section(v, 'Recent contacts')).toEqual([
          '2025-06-14 · Negative · Complaint about late delivery · Logistics head calls them',
          '2025-06-11 · Positive · Talked',
          '2025-06-08 · Positive · Trial results liked',
          '2025-05-27 · Neutral · Price review asked',
          '2025-05-07 · Positive · Annual plan agreed',
        ]);
        expect(section(v, 'Open plan items')).toEqual([
          'Personal trust · Quarterly site visit · 2025-07-01 · Planned',
          'Service levels · Next-day delivery · 2025-08-15 · In progress',
        ]);
        // 300 px wide: the long description, e-mails and names wrap; nothing scrolls sideways.
        expect(v.overflow).toBeLessThanOrEqual(0);
        await screenshot(page, 'brief.png');

        // "Open in sheet" selects X95's row (row 7) on the Accounts tab.
        await page.click('#open');
        await until(() => server.calls.at(-1)?.name === 'kadBriefOpenAccount');
        expect(server.calls.at(-1)).toEqual({ name: 'kadBriefOpenAccount', args: ['X95'] });
        const active = rt.counter.uncounted(() => {
          const r = rt.app.getActiveSpreadsheet().getActiveRange();
          return r ? `${r.getSheet().getName()}!${r.getA1Notation()}` : null;
        });
        expect(active).toMatch(/^Accounts!A7:[A-Z]+7$/);

        // An account without a full review is not reported as up to date.
        await page.selectOption('#account', 'NEW');
        await shows(page, 'Newco');
        v = await view(page);
        expect(v.alerts).toEqual(['No full review recorded', 'No decision maker recorded']);
        expect(v.facts.find(([k]) => k === 'Next review due')).toEqual(['Next review due', '']);

        // Switching clients: while the next one loads, nothing of the previous one is on screen.
        await page.evaluate('window.__hold = true');
        await page.selectOption('#account', 'B89');
        await page.waitForFunction('window.__held.length === 1');
        v = await view(page);
        expect(v.title).toBeNull();
        expect(v.facts).toEqual([]);
        expect(v.sections).toEqual([]);
        expect(v.status).toBe('Loading the brief for Beta (B89)…');
        await page.evaluate('window.__hold = false; window.__held.shift().deliver()');
        await shows(page, 'Beta');

        // A server failure: a red error without Apps Script's "Exception:" prefix, no old client, and a retry that works.
        server.failWith = 'Exception: Service Spreadsheets timed out while accessing document with id local-spreadsheet.';
        await page.selectOption('#account', 'D120');
        await failed(page);
        v = await view(page);
        expect(v.error).toBe(
          'Could not load the brief: Service Spreadsheets timed out while accessing document with id local-spreadsheet.',
        );
        expect(v.retry).toBe(true);
        expect(v.title).toBeNull();
        expect(v.status).toBe('');
        const colour = await page.evaluate(`getComputedStyle(document.querySelector('#error')).color`);
        expect(colour).toBe('rgb(165, 14, 14)'); // red, not the grey of a status line
        await screenshot(page, 'brief-error.png');
        await page.click('#retry');
        await shows(page, 'Delta');
        v = await view(page);
        expect(v.error).toBeNull();
        expect(server.calls.slice(-2)).toEqual([
          { name: 'kadBriefData', args: ['D120'] },
          { name: 'kadBriefData', args: ['D120'] },
        ]);

        // Answers arriving out of order: the account chosen last wins.
        await page.evaluate('window.__hold = true');
        await page.selectOption('#account', 'B89');
        await page.selectOption('#account', 'X95');
        await page.waitForFunction('window.__held.length === 2');
        await page.evaluate(`(function () {
          window.__hold = false;
          window.__held.filter(function (h) { return h.arg === 'X95'; })[0].deliver();
          window.__held.filter(function (h) { return h.arg === 'B89'; })[0].deliver();
        })()`);
        await shows(page, XSS);
        v = await view(page);
        expect(v.selected).toBe('X95');
        expect(v.alerts).toEqual(['Negative contact: no personal contact until 2025-06-28', 'Full review overdue by 3 days']);

        expect(server.unsafe).toEqual([]);
        expect(v.alertsCalled).toEqual([]);
      },
      { width: 300, height: 900 }, // Sheets sidebars are 300 px wide
    );
  });
});

describe('meeting brief sidebar on an empty dossier', () => {
  test('says how to start, offers no picker, and fits 300 px', async () => {
    const rt = createProductRuntime({ now: at9(TODAY), timeZone: 'Europe/Vilnius', locale: 'en_GB', user: 'ann@example.com' }).load();
    rt.run('kadCreateOrRepair');
    rt.run('kadShowBrief');
    const server: Server = { rt, calls: [], unsafe: [], failWith: null };
    await withPage(
      async (page) => {
        await openSidebar(page, server, rt.ui.sidebars.at(-1)!.html);
        await page.waitForFunction(`!!document.querySelector('#brief .empty')`);
        const v = await view(page);
        expect(v.options).toEqual([]);
        expect(await page.isVisible('#account')).toBe(false);
        expect(await page.textContent('#brief')).toBe(
          'No key accounts yet. Add the first one on the Accounts tab, then open the brief again.',
        );
        expect(v.status).toBe('');
        expect(v.overflow).toBeLessThanOrEqual(0);
        await screenshot(page, 'brief-empty.png');
      },
      { width: 300, height: 500 },
    );
  });
});

describe('meeting brief sidebar (Russian sheet)', () => {
  let rt: Runtime;
  beforeAll(() => {
    rt = createProductRuntime({ now: at9(TODAY), timeZone: 'Europe/Vilnius', locale: 'ru_RU', user: 'ann@example.com' }).load();
    rt.run('kadCreateOrRepair');
    const fill = { lang: 'ru' as const, timeZone: 'Europe/Vilnius', asUser: false };
    fillRows(
      rt,
      tabSpec('accounts'),
      [
        {
          account_id: 'ROM',
          name: 'ООО «Ромашка»',
          key_type: 'image',
          manager_email: 'ann@example.com',
          supervisor_email: 'boss@example.com',
          last_review: ago(100),
          status: 'active',
        },
      ],
      fill,
    );
    fillRows(rt, tabSpec('contacts'), [{ account: 'ROM', date: ago(3), channel: 'meeting', outcome: 'negative', summary: 'Жалоба' }], fill);
  });

  test('the sidebar title, the page and its errors follow the sheet language', async () => {
    rt.run('kadShowBrief');
    const bar = rt.ui.sidebars.at(-1)!;
    expect(bar.title).toBe('Бриф к встрече');
    const server: Server = { rt, calls: [], unsafe: [], failWith: null };
    await withPage(
      async (page) => {
        await openSidebar(page, server, bar.html);
        await shows(page, 'ООО «Ромашка»');
        const v = await view(page);
        expect(v.facts[0]).toEqual(['Почему ключевой', 'Имиджевый']);
        // Last review 2025-03-08, plus 3 months: due 2025-06-08.
        expect(v.alerts).toEqual([
          'Негативный контакт: без личных контактов до 2025-06-27',
          'Пересмотр просрочен на 8 дн.',
          'ЛПР не указан',
        ]);
        expect(v.sections.map(([h]) => h)).toEqual([
          'Чем занимается клиент',
          'Группа решения',
          'Конкуренты',
          'Последние контакты',
          'Открытые пункты плана',
        ]);
        expect(section(v, 'Конкуренты')).toEqual(['нет данных']);
        expect(section(v, 'Последние контакты')).toEqual(['2025-06-13 · Негативный · Жалоба']);
        server.failWith = 'Сбой';
        await page.selectOption('#account', 'ROM');
        await failed(page);
        expect((await view(page)).error).toBe('Не удалось загрузить бриф: Сбой');
        expect(await page.textContent('#retry')).toBe('Повторить');
        expect(server.unsafe).toEqual([]);
      },
      { width: 300, height: 700 },
    );
  });
});

describe('google.script.run targets', () => {
  /** Names called through google.script.run chains (skipping the with... configurators), by a small bracket-aware scan. */
  function scriptRunTargets(src: string): string[] {
    const out: string[] = [];
    const re = /google\.script\.run\b/g;
    for (let m = re.exec(src); m; m = re.exec(src)) {
      let depth = 0;
      for (let i = re.lastIndex; i < src.length; i++) {
        const c = src.charAt(i);
        if ('([{'.includes(c)) depth++;
        else if (')]}'.includes(c)) {
          if (depth === 0) break;
          depth--;
        } else if (depth === 0 && c === ';') break;
        else if (depth === 0 && c === '.') {
          const name = /^\.\s*([A-Za-z_$][\w$]*)\s*\(/.exec(src.slice(i))?.[1];
          if (name && !/^with(SuccessHandler|FailureHandler|UserObject)$/.test(name)) out.push(name);
        }
      }
    }
    return out;
  }

  test('every function a page calls is declared by the bundle and listed in SIDEBAR_FUNCTIONS', () => {
    const rt = createProductRuntime().load();
    const dir = join(ROOT, 'src', 'html');
    const pages = readdirSync(dir).filter((f) => f.endsWith('.html'));
    const called = pages.flatMap((f) => scriptRunTargets(readFileSync(join(dir, f), 'utf8')).map((name) => ({ page: f, name })));
    expect(called).toEqual([
      { page: 'Brief.html', name: 'kadShowReview' },
      { page: 'Brief.html', name: 'kadBriefOpenAccount' },
      { page: 'Brief.html', name: 'kadBriefData' },
      { page: 'Home.html', name: 'kadHomeData' },
      { page: 'Home.html', name: 'kadHomeAction' },
      { page: 'Home.html', name: 'kadCreateOrRepair' },
      { page: 'Home.html', name: 'kadShowBrief' },
      { page: 'Home.html', name: 'kadSaveSettings' },
      { page: 'Home.html', name: 'kadAddAccount' },
      { page: 'Preview.html', name: 'kadPreviewDigest' },
      { page: 'Review.html', name: 'kadReviewPreview' },
      { page: 'Review.html', name: 'kadRecordReview' },
    ]);
    for (const { name } of called) {
      expect(rt.hasFunction(name)).toBe(true);
      expect(SIDEBAR_FUNCTIONS as readonly string[]).toContain(name);
    }
    // The scanner itself: a handler's own calls are not targets, the chained call is.
    expect(scriptRunTargets('google.script.run.withSuccessHandler(function (d) { x.y(d); }).withUserObject(o).doIt(a.b());')).toEqual([
      'doIt',
    ]);
  });
});
