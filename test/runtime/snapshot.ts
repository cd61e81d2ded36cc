/**
 * Copies of the runtime's plain state for `Runtime.snapshot()` / `restore()`:
 * class instances keep their prototype, Maps, Sets, Dates and arrays (holes
 * included: a sheet's cell metadata is a sparse array) are copied, shared
 * references stay shared within one copy. Objects the caller marks as kept
 * (formula engines, workbooks, contexts) and functions are not copied.
 */

/** Objects copied by reference, never duplicated. */
export type Keep = (o: object) => boolean;

/**
 * How to copy: what to keep by reference, and fast copiers for properties of a known shape by key (a
 * workbook passes one for its sheets' `cells`, some 100,000 cell metadata objects).
 */
export interface CopyRules {
  readonly keep: Keep;
  readonly byKey?: Readonly<Record<string, (value: unknown, copy: <V>(v: V) => V) => unknown>>;
}

const rulesOf = (r: Keep | CopyRules): CopyRules => (typeof r === 'function' ? { keep: r } : r);

export function cloneState<T>(value: T, rules: Keep | CopyRules, memo: Map<object, unknown> = new Map()): T {
  if (value === null || typeof value !== 'object') return value;
  const r = rulesOf(rules);
  const copy = <V>(v: V): V => (v !== null && typeof v === 'object' ? (copyObject(v as unknown as object, r, memo, copy) as V) : v);
  return copy(value);
}

function copyObject(o: object, rules: CopyRules, memo: Map<object, unknown>, copy: <V>(v: V) => V): unknown {
  if (rules.keep(o)) return o;
  const seen = memo.get(o);
  if (seen !== undefined) return seen;
  const proto = Object.getPrototypeOf(o);
  const byKey = rules.byKey;
  if (proto === Object.prototype) {
    const out: Record<string, unknown> = {};
    memo.set(o, out);
    const src = o as Record<string, unknown>;
    for (const k in src) {
      const v = src[k];
      const special = byKey?.[k];
      out[k] = special && v !== undefined ? special(v, copy) : copy(v);
    }
    return out;
  }
  if (Array.isArray(o)) {
    const out: unknown[] = new Array(o.length);
    memo.set(o, out);
    for (let i = 0; i < o.length; i++) if (i in o) out[i] = copy(o[i]); // a hole stays a hole (cell rows are sparse)
    return out;
  }
  if (o instanceof Date) return new Date(o.getTime());
  if (o instanceof Map) {
    const out = new Map();
    memo.set(o, out);
    for (const [k, v] of o) out.set(copy(k), copy(v));
    return out;
  }
  if (o instanceof Set) {
    const out = new Set();
    memo.set(o, out);
    for (const v of o) out.add(copy(v));
    return out;
  }
  const out = Object.create(proto) as Record<string, unknown>;
  memo.set(o, out);
  for (const k of Object.keys(o)) {
    const v = (o as Record<string, unknown>)[k];
    const special = byKey?.[k];
    out[k] = special && v !== undefined ? special(v, copy) : copy(v);
  }
  return out;
}

/** A copy of `target`'s own properties (except `skip`), to restore later with restoreOwn. */
export function captureOwn(target: object, rules: Keep | CopyRules, skip: readonly string[] = []): Record<string, unknown> {
  const saved: Record<string, unknown> = {};
  const memo = new Map<object, unknown>();
  for (const k of Object.keys(target)) if (!skip.includes(k)) saved[k] = cloneState((target as Record<string, unknown>)[k], rules, memo);
  return saved;
}

/**
 * Puts `target`'s own properties back to a fresh copy of `saved` (the snapshot stays reusable). Arrays,
 * Maps and Sets held directly by `target` are refilled in place, since other code may hold them (the
 * runtime hands out `triggers`, `executions`, `ui`...); everything below them is a new copy.
 */
export function restoreOwn(target: object, saved: Record<string, unknown>, rules: Keep | CopyRules): void {
  const t = target as Record<string, unknown>;
  const memo = new Map<object, unknown>();
  for (const [k, v] of Object.entries(saved)) {
    const current = t[k];
    const copy = cloneState(v, rules, memo);
    if (Array.isArray(current) && Array.isArray(copy)) {
      current.length = 0;
      copy.forEach((x, i) => (current[i] = x));
      current.length = copy.length;
    } else if (current instanceof Map && copy instanceof Map) {
      current.clear();
      for (const [a, b] of copy) current.set(a, b);
    } else if (current instanceof Set && copy instanceof Set) {
      current.clear();
      for (const a of copy) current.add(a);
    } else if (isPlainRecord(current) && isPlainRecord(copy) && Object.getPrototypeOf(current) === Object.getPrototypeOf(copy)) {
      // e.g. the UI log object the runtime hands out as `rt.ui`
      for (const key of Object.keys(current)) if (!(key in copy)) delete current[key];
      restoreOwn(current, copy, rules);
    } else t[k] = copy;
  }
}

function isPlainRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype;
}
