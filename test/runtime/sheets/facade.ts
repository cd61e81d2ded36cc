/**
 * Base for objects handed to the bundle: each is wrapped by counted() so
 * every call is counted as `Class.method`; `_self` is the wrapped object
 * (what fluent methods return) and `_raw` the implementation.
 */
import { counted } from '../counter';
import { sheetsError } from './errors';
import type { Workbook } from './workbook';

export abstract class Facade<Api> {
  readonly _raw = this;
  _self!: Api;
  constructor(readonly _wb: Workbook) {}
}

export function wrap<Api, F extends Facade<Api>>(impl: F, className: string): Api {
  const proxy = counted(impl, className, impl._wb.ctx.counter) as unknown as Api;
  impl._self = proxy;
  return proxy;
}

/** The implementation behind a wrapped object passed back in by the bundle. */
export function unwrap<F>(obj: unknown, cls: abstract new (...args: never[]) => F, what: string): F {
  const raw = (obj as { _raw?: unknown } | null | undefined)?._raw;
  if (!(raw instanceof cls)) throw sheetsError(`Invalid argument: ${what}`);
  return raw;
}
