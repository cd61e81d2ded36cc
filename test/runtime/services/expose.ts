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

/**
 * An Apps Script enum value: an object compared by identity, with name(),
 * ordinal() and toString() giving the name (as the Sheets emulation's enums
 * do), so a bundle comparing `e.authMode === 'FULL'` fails here as it would in
 * Apps Script, while `String(x)` and JSON give the name.
 */
export interface EnumValue<N extends string = string> {
  name(): N;
  ordinal(): number;
  toString(): N;
  toJSON(): N;
}

/** Builds an enum object whose members are EnumValues. */
export function enumOf<K extends string>(...names: K[]): { readonly [P in K]: EnumValue<P> } {
  const out = {} as { [P in K]: EnumValue<P> };
  names.forEach(<P extends K>(n: P, i: number) => {
    out[n] = Object.freeze({ name: () => n, ordinal: () => i, toString: () => n, toJSON: () => n });
  });
  return Object.freeze(out);
}
