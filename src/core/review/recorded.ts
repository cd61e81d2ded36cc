/**
 * A recorded review as the supervisor's digest needs it: who reviewed, since
 * which review, and the changes (codes and values, no words: the digest
 * words them in its reader's language). Kept as one small document property
 * per review until its digest item is out, so the reminder run reads it with
 * the properties it reads anyway. Bounded: at most MAX_CHANGES changes and
 * MAX_CHARS characters (a property value holds 9 KB).
 */
import type { CivilDate } from '../civilDate';
import { isCivilDate } from '../civilDate';
import type { Change, ChangeKind, DiffValue, ReviewDiff } from './diff';
import type { PartKey } from './snapshot';

export const RECORDED_PREFIX = 'kad.review.';
export const MAX_CHANGES = 25;
const MAX_CHARS = 8000;

export interface RecordedReview {
  readonly account: string;
  readonly date: CivilDate;
  readonly reviewer: string;
  /** The earlier review compared with; null when there was none with a snapshot. */
  readonly since: CivilDate | null;
  /** The first changes (null when there was nothing to compare with). */
  readonly changes: readonly Change[] | null;
  /** All changes, including those left out of `changes`. */
  readonly total: number;
}

export function recordedKey(r: Pick<RecordedReview, 'account' | 'date'>): string {
  return `${RECORDED_PREFIX}${r.date}|${r.account}`;
}

type Wire = [PartKey, string, string, string | null, ChangeKind, DiffValue, DiffValue];

export function recordedOf(account: string, date: CivilDate, reviewer: string, diff: ReviewDiff | null): RecordedReview {
  return {
    account,
    date,
    reviewer,
    since: diff ? diff.since : null,
    changes: diff ? diff.changes.slice(0, MAX_CHANGES) : null,
    total: diff ? diff.changes.length : 0,
  };
}

export function encodeRecorded(r: RecordedReview): string {
  const wire = (c: Change): Wire => [c.part, c.id, c.label, c.field, c.kind, c.before, c.after];
  let changes = r.changes ? r.changes.map(wire) : null;
  const json = (): string => JSON.stringify({ a: r.account, d: r.date, r: r.reviewer, s: r.since, n: r.total, c: changes });
  while (changes && changes.length > 0 && json().length > MAX_CHARS) changes = changes.slice(0, Math.floor(changes.length / 2));
  return json();
}

const isValue = (v: unknown): v is DiffValue => v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));

/** The stored review, or null when the text is not one (never throws). */
export function decodeRecorded(text: string): RecordedReview | null {
  try {
    const o = JSON.parse(text) as Record<string, unknown>;
    if (typeof o['a'] !== 'string' || !isCivilDate(o['d']) || typeof o['r'] !== 'string') return null;
    if (!(o['s'] === null || isCivilDate(o['s'])) || typeof o['n'] !== 'number') return null;
    const c = o['c'];
    let changes: Change[] | null = null;
    if (Array.isArray(c)) {
      changes = [];
      for (const w of c as unknown[]) {
        if (!Array.isArray(w) || w.length !== 7) return null;
        const [part, id, label, field, kind, before, after] = w as unknown[];
        if (typeof part !== 'string' || typeof id !== 'string' || typeof label !== 'string' || typeof kind !== 'string') return null;
        if (!(field === null || typeof field === 'string') || !isValue(before) || !isValue(after)) return null;
        changes.push({ part: part as PartKey, id, label, field, kind: kind as ChangeKind, before, after });
      }
    } else if (c !== null) return null;
    return { account: o['a'], date: o['d'], reviewer: o['r'], since: (o['s'] as CivilDate | null) ?? null, changes, total: o['n'] };
  } catch (_e) {
    return null;
  }
}
