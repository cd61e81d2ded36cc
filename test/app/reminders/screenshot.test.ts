/**
 * A digest's HTML as a mail client would show it, in real headless Chromium:
 * the items are visible, the injected account name is text, and no script
 * of the injection ran (window.alert stays uncalled, onerror never fires).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { withPage } from '../../browser';
import { at9, portfolio, sendNow, TODAY, XSS } from './reminders.helpers';

const OUT = join(__dirname, '..', '..', '..', 'out', 'test');

test('digest HTML renders its items in Chromium and runs no injected script', async () => {
  const rt = portfolio({ now: at9(TODAY) });
  sendNow(rt);
  const cat = rt.mail.outbox.find((m) => m.to.includes('cat@example.com'));
  const bob = rt.mail.outbox.find((m) => m.to.includes('bob@example.com'));
  expect(cat?.htmlBody).toBeDefined();
  expect(bob?.htmlBody).toBeDefined();
  mkdirSync(OUT, { recursive: true });

  await withPage(async (page) => {
    // Scripts run on this page (our stub proves it); an injected onerror would call the stubbed alert.
    // Test code is plain strings: the project compiles without the DOM library.
    const stub = '<script>window.__alerts = []; window.alert = function (m) { window.__alerts.push(m); };</script>';
    // Both digests on one page: the injection one and a four-item one.
    await page.setContent(`${stub}${cat!.htmlBody}<hr>${bob!.htmlBody}`, { waitUntil: 'load' });
    const text = String(await page.evaluate('document.body.innerText'));
    expect(text).toContain(XSS); // shown as text, not as an element
    expect(text).toContain('Gamma (C95)');
    expect(text).toContain('Delta (D120)');
    expect(text).toContain('Pause after a negative contact');
    expect(text).toMatch(/Key accounts: 3 overdue of 4/);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.evaluate('window.__alerts.length')).toBe(0);
    const hrefs = (await page.evaluate(
      "Array.from(document.querySelectorAll('a')).map(function (a) { return a.getAttribute('href'); })",
    )) as string[];
    expect(hrefs.length).toBe(5);
    expect(hrefs.every((h) => /#gid=\d+&range=A\d+$/.test(h))).toBe(true);
    await page.screenshot({ path: join(OUT, 'digest.png'), fullPage: true });
  });
});
