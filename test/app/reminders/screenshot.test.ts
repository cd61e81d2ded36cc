/**
 * A digest's HTML as a mail client would show it, in real headless Chromium:
 * the items are visible, the injected account name is text, and no script
 * of the injection ran (window.alert stays uncalled, onerror never fires);
 * on a 390 px phone and a 1280 px desktop nothing overflows sideways, each
 * client is one block, and each link points at the tab and row where one
 * acts.
 */
import type { Page } from 'playwright-core';
import { addDays } from '../../../src/core/civilDate';
import { tabSpec } from '../../../src/core/schema/tabs';
import { fillRows, tabSheet } from '../../../scripts/sample/fill';
import { screenshot, withPage } from '../../browser';
import { ACCOUNTS, at9, CONTACTS, portfolio, sendNow, TODAY, XSS } from './reminders.helpers';

const LONG_NAME = 'Vereinigte Norddeutsche Verpackungswerke und Logistikdienstleistungsgesellschaft mbH & Co. KG';
const LONG_STEP = 'Send the signed framework agreement https://intranet.example.com/contracts/2025/framework-agreement-final-v7-signed.pdf';

test('digest HTML renders its items in Chromium and runs no injected script', async () => {
  const rt = portfolio({ now: at9(TODAY) });
  sendNow(rt);
  const cat = rt.mail.outbox.find((m) => m.to.includes('cat@example.com'));
  const bob = rt.mail.outbox.find((m) => m.to.includes('bob@example.com'));
  expect(cat?.htmlBody).toBeDefined();
  expect(bob?.htmlBody).toBeDefined();

  await withPage(async (page) => {
    // Scripts run on this page (our stub proves it); an injected onerror would call the stubbed alert.
    // Test code is plain strings: the project compiles without the DOM library.
    const stub = '<script>window.__alerts = []; window.alert = function (m) { window.__alerts.push(m); };</script>';
    await page.setContent(`${stub}${cat!.htmlBody}<hr>${bob!.htmlBody}`, { waitUntil: 'load' });
    const text = String(await page.evaluate('document.body.innerText'));
    expect(text).toContain(XSS); // shown as text, not as an element
    expect(text).toContain('Gamma (C95)');
    expect(text).toContain('Delta (D120)');
    expect(text).toContain('Pause after a negative contact');
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.evaluate('window.__alerts.length')).toBe(0);
    const hrefs = (await page.evaluate(
      "Array.from(document.querySelectorAll('a')).map(function (a) { return a.getAttribute('href'); })",
    )) as string[];
    expect(hrefs.length).toBe(5); // one per item: cat 1, bob 4
    expect(hrefs.every((h) => /#gid=\d+&range=A\d+$/.test(h))).toBe(true);
  });
});

interface Seen {
  overflow: number;
  blocks: string[];
  links: { text: string; href: string }[];
  firstLine: string;
  preheaderVisible: boolean;
}

async function look(page: Page, html: string): Promise<Seen> {
  await page.setContent(html, { waitUntil: 'load' });
  return (await page.evaluate(`(function () {
    var q = function (s) { return Array.prototype.slice.call(document.querySelectorAll(s)); };
    var pre = document.body.firstElementChild;
    return {
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      blocks: q('h2').map(function (h) { return h.textContent; }),
      links: q('a').map(function (a) { return { text: a.textContent, href: a.getAttribute('href') }; }),
      firstLine: document.body.innerText.trim().split('\\n')[0],
      preheaderVisible: pre.getBoundingClientRect().height > 0 || document.body.innerText.indexOf(pre.textContent.slice(0, 20)) >= 0,
    };
  })()`)) as Seen;
}

test('at 390 px and 1280 px: no sideways overflow, one block per client, links to the tab and row where one acts', async () => {
  const rt = portfolio({
    now: at9(TODAY),
    accounts: [
      ...ACCOUNTS,
      {
        account_id: 'VNV',
        name: LONG_NAME,
        key_type: 'revenue',
        manager_email: 'bob@example.com',
        supervisor_email: 'boss@example.com',
        last_review: addDays(TODAY, -30),
        status: 'active',
      },
    ],
    contacts: [...CONTACTS, { account: 'VNV', date: addDays(TODAY, -2), channel: 'call', outcome: 'positive', summary: 'Fine' }],
  });
  const planRow = fillRows(
    rt,
    tabSpec('plan'),
    [{ account: 'VNV', approach: 'trust', method: LONG_STEP, owner: 'Bob', due: addDays(TODAY, 1), status: 'planned' }],
    { lang: 'en', timeZone: 'Europe/Vilnius', asUser: false },
  );
  sendNow(rt);
  const bob = rt.mail.outbox.find((m) => m.to.includes('bob@example.com'))!;
  const boss = rt.mail.outbox.find((m) => m.to.includes('boss@example.com'))!;
  const gid = (key: 'plan' | 'reviews' | 'contacts' | 'accounts') => rt.counter.uncounted(() => tabSheet(rt, tabSpec(key)).getSheetId());
  const at = (key: 'plan' | 'reviews' | 'contacts' | 'accounts', row: number) => new RegExp(`#gid=${gid(key)}&range=A${row}$`);

  for (const width of [390, 1280]) {
    await withPage(
      async (page) => {
        const b = await look(page, bob.htmlBody ?? '');
        expect(b.overflow).toBeLessThanOrEqual(0);
        // One block per client, the most urgent first, each client once.
        expect(b.blocks).toEqual(['Delta (D120)', 'Gamma (C95)', `${LONG_NAME} (VNV)`]);
        expect(b.firstLine).toBe('Reminders from "Untitled spreadsheet" for 2025-06-16.');
        expect(b.preheaderVisible).toBe(false);
        const link = (text: string) => b.links.filter((l) => l.text.startsWith(text)).map((l) => l.href);
        // Delta's and Gamma's reviews: the next free row of Reviews; Delta's pause: its negative contact (row 6).
        expect(link('Open Reviews, row 3')).toHaveLength(2);
        for (const h of link('Open Reviews, row 3')) expect(h).toMatch(at('reviews', 3));
        expect(link('Open Contacts, row 6')).toEqual([expect.stringMatching(at('contacts', 6))]);
        // Gamma's overdue positive contact: a new row of Contacts, where it is logged.
        expect(link('Open Contacts, row 10')).toEqual([expect.stringMatching(at('contacts', 10))]);
        expect(link(`Open Relationship plan, row ${planRow}`)).toEqual([expect.stringMatching(at('plan', planRow))]);
        await screenshot(page, `digest-${width}.png`);

        const s = await look(page, boss.htmlBody ?? '');
        expect(s.overflow).toBeLessThanOrEqual(0);
        expect(s.blocks).toEqual(['Delta (D120)']);
        expect(s.links.map((l) => l.href)).toEqual([expect.stringMatching(at('accounts', 6))]);
        await screenshot(page, `digest-supervisor-${width}.png`);
      },
      { width, height: 900 },
    );
  }
  expect(boss.body).toContain('Your action today: speak to bob@example.com and agree the next step for each account below.');
  expect(bob.subject).toBe('Key accounts to act on: 3 (2 overdue) — Untitled spreadsheet');
});
