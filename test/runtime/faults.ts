/**
 * Fault injection for the bundle's service calls: from the N-th counted call
 * on (sticky, a hard kill such as Apps Script's 6-minute limit: every later
 * call throws too, so nothing after it happens) or at the N-th call only (a
 * transient error). Harness code inside counter.uncounted() is never hit.
 */
import type { CallCounter } from './counter';

export const INJECTED_MESSAGE = 'Injected fault';

export class FaultInjector {
  private seen = 0;
  private at = 0;
  private sticky = false;
  private named: { name: string; nth: number; seen: number } | null = null;
  /** Names of the calls seen since arm(), in order (what N pointed at). */
  readonly trace: string[] = [];

  constructor(counter: CallCounter) {
    counter.onCall = (name) => this.check(name);
  }

  /** Fail call number `n` (1-based, counted from now), and every later one when `sticky`. */
  arm(n: number, sticky: boolean): void {
    this.seen = 0;
    this.at = n;
    this.sticky = sticky;
    this.trace.length = 0;
  }

  /** Counts calls from now without failing any (to learn how many a run makes). */
  watch(): void {
    this.arm(0, false);
  }

  /** Fail only the nth call of one method (e.g. 'Range.setValues'), counted from now. */
  failNamed(name: string, nth = 1): void {
    this.named = { name, nth, seen: 0 };
  }

  disarm(): void {
    this.at = 0;
    this.named = null;
  }

  get calls(): number {
    return this.seen;
  }

  private check(name: string): void {
    this.seen++;
    this.trace.push(name);
    if (this.named?.name === name && ++this.named.seen === this.named.nth)
      throw new Error(`${INJECTED_MESSAGE} at ${name} #${this.named.nth}`);
    if (this.at > 0 && (this.sticky ? this.seen >= this.at : this.seen === this.at))
      throw new Error(`${INJECTED_MESSAGE} at call ${this.seen} (${name})`);
  }
}

export function injectFaults(counter: CallCounter): FaultInjector {
  return new FaultInjector(counter);
}
