/**
 * Base for objects handed to the bundle: each is wrapped by counted() so
 * every call is counted as `Class.method`; `_self` is the wrapped object
 * (what fluent methods return) and `_raw` the implementation.
 */
import { counted } from '../counter';
import type { RuntimeContext } from '../context';
import { SheetsException, sheetsError } from './errors';
import type { Workbook } from './workbook';

export abstract class Facade<Api> {
  readonly _raw = this;
  _self!: Api;
  constructor(readonly _wb: Workbook) {}
}

/**
 * Re-throws runtime exceptions as the vm's own Error (ctx.exception) so that
 * `e instanceof Error` holds in the bundle; calls run on the raw object.
 */
function realmErrors<T extends object>(impl: T, ctx: RuntimeContext): T {
  return new Proxy(impl, {
    get(target, prop) {
      const v: unknown = Reflect.get(target, prop, target);
      if (typeof v !== 'function' || typeof prop === 'symbol') return v;
      const fn = v as (...a: unknown[]) => unknown;
      return function (...args: unknown[]) {
        try {
          return fn.apply(target, args);
        } catch (e) {
          if (e instanceof SheetsException && ctx.exception) throw ctx.exception(e.message);
          throw e;
        }
      };
    },
  });
}

export function wrap<Api, F extends Facade<Api>>(impl: F, className: string): Api {
  const proxy = counted(realmErrors(impl, impl._wb.ctx), className, impl._wb.ctx.counter) as unknown as Api;
  impl._self = proxy;
  return proxy;
}

/** The implementation behind a wrapped object passed back in by the bundle. */
export function unwrap<F>(obj: unknown, cls: abstract new (...args: never[]) => F, what: string): F {
  const raw = (obj as { _raw?: unknown } | null | undefined)?._raw;
  if (!(raw instanceof cls)) throw sheetsError(`Invalid argument: ${what}`);
  return raw;
}
