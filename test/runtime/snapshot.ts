/**
 * Copies of the runtime's plain state for `Runtime.snapshot()` / `restore()`:
 * class instances keep their prototype, Maps, Sets, Dates and arrays (holes
 * included: a sheet's cell metadata is a sparse array) are copied, shared
 * references stay shared within one copy. Objects the caller marks as kept
 * (formula engines, workbooks, contexts) and functions are not copied.
 */

/** Objects copied by reference, never duplicated. */
export type Keep = (o: object) => boolean;

export function cloneState<T>(value: T, keep: Keep, memo: Map<object, unknown> = new Map()): T {
  if (value === null || typeof value !== 'object') return value;
  return copyObject(value as unknown as object, keep, memo) as T;
}

// Hot: a filled workbook holds some 100,000 cell metadata objects.
function copyObject(o: object, keep: Keep, memo: Map<object, unknown>): unknown {
  if (keep(o)) return o;
  const seen = memo.get(o);
  if (seen !== undefined) return seen;
  const proto = Object.getPrototypeOf(o);
  if (proto === Object.prototype) {
    const out: Record<string, unknown> = {};
    memo.set(o, out);
    const src = o as Record<string, unknown>;
    for (const k in src) {
      const v = src[k];
      out[k] = v !== null && typeof v === 'object' ? copyObject(v, keep, memo) : v;
    }
    return out;
  }
  if (Array.isArray(o)) {
    const out: unknown[] = new Array(o.length);
    memo.set(o, out);
    for (let i = 0; i < o.length; i++) {
      if (!(i in o)) continue; // a hole stays a hole (cell metadata rows are sparse)
      const v: unknown = o[i];
      out[i] = v !== null && typeof v === 'object' ? copyObject(v, keep, memo) : v;
    }
    return out;
  }
  if (o instanceof Date) return new Date(o.getTime());
  if (o instanceof Map) {
    const out = new Map();
    memo.set(o, out);
    for (const [k, v] of o) out.set(cloneState(k, keep, memo), cloneState(v, keep, memo));
    return out;
  }
  if (o instanceof Set) {
    const out = new Set();
    memo.set(o, out);
    for (const v of o) out.add(cloneState(v, keep, memo));
    return out;
  }
  const out = Object.create(proto) as Record<string, unknown>;
  memo.set(o, out);
  for (const k of Object.keys(o)) out[k] = cloneState((o as Record<string, unknown>)[k], keep, memo);
  return out;
}

/** A copy of `target`'s own properties (except `skip`), to restore later with restoreOwn. */
export function captureOwn(target: object, keep: Keep, skip: readonly string[] = []): Record<string, unknown> {
  const saved: Record<string, unknown> = {};
  const memo = new Map<object, unknown>();
  for (const k of Object.keys(target)) if (!skip.includes(k)) saved[k] = cloneState((target as Record<string, unknown>)[k], keep, memo);
  return saved;
}

/**
 * Puts `target`'s own properties back to a fresh copy of `saved` (the snapshot stays reusable). Arrays,
 * Maps and Sets held directly by `target` are refilled in place, since other code may hold them (the
 * runtime hands out `triggers`, `executions`, `ui`...); everything below them is a new copy.
 */
export function restoreOwn(target: object, saved: Record<string, unknown>, keep: Keep): void {
  const t = target as Record<string, unknown>;
  const memo = new Map<object, unknown>();
  for (const [k, v] of Object.entries(saved)) {
    const current = t[k];
    const copy = cloneState(v, keep, memo);
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
      restoreOwn(current, copy, keep);
    } else t[k] = copy;
  }
}

function isPlainRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype;
}
