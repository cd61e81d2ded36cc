/**
 * The send loop, free of Apps Script: the app layer hands in the clock, the
 * quota and the sender. Each digest either goes out, waits (quota, time
 * limit) or fails with the reason; one failure never stops the others.
 */
import type { Digest } from './build';

/** Apps Script stops an execution at 6 minutes; stop sending well before, with the ledger still to write. */
export const SEND_TIME_BUDGET_MS = 4.5 * 60 * 1000;

export type Outcome =
  | { readonly digest: Digest; readonly status: 'sent' }
  | { readonly digest: Digest; readonly status: 'deferred'; readonly reason: 'quota' | 'time' }
  | { readonly digest: Digest; readonly status: 'failed'; readonly reason: string };

export interface DispatchDeps {
  /** Milliseconds since the run started (from the injected clock). */
  readonly elapsedMs: () => number;
  /** MailApp.getRemainingDailyQuota(): recipients that may still be mailed today. */
  readonly remainingQuota: () => number;
  /** Sends one digest; throws on failure. */
  readonly send: (d: Digest) => void;
  readonly budgetMs?: number;
}

export function dispatch(digests: readonly Digest[], deps: DispatchDeps): Outcome[] {
  const budget = deps.budgetMs ?? SEND_TIME_BUDGET_MS;
  const out: Outcome[] = [];
  let stop: 'quota' | 'time' | null = null;
  for (const digest of digests) {
    if (stop === null && deps.elapsedMs() > budget) stop = 'time';
    // One recipient per message, so a quota of 1 is enough for one digest.
    if (stop === null && deps.remainingQuota() < 1) stop = 'quota';
    if (stop !== null) {
      out.push({ digest, status: 'deferred', reason: stop });
      continue;
    }
    try {
      deps.send(digest);
      out.push({ digest, status: 'sent' });
    } catch (e) {
      out.push({ digest, status: 'failed', reason: errorText(e) });
    }
  }
  return out;
}

function errorText(e: unknown): string {
  const m = typeof e === 'object' && e !== null && 'message' in e ? String((e as { message: unknown }).message) : String(e);
  return m.replace(/\s+/g, ' ').trim().slice(0, 300) || 'Unknown error';
}
