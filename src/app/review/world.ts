/**
 * What the review feature reads: the dossier rows a snapshot is taken from
 * (the brief's own reader, one read per tab), the Reviews rows with their
 * identities and the stored snapshots. Plus "what changed since the review
 * of ...", shared by the brief, the review sidebar and Validate.
 */
import type { Row } from '../../core/brief';
import type { CivilDate } from '../../core/civilDate';
import type { Lang } from '../../core/i18n';
import { parseDateText } from '../../core/parse/coerce';
import { decodeSnapshot } from '../../core/review/codec';
import type { ReviewDiff } from '../../core/review/diff';
import { diffSnapshots } from '../../core/review/diff';
import type { KeyedReview, ReviewRow } from '../../core/review/reviews';
import { keyReviews, latestReview } from '../../core/review/reviews';
import type { Snapshot } from '../../core/review/snapshot';
import { takeSnapshot } from '../../core/review/snapshot';
import { reviewLines } from '../../core/review/wording';
import type { RiskThresholds } from '../../core/risk/bands';
import { tabSpec } from '../../core/schema/tabs';
import { FIRST_DATA_ROW } from '../../core/schema/types';
import type { Settings } from '../../core/settingsValues';
import { civilOf, civilOrNull } from '../../sheets/dates';
import { readSettings } from '../../sheets/settings';
import type { TableData } from '../../sheets/table';
import { findTable } from '../../sheets/table';
import { records, tableRecords } from '../brief';
import type { Env } from '../env';
import type { SnapshotStore } from './store';
import { readSnapshotStore } from './store';

export const DOSSIER_TABS = ['accounts', 'general', 'ourView', 'decisionGroup', 'competitors', 'contacts', 'plan'] as const;
export type DossierTab = (typeof DOSSIER_TABS)[number];

export interface ReviewsRead {
  readonly table: TableData | null;
  readonly reviews: readonly KeyedReview[];
  readonly store: SnapshotStore;
  /** The Reviews rows as records() gives them (for the brief's review status). */
  readonly records: readonly Row[];
}

/** The Reviews tab (one read, or the table the caller has read already) and the snapshot tab (one read). */
export function readReviews(env: Env, reviewsTable?: TableData | null): ReviewsRead {
  const table = reviewsTable === undefined ? findTable(env.spreadsheet, tabSpec('reviews')) : reviewsTable;
  const rows: ReviewRow[] = [];
  if (table) {
    const col = (k: string): number => (table.columnOf[k] ?? 0) - 1;
    table.rows.forEach((r, i) => {
      const account = r[col('account')];
      const d = r[col('date')];
      const date = d instanceof Date ? civilOrNull(d, env.timeZone) : typeof d === 'string' ? parseDateText(d) : null;
      if (typeof account !== 'string' || account.trim() === '' || date === null) return;
      const reviewer = r[col('reviewer')];
      rows.push({ account: account.trim(), date, reviewer: typeof reviewer === 'string' ? reviewer : '', row: FIRST_DATA_ROW + i });
    });
  }
  const spec = tabSpec('reviews');
  return {
    table,
    reviews: keyReviews(rows),
    store: readSnapshotStore(env.spreadsheet),
    records: table ? tableRecords(table, spec, env.timeZone) : [],
  };
}

export interface DossierRows {
  readonly rows: Readonly<Record<DossierTab, readonly Row[]>>;
  readonly settings: Settings;
}

export function readDossierRows(env: Env, settings: Settings = readSettings(env.spreadsheet)): DossierRows {
  const rows = Object.fromEntries(DOSSIER_TABS.map((t) => [t, records(env, t)])) as Record<DossierTab, Row[]>;
  return { rows, settings };
}

export const thresholdsOf = (s: Settings): RiskThresholds => ({
  key: s.threshold_key,
  critical: s.threshold_critical,
  mono: s.threshold_mono,
});

/** The account's dossier now (or as at `date`), as a snapshot; contacts after `since`. */
export function snapshotNow(d: DossierRows, accountId: string, date: CivilDate, since: CivilDate | null): Snapshot {
  return takeSnapshot({ accountId, date, since, ...d.rows, thresholds: thresholdsOf(d.settings) });
}

export function storedSnapshot(r: ReviewsRead, key: string): Snapshot | null {
  return decodeSnapshot(r.store.cells.get(key) ?? []);
}

/** What changed since an account's latest review, for a reader. */
export interface SinceReview {
  /** The latest review's date; null when the account has none. */
  readonly since: CivilDate | null;
  /** That review has no readable snapshot ("no snapshot for this review"). */
  readonly noSnapshot: boolean;
  readonly lines: readonly string[];
  readonly diff: ReviewDiff | null;
}

export function sinceLatestReview(
  env: Env,
  d: DossierRows,
  r: ReviewsRead,
  accountId: string,
  on: CivilDate,
  lang: Lang = env.lang,
): SinceReview {
  const last = latestReview(r.reviews, accountId, on);
  if (!last) return { since: null, noSnapshot: false, lines: [], diff: null };
  const before = storedSnapshot(r, last.key);
  if (!before) return { since: last.date, noSnapshot: true, lines: [], diff: null };
  const diff = diffSnapshots(before, snapshotNow(d, accountId, on, last.date));
  return { since: last.date, noSnapshot: false, lines: reviewLines(diff, lang), diff };
}

export const todayOf = (env: Env): CivilDate => civilOf(env.now(), env.timeZone);
