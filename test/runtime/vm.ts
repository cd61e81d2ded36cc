import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as nodeVm from 'node:vm';
import type { Clock } from './context';

/**
 * The bundle's global scope: one node:vm context holding only the Apps Script
 * services handed in plus the ECMAScript built-ins, so `require`, `process`,
 * `Buffer`, `setTimeout`, `fetch`, `module` and `global` are absent as they
 * are in Apps Script's V8 runtime.
 *
 * Date: the context's `Date` is a clock-driven stand-in built on the host's
 * Date (prototype shared), so `new Date()` / `Date.now()` read the runtime
 * clock, `new Date(x)` behaves normally, and Dates coming from the spreadsheet
 * emulation (host Dates) still pass `instanceof Date` in the bundle.
 *
 * Limitation: Apps Script evaluates Date.prototype.getHours() & co. in the
 * script time zone; Node uses the process TZ for every context and cannot be
 * changed per context. Bundle code must format civil dates with
 * Utilities.formatDate(date, tz, pattern) (zone-exact here), not getHours().
 */
export interface BundleVm {
  readonly context: nodeVm.Context;
  /** Files loaded, in load order. */
  readonly files: string[];
  /** Runs every *.js in `dir` in file-name order, as Apps Script concatenates project files. */
  loadDir(dir: string): void;
  /** A top-level binding of the loaded scripts (var, function, or let/const), or undefined. */
  global(name: string): unknown;
  /** True when the loaded scripts declared a top-level function with this name. */
  hasFunction(name: string): boolean;
  /** A function created inside the context (sloppy mode, so `with` works in templates). */
  compile(params: string[], body: string): (...args: unknown[]) => unknown;
  /** An Error of the context's realm, named like Apps Script errors. */
  exception(message: string): Error;
}

const IDENT = /^[A-Za-z_$][\w$]*$/;

/** A Date constructor whose zero-argument form reads the clock. */
export function clockDate(clock: Clock): DateConstructor {
  const HostDate = Date;
  function ClockDate(this: unknown, ...args: unknown[]): unknown {
    // Called without `new`, Date() returns the current time as a string.
    if (!new.target) return new HostDate(clock.now().getTime()).toString();
    return Reflect.construct(HostDate, args.length === 0 ? [clock.now().getTime()] : args);
  }
  ClockDate.prototype = HostDate.prototype;
  Object.defineProperties(ClockDate, {
    now: { value: () => clock.now().getTime(), writable: true, configurable: true },
    parse: { value: HostDate.parse, writable: true, configurable: true },
    UTC: { value: HostDate.UTC, writable: true, configurable: true },
    name: { value: 'Date' },
    length: { value: 7 },
  });
  return ClockDate as unknown as DateConstructor;
}

export function createBundleVm(services: Record<string, unknown>, clock: Clock): BundleVm {
  const sandbox: Record<string, unknown> = {};
  const context = nodeVm.createContext(sandbox, { name: 'apps-script-bundle' });
  const run = (code: string): unknown => nodeVm.runInContext(code, context);
  const install = run(
    '(function (name, value) { Object.defineProperty(globalThis, name, { value: value, writable: true, configurable: true, enumerable: false }); })',
  ) as (n: string, v: unknown) => void;
  for (const [name, value] of Object.entries(services)) install(name, value);
  install('Date', clockDate(clock));

  const before = new Set(run('Object.getOwnPropertyNames(globalThis)') as string[]);
  const ContextError = run('Error') as ErrorConstructor;
  const files: string[] = [];

  return {
    context,
    files,
    loadDir(dir: string) {
      const names = readdirSync(dir)
        .filter((f) => f.endsWith('.js'))
        .sort();
      for (const f of names) {
        const filename = join(dir, f);
        new nodeVm.Script(readFileSync(filename, 'utf8'), { filename }).runInContext(context);
        files.push(filename);
      }
    },
    global(name: string) {
      if (!IDENT.test(name)) return undefined;
      return run(`typeof ${name} === 'undefined' ? undefined : ${name}`);
    },
    hasFunction(name: string) {
      return !before.has(name) && !(name in services) && typeof sandbox[name] === 'function';
    },
    compile(params: string[], body: string) {
      return run(`(function (${params.join(', ')}) {\n${body}\n})`) as (...args: unknown[]) => unknown;
    },
    exception(message: string) {
      const e = new ContextError(message);
      e.name = 'Exception';
      return e;
    },
  };
}
