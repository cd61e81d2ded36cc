/**
 * Counts every service call by `Class.method` and makes unimplemented API
 * members throw, naming them. Apps Script bills each call to a service as a
 * round-trip, so these counts are what the benchmarks and O(1) tests read.
 */
export class CallCounter {
  private readonly counts = new Map<string, number>();
  private paused = 0;
  /** Called before each counted call takes effect; a throw fails that call (faults.ts injects faults here). */
  onCall: ((name: string) => void) | null = null;

  record(name: string): void {
    if (this.paused > 0) return;
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    this.onCall?.(name);
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
  }

  /** Runs fn and returns the calls it made (the counter keeps accumulating). */
  measure<T>(fn: () => T): { result: T; calls: Record<string, number>; total: number } {
    const before = new Map(this.counts);
    const result = fn();
    const calls: Record<string, number> = {};
    let total = 0;
    for (const [k, v] of this.counts) {
      const d = v - (before.get(k) ?? 0);
      if (d > 0) {
        calls[k] = d;
        total += d;
      }
    }
    return { result, calls, total };
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
