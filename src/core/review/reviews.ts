/**
 * Reviews rows as the review feature sees them: each with a stable identity
 * (account, date, reviewer; a second identical row gets "#2"), so a snapshot
 * stays tied to its row when rows are sorted or a summary is edited.
 */
import type { CivilDate } from '../civilDate';
import { compareCivil } from '../civilDate';
import { foldLabel } from '../i18n';

export interface ReviewRow {
  readonly account: string;
  readonly date: CivilDate;
  readonly reviewer: string;
  /** 1-based sheet row. */
  readonly row: number;
}

export interface KeyedReview extends ReviewRow {
  readonly key: string;
}

const base = (r: Pick<ReviewRow, 'account' | 'date' | 'reviewer'>): string => `${r.account.trim()}|${r.date}|${foldLabel(r.reviewer)}`;

/** Identities in row order. */
export function keyReviews(rows: readonly ReviewRow[]): KeyedReview[] {
  const seen = new Map<string, number>();
  return rows.map((r) => {
    const b = base(r);
    const n = (seen.get(b) ?? 0) + 1;
    seen.set(b, n);
    return { ...r, key: n === 1 ? b : `${b}#${n}` };
  });
}

/** The identity a new row would get, given the rows already there. */
export function nextKey(rows: readonly ReviewRow[], r: Pick<ReviewRow, 'account' | 'date' | 'reviewer'>): string {
  const b = base(r);
  const n = rows.filter((x) => base(x) === b).length + 1;
  return n === 1 ? b : `${b}#${n}`;
}

/** The account's latest review on or before `on` (strictly before when `strict`); the later row wins a tie. */
export function latestReview<T extends ReviewRow>(rows: readonly T[], account: string, on: CivilDate, strict = false): T | null {
  let best: T | null = null;
  for (const r of rows) {
    if (r.account.trim() !== account.trim()) continue;
    const c = compareCivil(r.date, on);
    if (c > 0 || (strict && c === 0)) continue;
    if (best === null || compareCivil(r.date, best.date) >= 0) best = r;
  }
  return best;
}
