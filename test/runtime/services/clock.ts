import type { Clock } from '../context';

/** A fixed default instant keeps runs reproducible when no `now` is given. */
export const DEFAULT_NOW = '2025-01-15T09:00:00Z';

/**
 * A settable clock. Nothing in the runtime reads wall time: `new Date()` in
 * the vm, cache expiry, Utilities.sleep and trigger events all use this.
 */
export function createClock(start: Date | string | number = DEFAULT_NOW): Clock {
  let t = new Date(start).getTime();
  if (Number.isNaN(t)) throw new Error(`createClock: invalid start time ${String(start)}`);
  return {
    now: () => new Date(t),
    set: (d: Date) => {
      t = d.getTime();
    },
    advance: (ms: number) => {
      t += ms;
    },
  };
}
