/**
 * The order in which a run sends its digests, so no recipient starves under
 * any quota or time budget: digests that already waited (deferred or failed
 * earlier) first, oldest wait first; then those carrying escalations or
 * overdue items; then the recipient who has gone longest without a digest;
 * then by address. With a daily quota q, each run serves the q oldest
 * waiters, so r recipients are all reached within ceil(r / q) days.
 */
import { ruleSpec } from '../notices/cadences';
import type { Digest } from './build';

export interface Waiting {
  /** Since when (ms) a notice key has been waiting after a deferral or failure; undefined if it never waited. */
  readonly waitingSince: (key: string) => number | undefined;
  /** Last time (ms) the recipient got a digest; undefined if never. */
  readonly lastSent: (recipient: string) => number | undefined;
}

export function fairOrder(digests: readonly Digest[], w: Waiting): Digest[] {
  const rank = digests.map((d) => {
    let since = Infinity;
    for (const k of d.keys) since = Math.min(since, w.waitingSince(k) ?? Infinity);
    return {
      d,
      since,
      urgent: d.notices.some((n) => ruleSpec(n.rule).overdue) ? 0 : 1,
      last: w.lastSent(d.recipient) ?? -Infinity,
    };
  });
  rank.sort((a, b) => a.since - b.since || a.urgent - b.urgent || a.last - b.last || a.d.recipient.localeCompare(b.d.recipient));
  return rank.map((x) => x.d);
}
