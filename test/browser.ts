/**
 * Shared headless Chromium for tests that look at rendered HTML (Debian's
 * /usr/bin/chromium through playwright-core; no browser download).
 * `withPage(fn)` opens a fresh page in a fresh browser context (its own
 * cookies, storage and viewport), runs fn and always closes the context.
 * The browser itself starts once per test file and closes after the file's
 * last test: starting Chromium costs far more than a context.
 */
import { chromium, type Browser, type Page } from 'playwright-core';

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

let browser: Promise<Browser> | undefined;

/** The file's browser, started on first use (again if it was closed or crashed). */
function sharedBrowser(): Promise<Browser> {
  const current = browser;
  if (current) return current.then((b) => (b.isConnected() ? b : relaunch()));
  return relaunch();
}

function relaunch(): Promise<Browser> {
  browser = chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
  // A failed launch is not kept: the next withPage tries again.
  browser.catch(() => (browser = undefined));
  return browser;
}

// jest gives every test file its own copy of this module: close that file's browser after its last test.
if (typeof afterAll === 'function')
  afterAll(async () => {
    const b = browser;
    browser = undefined;
    if (b) await (await b.catch(() => undefined))?.close();
  });

export async function withPage<T>(fn: (page: Page) => Promise<T>, viewport = { width: 800, height: 900 }): Promise<T> {
  const context = await (await sharedBrowser()).newContext({ viewport, javaScriptEnabled: true });
  try {
    // Nothing leaves the machine: every request (images, links) is refused.
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    return await fn(page);
  } finally {
    await context.close();
  }
}

/**
 * google.script.run in the page: one method per top-level function of the
 * bundle, each handler pair per runner, arguments and results crossing as
 * JSON, handlers called asynchronously. With window.__hold set, answers wait
 * in window.__held until the test delivers them (to reorder them). Also
 * records window.alert. Plain text: the project compiles without the DOM lib.
 */
export function googleScriptRunShim(functionNames: readonly string[]): string {
  return `(function () {
  window.__alerts = [];
  window.alert = function (m) { window.__alerts.push(String(m)); };
  window.__hold = false;
  window.__held = [];
  var names = ${JSON.stringify(functionNames)};
  function runner(ok, fail) {
    var r = {
      withSuccessHandler: function (f) { return runner(f, fail); },
      withFailureHandler: function (f) { return runner(ok, f); },
    };
    names.forEach(function (name) {
      r[name] = function () {
        var args = Array.prototype.slice.call(arguments);
        window.__server(name, JSON.stringify(args)).then(function (res) {
          var deliver = function () {
            if (res.ok) { if (ok) ok(JSON.parse(res.json)); }
            else if (fail) fail(new Error(res.message));
          };
          if (window.__hold) window.__held.push({ arg: args[0], deliver: deliver });
          else deliver();
        });
      };
    });
    return r;
  }
  window.google = { script: { run: runner(null, null) } };
})();`;
}
