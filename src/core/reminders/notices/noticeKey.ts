/**
 * The re-notify policy: which notices count as "already sent".
 *
 * A notice is identified by (account, rule, due date, recipient, round) and
 * the ledger sends each identity at most once, whatever runs overlap or
 * repeat (daily trigger, "Send reminders now", a re-run after a crash).
 *
 * - Due soon, pause and pause-breach notices have round 0 only: each is sent
 *   once per due date. A new due date (a review was done, a new negative
 *   contact started a new pause) is a new notice.
 * - Overdue notices (review overdue, escalation, positive contact overdue)
 *   are sent on the first day they apply and again every REPEAT_DAYS while
 *   they stay open: round = floor(days since the rule started / 7). So the
 *   day after a digest nothing is repeated; a week later the still-open
 *   items come back once.
 * - Due items (relationship-plan steps; core/reminders/notices/dueItems.ts) are
 *   told once while due soon and, once overdue, weekly like the other
 *   overdue notices; a new due date is a new notice.
 * - A client crossing a concentration threshold is told once per crossing
 *   (core/reminders/notices/crossing.ts): round = 2 × crossings before + 1
 *   (critical) or + 2 (mono-client).
 * - 'Never' items (no review / no positive contact ever logged) have no date
 *   to count weeks from, so they are sent once (round 0) until a date exists.
 * - Deferred (quota, time limit, quiet hours) and failed notices are not
 *   "sent": the next run derives them again and sends them if they still
 *   apply; one that no longer applies (the review was done) is dropped.
 */
import type { CivilDate } from '../../civilDate';
import { daysBetween } from '../../civilDate';
import type { Notice } from './types';

export const REPEAT_DAYS = 7;

/** Round of a repeating notice that started to apply on `start`. */
export function repeatRound(start: CivilDate, today: CivilDate): number {
  return Math.max(0, Math.floor(daysBetween(start, today) / REPEAT_DAYS));
}

// '|' separates parts; a leading = + - @ would make Sheets read the logged key as a formula.
const part = (s: string): string =>
  s
    .replace(/%/g, '%25')
    .replace(/\|/g, '%7C')
    .replace(/^[=+\-@]/, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * 'ACME|review_overdue|2025-01-10|kam@x.com|w0' — stable, one per notice. A due item (a plan step) adds its
 * fingerprint as a sixth part: 'ACME|plan_overdue|2025-01-10|kam@x.com|w0|i3k9…'.
 */
export function noticeKey(n: Pick<Notice, 'account' | 'rule' | 'due' | 'recipient' | 'round' | 'item'>): string {
  const key = [part(n.account), n.rule, n.due, part(n.recipient.trim().toLowerCase()), `w${n.round}`];
  if (n.item !== undefined) key.push(`i${part(n.item)}`);
  return key.join('|');
}
