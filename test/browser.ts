/**
 * Shared headless Chromium for tests that look at rendered HTML (Debian's
 * /usr/bin/chromium through playwright-core; no browser download).
 * `withPage(fn, viewport)` runs fn on a page at that viewport where every
 * request is refused; `openPage` shows a sidebar's HTML there with its
 * google.script.run answered in Node.
 *
 * Chromium is started once per process (per jest worker) and keeps one page:
 * a new browser context costs Chromium about three times what a navigation
 * does, and a full start far more. Each withPage begins on a fresh document
 * (openPage or setContent navigates) and ends on about:blank, so no
 * script, timer or pending call of a test outlives it; the project's pages
 * keep nothing in cookies or storage. playwright-core is loaded by Node's own
 * loader (`Module._load`, as test/runtime/sheets/hyperformula.ts does for
 * HyperFormula), so every test file of the worker gets the same copy, and the
 * browser lives on it. Chromium is killed when jest ends the worker
 * (killOnWorkerEnd), and by playwright-core's own exit handler when `jest -i` exits.
 */
import Module from 'node:module';
import type childProcess from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';

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

type Loader = (request: string, parent: null, isMain: boolean) => unknown;
// Without Node's `_load` (another test runner), the ordinary require: slower under jest, same results.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const load: Loader = (Module as unknown as { _load?: Loader })._load ?? ((request) => require(request));
const playwright = load(require.resolve('playwright-core'), null, false) as typeof import('playwright-core');
// Node's child_process, the one playwright-core spawns Chromium with (jest's registry may hand tests another).
const nodeChildProcess = load('child_process', null, false) as typeof childProcess;

/** What a page's google.script.run call gets: the JSON of the result, or the failure handler's message. */
export type ServerAnswer = { ok: true; json: string } | { ok: false; message: string };
/** Answers a page's google.script.run call (`argsJson`: the arguments as JSON, as the real transport carries them). */
export type ServerCall = (name: string, argsJson: string) => ServerAnswer;

/** The one page of the process, and what it serves now. */
interface Kept {
  readonly page: Page;
  /** Init scripts already added (a page keeps them for every later document). */
  readonly scripts: Set<string>;
  html: string;
  server: ServerCall | null;
  busy: boolean;
}

interface Shared {
  readonly browser: Promise<Browser>;
  kept?: Promise<Kept>;
}

/** The process's browser, kept on the process-wide playwright-core. */
const SHARED = Symbol.for('key-account-dossier.test.browser');
const holder = playwright as unknown as Record<symbol, Shared | undefined>;

/** The worker's browser, started on first use (again if it was closed or crashed). */
async function shared(): Promise<Shared> {
  const current = holder[SHARED];
  if (current && (await current.browser.catch(() => undefined))?.isConnected()) return current;
  relaunch();
  return holder[SHARED]!;
}

const PAGE_URL = 'https://sidebar.local/page';

async function keptPage(): Promise<Kept> {
  const state = await shared();
  const current = state.kept && (await state.kept.catch(() => undefined));
  if (current && !current.page.isClosed()) return current;
  const kept = (async (): Promise<Kept> => {
    const context = await (await state.browser).newContext({ javaScriptEnabled: true });
    // Nothing leaves the machine: every request (images, links) is refused, but the page being shown.
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    const k: Kept = { page, scripts: new Set(), html: '', server: null, busy: false };
    await page.exposeFunction('__server', (name: string, argsJson: string): ServerAnswer =>
      k.server ? k.server(name, argsJson) : { ok: false, message: 'No server: the test has ended.' },
    );
    await page.route(PAGE_URL, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: k.html }));
    return k;
  })();
  state.kept = kept;
  return kept;
}

function relaunch(): Promise<Browser> {
  const spawned: import('node:child_process').ChildProcess[] = [];
  const spawn = nodeChildProcess.spawn;
  // Catch the Chromium process playwright-core starts, to let Node exit while it runs (see the top comment).
  nodeChildProcess.spawn = ((command: string, ...rest: unknown[]) => {
    const child = (spawn as (...a: unknown[]) => import('node:child_process').ChildProcess)(command, ...rest);
    if (command === CHROMIUM_PATH) spawned.push(child);
    return child;
  }) as typeof spawn;
  const launching = playwright.chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
  const browser = launching.finally(() => {
    nodeChildProcess.spawn = spawn;
    for (const child of spawned) {
      child.unref();
      for (const pipe of child.stdio) (pipe as { unref?: () => void } | null)?.unref?.();
      killOnWorkerEnd(child);
    }
  });
  const state: Shared = { browser };
  holder[SHARED] = state;
  // A failed launch is not kept: the next withPage tries again.
  browser.catch(() => {
    if (holder[SHARED] === state) holder[SHARED] = undefined;
  });
  return browser;
}

// The process itself, not the copy jest hands a test file as `process`.
const nodeProcess = load('process', null, false) as NodeJS.Process;
/** jest-worker's "end" message (CHILD_MESSAGE_END, jest-worker/build/types): the worker is to exit now. */
const JEST_WORKER_END = 2;

/**
 * A jest worker ends by getting that message and then exiting on its own (within jest.config's
 * workerGracefulExitTimeout); a running Chromium holds it there until jest kills it with "A worker process
 * has failed to exit gracefully". So Chromium (its process group: renderers too) is killed when the
 * message comes. Outside a jest worker (`jest -i`, no IPC channel) playwright-core's exit handler does it.
 */
function killOnWorkerEnd(child: import('node:child_process').ChildProcess): void {
  if (!nodeProcess.send) return;
  const onMessage = (message: unknown): void => {
    if (!Array.isArray(message) || message[0] !== JEST_WORKER_END) return;
    nodeProcess.off('message', onMessage);
    // Our ends of its pipes first: its renderers hold theirs open until they notice it is gone.
    for (const pipe of child.stdio) (pipe as { destroy?: () => void } | null)?.destroy?.();
    try {
      if (child.pid !== undefined) nodeProcess.kill(-child.pid, 'SIGKILL');
    } catch {
      child.kill('SIGKILL');
    }
  };
  nodeProcess.on('message', onMessage);
}

/**
 * Saves a screenshot only when KAD_SCREENSHOTS=1 (PNG encoding costs CPU on every run, and only those runs
 * refresh the pictures): to `dir`, or out/test/. `selector`: that element only, else the full page.
 */
export async function screenshot(page: Page, name: string, options: { dir?: string; selector?: string } = {}): Promise<void> {
  if (process.env['KAD_SCREENSHOTS'] !== '1') return;
  const dir = options.dir ?? join(__dirname, '..', 'out', 'test');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  if (options.selector) await page.locator(options.selector).screenshot({ path });
  else await page.screenshot({ path, fullPage: true });
}

export async function withPage<T>(fn: (page: Page) => Promise<T>, viewport = { width: 800, height: 900 }): Promise<T> {
  const kept = await keptPage();
  if (kept.busy) throw new Error('withPage: one page at a time (the page is in use)');
  kept.busy = true;
  kept.server = null;
  try {
    await kept.page.setViewportSize(viewport);
    return await fn(kept.page);
  } finally {
    kept.server = null;
    kept.html = '';
    // Leave no document behind; a page that cannot is replaced by the next withPage.
    await kept.page.goto('about:blank').catch(() => kept.page.close());
    kept.busy = false;
  }
}

/**
 * Shows `html` (a sidebar or dialog as the runtime recorded it) on withPage's page, with google.script.run
 * (googleScriptRunShim of `functionNames`) answered by `server` until the test ends. Resolves once loaded.
 */
export async function openPage(page: Page, html: string, functionNames: readonly string[], server: ServerCall): Promise<void> {
  const kept = await keptPage();
  if (kept.page !== page) throw new Error('openPage: not the page withPage gave');
  kept.html = html;
  kept.server = server;
  const shim = googleScriptRunShim(functionNames);
  if (!kept.scripts.has(shim)) {
    kept.scripts.add(shim);
    await page.addInitScript(shim);
  }
  await page.goto(PAGE_URL);
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
