/**
 * Shared headless Chromium for tests that look at rendered HTML (Debian's
 * /usr/bin/chromium through playwright-core; no browser download).
 * `withPage(fn)` opens a fresh page, runs fn and always closes the browser.
 */
import { chromium, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function withPage<T>(fn: (page: Page) => Promise<T>, viewport = { width: 800, height: 900 }): Promise<T> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
  try {
    const context = await browser.newContext({ viewport, javaScriptEnabled: true });
    // Nothing leaves the machine: every request (images, links) is refused.
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    return await fn(page);
  } finally {
    await browser.close();
  }
}
