import { callKind } from './callKinds';

/** What one measured piece of code did (see CallCounter.measure). */
export interface Measurement<T> {
  readonly result: T;
  /** Calls by `Class.method`, builders included. */
  readonly calls: Record<string, number>;
  readonly total: number;
  /** Calls that only build an object locally (callKinds.ts): excluded from `withoutBuilders`. */
  readonly builders: number;
  readonly withoutBuilders: number;
  /** Reads that followed a write in the same execution (each forces Sheets to flush the pending writes). */
  readonly readsAfterWrite: number;
  /** Those reads by `Class.method`. */
  readonly readsAfterWriteCalls: Record<string, number>;
}

/**
 * Counts every service call by `Class.method` and makes unimplemented API
 * members throw, naming them. Apps Script bills each call to a service as a
 * round-trip, so these counts are what the benchmarks and O(1) tests read.
 *
 * It also counts reads after a pending write: a read (callKinds.ts) made after
 * a write in the same execution (Runtime.run starts one: beginExecution). In
 * Sheets such a read makes Apps Script flush the writes it had batched so far.
 * An explicit SpreadsheetApp.flush changes nothing to this count: the read
 * after it still waited for the writes.
 */
export class CallCounter {
  private readonly counts = new Map<string, number>();
  private readonly afterWrite = new Map<string, number>();
  private paused = 0;
  private written = false;
  /** Called before each counted call takes effect; a throw fails that call (faults.ts injects faults here). */
  onCall: ((name: string) => void) | null = null;

  record(name: string): void {
    if (this.paused > 0) return;
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    const kind = callKind(name);
    if (kind === 'write') this.written = true;
    else if (kind === 'read' && this.written) this.afterWrite.set(name, (this.afterWrite.get(name) ?? 0) + 1);
    this.onCall?.(name);
  }

  /** A new execution (a menu item, a trigger): nothing is pending yet. */
  beginExecution(): void {
    this.written = false;
  }

  /** Reads made after a write of the same execution, in total or of one `Class.method`. */
  readsAfterWrite(name?: string): number {
    if (name !== undefined) return this.afterWrite.get(name) ?? 0;
    let n = 0;
    for (const v of this.afterWrite.values()) n += v;
    return n;
  }

  /**
   * Addition: runs fn without recording, so harness code (building event
   * objects from counted Range/Spreadsheet objects) never shows up as calls
   * made by the bundle.
   */
  uncounted<T>(fn: () => T): T {
    this.paused += 1;
    try {
      return fn();
    } finally {
      this.paused -= 1;
    }
  }

  get(name: string): number {
    return this.counts.get(name) ?? 0;
  }

  /** Sum of calls whose name starts with the prefix ('' for all). */
  total(prefix = ''): number {
    let n = 0;
    for (const [k, v] of this.counts) if (k.startsWith(prefix)) n += v;
    return n;
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort(([a], [b]) => a.localeCompare(b)));
  }

  reset(): void {
    this.counts.clear();
    this.afterWrite.clear();
  }

  /** Runs fn and returns the calls it made (the counter keeps accumulating). */
  measure<T>(fn: () => T): Measurement<T> {
    const before = new Map(this.counts);
    const beforeAfterWrite = new Map(this.afterWrite);
    const result = fn();
    const diff = (now: Map<string, number>, then: Map<string, number>): Record<string, number> => {
      const out: Record<string, number> = {};
      for (const [k, v] of now) {
        const d = v - (then.get(k) ?? 0);
        if (d > 0) out[k] = d;
      }
      return out;
    };
    const calls = diff(this.counts, before);
    const readsAfterWriteCalls = diff(this.afterWrite, beforeAfterWrite);
    const sum = (o: Record<string, number>, keep: (k: string) => boolean = () => true): number =>
      Object.entries(o).reduce((n, [k, v]) => (keep(k) ? n + v : n), 0);
    const total = sum(calls);
    const builders = sum(calls, (k) => callKind(k) === 'builder');
    return {
      result,
      calls,
      total,
      builders,
      withoutBuilders: total - builders,
      readsAfterWrite: sum(readsAfterWriteCalls),
      readsAfterWriteCalls,
    };
  }
}

/** Thrown for any member the local runtime does not implement. */
export class NotImplementedError extends Error {
  constructor(member: string) {
    super(`Local Apps Script runtime: ${member} is not implemented`);
    this.name = 'NotImplementedError';
  }
}

// Names JavaScript itself probes on arbitrary objects; answering undefined is
// what a real host object does and must not count as a call.
const PROBED = new Set([
  'then',
  'toJSON',
  'constructor',
  'inspect',
  'asymmetricMatch',
  '$$typeof',
  'nodeType',
  'tagName',
  '@@__IMMUTABLE_ITERABLE__@@',
  '@@__IMMUTABLE_RECORD__@@',
  '_isMockFunction',
]);

/**
 * Wraps an implementation object so that each public method call is counted
 * as `className.method`, and reading a member that does not exist throws.
 * Members whose name starts with `_` are internal to the runtime and are
 * neither counted nor visible to the bundle's type-level API.
 */
export function counted<T extends object>(impl: T, className: string, counter: CallCounter): T {
  return new Proxy(impl, {
    get(target, prop, receiver) {
      if (typeof prop === 'symbol') return Reflect.get(target, prop, receiver);
      if (prop.startsWith('_') || PROBED.has(prop)) return Reflect.get(target, prop, receiver);
      if (!(prop in target)) throw new NotImplementedError(`${className}.${prop}`);
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      return function (this: unknown, ...args: unknown[]) {
        counter.record(`${className}.${prop}`);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}
