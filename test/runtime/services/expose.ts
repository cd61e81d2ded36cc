import { counted } from '../counter';
import type { RuntimeContext } from '../context';

/** Implementations keep a handle to their own counted proxy so chained calls stay counted. */
export interface Exposable<T> {
  _self?: T;
}

/**
 * Wraps an implementation with counted() under the Apps Script class name and
 * remembers the proxy on the implementation, so methods returning `this`
 * (Menu.addItem, HtmlOutput.setTitle, builders) hand back the counted object.
 */
export function expose<T extends object>(impl: T, className: string, ctx: RuntimeContext): T {
  const proxy = counted(impl, className, ctx.counter);
  (impl as Exposable<unknown>)._self = proxy;
  return proxy;
}

/** Builds a string-valued enum object: `e.authMode === ScriptApp.AuthMode.FULL` and `String(x)` both work. */
export function enumOf<K extends string>(...names: K[]): { readonly [P in K]: P } {
  const out = {} as { [P in K]: P };
  for (const n of names) out[n] = n;
  return Object.freeze(out);
}
