/**
 * The send loop, free of Apps Script: the app layer hands in the clock, the
 * quota (checked once per run, counted down here), the sender and the
 * recorder. Each digest goes out, waits (quota, time limit, recorder down)
 * or fails with the reason; every exception is contained per recipient.
 */
import type { Digest } from './build';

/** Apps Script stops an execution at 6 minutes; stop sending well before, with the ledger still to write. */
export const SEND_TIME_BUDGET_MS = 4.5 * 60 * 1000;

export type DeferReason = 'quota' | 'time' | 'record';

export type Outcome =
  | { readonly digest: Digest; readonly status: 'sent'; readonly at: Date }
  | { readonly digest: Digest; readonly status: 'deferred'; readonly reason: DeferReason }
  | { readonly digest: Digest; readonly status: 'failed'; readonly reason: string };

export interface DispatchDeps {
  /** Milliseconds since the run started (from the injected clock). */
  readonly elapsedMs: () => number;
  readonly now: () => Date;
  /** Recipients that may still be mailed today, read once by the caller (Infinity when unknown). */
  readonly quota: number;
  /** Sends one digest; throws on failure. */
  readonly send: (d: Digest) => void;
  /**
   * Makes the send durable right after it returns. False (or a throw) means it could not: the digest
   * still counts as sent in this run, but no more are sent, so a kill re-sends at most this one.
   */
  readonly record: (d: Digest, at: Date) => boolean;
  readonly budgetMs?: number;
}

export function dispatch(digests: readonly Digest[], deps: DispatchDeps): Outcome[] {
  const budget = deps.budgetMs ?? SEND_TIME_BUDGET_MS;
  const out: Outcome[] = [];
  let quota = deps.quota;
  let stop: DeferReason | null = null;
  for (const digest of digests) {
    if (stop === null && deps.elapsedMs() > budget) stop = 'time';
    // One recipient per message, so a quota of 1 is enough for one digest.
    if (stop === null && quota < 1) stop = 'quota';
    if (stop !== null) {
      out.push({ digest, status: 'deferred', reason: stop });
      continue;
    }
    try {
      deps.send(digest);
    } catch (e) {
      out.push({ digest, status: 'failed', reason: errorText(e) });
      continue;
    }
    quota--;
    const at = deps.now();
    out.push({ digest, status: 'sent', at });
    let recorded = false;
    try {
      recorded = deps.record(digest, at);
    } catch (_e) {
      recorded = false;
    }
    if (!recorded) stop = 'record';
  }
  return out;
}

export function errorText(e: unknown): string {
  const m = typeof e === 'object' && e !== null && 'message' in e ? String((e as { message: unknown }).message) : String(e);
  return m.replace(/\s+/g, ' ').trim().slice(0, 300) || 'Unknown error';
}
