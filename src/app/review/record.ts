/**
 * "Record a review": the sidebar (Review.html) shows what changed since the
 * account's previous review before anything is saved; saving appends the
 * Reviews row (one write), stores the dossier's snapshot in the hidden
 * snapshot tab (one write) and leaves the supervisor's digest item (one
 * property). A Reviews row typed by hand gets its snapshot at the next
 * "Validate dossier" (captureTypedReviews).
 */
import { NOTES_FILE, parseNotes } from '../../core/notes';
import type { CivilDate } from '../../core/civilDate';
import { addDays, compareCivil } from '../../core/civilDate';
import type { Lang } from '../../core/i18n';
import { text, textsWithPrefix } from '../../core/i18n';
import { CAPTION } from '../../core/menuCaptions';
import { coerceEmail, parseDateText } from '../../core/parse/coerce';
import { encodeSnapshot } from '../../core/review/codec';
import type { ReviewDiff } from '../../core/review/diff';
import { diffSnapshots } from '../../core/review/diff';
import { encodeRecorded, RECORDED_PREFIX, recordedKey, recordedOf } from '../../core/review/recorded';
import { latestReview, nextKey } from '../../core/review/reviews';
import { reviewLines } from '../../core/review/wording';
import { columnSpec, tabSpec } from '../../core/schema/tabs';
import { FIRST_DATA_ROW } from '../../core/schema/types';
import { dateOfCivil } from '../../sheets/dates';
import { ensureRows, literalText } from '../../sheets/write';
import type { Env } from '../env';
import type { StoredSnapshot } from './store';
import { appendSnapshots } from './store';
import { shareOfWallet } from '../../core/wallet';
import type { DossierRows, ReviewsRead } from './world';
import { readDossierRows, readReviews, snapshotNow, storedSnapshot, todayOf } from './world';

export interface ReviewPreview {
  readonly lang: Lang;
  readonly accountIds: readonly string[];
  readonly account: string;
  readonly name: string;
  readonly date: CivilDate;
  readonly reviewer: string;
  /** The previous review's date; null for an account's first review. */
  readonly since: CivilDate | null;
  readonly noSnapshot: boolean;
  readonly lines: readonly string[];
}

export interface ReviewForm {
  readonly account?: unknown;
  readonly date?: unknown;
  readonly reviewer?: unknown;
  readonly summary?: unknown;
  readonly nextSteps?: unknown;
}

export interface ReviewSaved extends ReviewPreview {
  readonly row: number;
  readonly message: string;
}

const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
const ids = (d: DossierRows): string[] => d.rows.accounts.map((a) => str(a['account_id'])).filter((s) => s !== '');

/** The page's words (texts review.*), as a script literal that no "</script>" can end early. */
export function reviewTexts(lang: Lang): string {
  const col = (k: string): string => columnSpec(tabSpec('reviews'), k).label[lang];
  // Field names are the Reviews tab's own column labels: one wording for the tab and the form.
  const words = {
    lang,
    ...textsWithPrefix(lang, 'review.'),
    account: text(lang, 'brief.account'),
    date: col('date'),
    reviewer: col('reviewer'),
    summary: col('summary'),
    nextSteps: col('next_steps'),
    loading: text(lang, 'brief.loading'),
    noChanges: text(lang, 'brief.noChanges'),
  };
  return JSON.stringify(words).replace(/</g, '\\u003c');
}

export function showReview(env: Env, accountId: string): void {
  // A template so the page speaks the sheet's language from its first paint (as the brief does).
  env.showSidebar('Review', CAPTION.review[env.lang], {
    texts: reviewTexts(env.lang),
    account: JSON.stringify(accountId).replace(/</g, '\\u003c'),
  });
}

interface Compared {
  readonly since: CivilDate | null;
  readonly noSnapshot: boolean;
  readonly diff: ReviewDiff | null;
  readonly snapshot: ReturnType<typeof snapshotNow>;
}

/** The dossier now, as the review of `date` will store it, against the previous review's snapshot. */
function compare(d: DossierRows, r: ReviewsRead, account: string, date: CivilDate): Compared {
  const prev = latestReview(r.reviews, account, date);
  const snapshot = snapshotNow(d, account, date, prev ? prev.date : null);
  if (!prev) return { since: null, noSnapshot: false, diff: null, snapshot };
  const before = storedSnapshot(r, prev.key);
  return { since: prev.date, noSnapshot: before === null, diff: before ? diffSnapshots(before, snapshot) : null, snapshot };
}

export function reviewPreview(env: Env, accountId: string, date: string): ReviewPreview {
  const d = readDossierRows(env);
  const r = readReviews(env);
  const all = ids(d);
  const account = all.includes(accountId) ? accountId : (all[0] ?? '');
  const on = parseDateText(date) ?? todayOf(env);
  const name = str(d.rows.accounts.find((a) => str(a['account_id']) === account)?.['name']);
  const base = { lang: env.lang, accountIds: all, account, name, date: on, reviewer: env.effectiveUser() };
  if (account === '') return { ...base, since: null, noSnapshot: false, lines: [] };
  const c = compare(d, r, account, on);
  return { ...base, since: c.since, noSnapshot: c.noSnapshot, lines: c.diff ? reviewLines(c.diff, env.lang) : [] };
}

/** Document properties of reviews whose digest news is long over: removed so the store stays small. */
function dropOldNews(env: Env, today: CivilDate): void {
  const props = env.documentProperties();
  const oldest = addDays(today, -30);
  for (const k of Object.keys(props.all())) {
    if (!k.startsWith(RECORDED_PREFIX)) continue;
    const date = k.slice(RECORDED_PREFIX.length, RECORDED_PREFIX.length + 10);
    if (compareCivil(date, oldest) < 0) props.remove(k);
  }
}

/** The account's share of wallet by the Accounts formula's rule, '' when it cannot be computed. */
function sowNow(d: DossierRows, account: string): number | '' {
  const a = d.rows.accounts.find((x) => str(x['account_id']) === account);
  const n = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  return shareOfWallet(n(a?.['annual_revenue']), n(a?.['category_budget'])) ?? '';
}

function bad(lang: Lang, key: 'account' | 'date' | 'reviewer'): Error {
  return new Error(text(lang, `review.bad.${key}`));
}

export function recordReview(env: Env, form: ReviewForm): ReviewSaved {
  const lang = env.lang;
  const today = todayOf(env);
  const account = str(form.account);
  const date = parseDateText(str(form.date));
  const reviewer = coerceEmail(str(form.reviewer));
  if (date === null || compareCivil(date, today) > 0) throw bad(lang, 'date');
  if (!reviewer.ok || reviewer.value === undefined) throw bad(lang, 'reviewer');
  const lock = env.documentLock();
  // Two saves at once would pick the same row: the second waits for the first.
  if (!lock.tryLock(20 * 1000)) throw new Error(text(lang, 'review.error', { error: 'busy' }));
  try {
    const d = readDossierRows(env);
    if (!ids(d).includes(account)) throw bad(lang, 'account');
    const r = readReviews(env);
    const t = r.table;
    const spec = tabSpec('reviews');
    if (!t || spec.columns.some((c) => !t.columnOf[c.key])) throw new Error(text(lang, 'review.noTab'));
    const c = compare(d, r, account, date);

    // The Reviews row: below the last typed row, in the typed columns only (the helper columns are one ARRAYFORMULA
    // whose anchor must never be overwritten): one write, or one per run of adjacent typed columns.
    const typed = spec.columns.flatMap((col) => {
      const at = t.columnOf[col.key];
      return col.type !== 'computed' && at ? [{ key: col.key, at }] : [];
    });
    let last = -1;
    t.rows.forEach((cells, i) => {
      if (typed.some((x) => cells[x.at - 1] !== '' && cells[x.at - 1] !== null && cells[x.at - 1] !== undefined)) last = i;
    });
    const row = FIRST_DATA_ROW + last + 1;
    ensureRows(t.sheet, row);
    const value: Record<string, unknown> = {
      account,
      date: dateOfCivil(date, env.timeZone),
      reviewer: reviewer.value,
      summary: literalText(str(form.summary)),
      next_steps: literalText(str(form.nextSteps)),
      // Share of wallet as it is today, so the Reviews tab shows its trend review by review (core/wallet.ts).
      sow_at_review: sowNow(d, account),
    };
    typed.sort((a, b) => a.at - b.at);
    for (let i = 0; i < typed.length;) {
      let j = i + 1;
      while (j < typed.length && (typed[j] as { at: number }).at === (typed[j - 1] as { at: number }).at + 1) j++;
      const run = typed.slice(i, j);
      t.sheet.getRange(row, (run[0] as { at: number }).at, 1, run.length).setValues([run.map((x) => value[x.key] ?? '')]);
      i = j;
    }

    const key = nextKey(r.reviews, { account, date, reviewer: reviewer.value });
    appendSnapshots(env.spreadsheet, lang, r.store, [{ account, date, key, chunks: encodeSnapshot(c.snapshot) }], env.sheetsApi, () =>
      parseNotes(env.projectHtml(NOTES_FILE), lang),
    );
    const news = recordedOf(account, date, reviewer.value, c.diff);
    env.documentProperties().set(recordedKey(news), encodeRecorded(news));
    dropOldNews(env, today);

    const name = str(d.rows.accounts.find((a) => str(a['account_id']) === account)?.['name']);
    return {
      lang,
      accountIds: ids(d),
      account,
      name,
      date,
      reviewer: reviewer.value,
      since: c.since,
      noSnapshot: c.noSnapshot,
      lines: c.diff ? reviewLines(c.diff, lang) : [],
      row,
      message: text(lang, 'review.saved', { date, row }),
    };
  } finally {
    lock.release();
  }
}

/** A typed review is captured only while the dossier can still be what the reviewer saw. */
export const CAPTURE_DAYS = 7;

/**
 * Reviews typed by hand: each account's latest review, dated within CAPTURE_DAYS, that has no snapshot gets one of
 * the dossier now (one write for all). Older rows keep "no snapshot for this review": a snapshot of today's dossier
 * under an old date would be false. Reads only Reviews and the snapshot tab unless there is something to capture.
 */
export function captureTypedReviews(env: Env, read?: ReviewsRead): number {
  const today = todayOf(env);
  const r = read ?? readReviews(env);
  const accounts = [...new Set(r.reviews.map((x) => x.account))];
  const todo = accounts
    .map((a) => latestReview(r.reviews, a, today))
    .filter(
      (x): x is NonNullable<typeof x> =>
        x !== null && !r.store.cells.has(x.key) && compareCivil(x.date, addDays(today, -CAPTURE_DAYS)) >= 0,
    );
  if (todo.length === 0) return 0;
  const d = readDossierRows(env);
  const known = new Set(ids(d));
  const items: StoredSnapshot[] = [];
  const news: Record<string, string> = {};
  for (const rev of todo) {
    if (!known.has(rev.account)) continue;
    const others = r.reviews.filter((x) => x.key !== rev.key);
    const c = compare(d, { ...r, reviews: others }, rev.account, rev.date);
    items.push({ account: rev.account, date: rev.date, key: rev.key, chunks: encodeSnapshot(c.snapshot) });
    const n = recordedOf(rev.account, rev.date, rev.reviewer, c.diff);
    news[recordedKey(n)] = encodeRecorded(n);
  }
  if (items.length === 0) return 0;
  appendSnapshots(env.spreadsheet, env.lang, r.store, items, env.sheetsApi, () => parseNotes(env.projectHtml(NOTES_FILE), env.lang));
  env.documentProperties().setMany(news);
  return items.length;
}
