/**
 * The hidden "Review snapshots" tab: one row per review (account, date, the
 * review's identity, up to four chunks of snapshot text). Read in one call;
 * a save appends one row in one write, as plain text so Sheets parses nothing.
 */
import type { Lang } from '../../core/i18n';
import { tabSpec } from '../../core/schema/tabs';
import { FIRST_DATA_ROW } from '../../core/schema/types';
import { findTable } from '../../sheets/table';
import { ensureRows } from '../../sheets/write';
import { ensureOneTab } from '../template';
import type { SheetsApi } from '../../sheets/api';
import type { Notes } from '../../core/notes';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const SPEC = tabSpec('snapshots');
const CHUNKS = ['chunk_1', 'chunk_2', 'chunk_3', 'chunk_4'] as const;

export interface SnapshotStore {
  readonly sheet: Sheet | null;
  readonly columnOf: Readonly<Record<string, number>>;
  /** Review identity → its chunk cells (a later row for the same review wins). */
  readonly cells: ReadonlyMap<string, readonly unknown[]>;
  /** Where the next row goes. */
  readonly nextRow: number;
}

export function readSnapshotStore(ss: Spreadsheet): SnapshotStore {
  const t = findTable(ss, SPEC);
  if (!t) return { sheet: null, columnOf: {}, cells: new Map(), nextRow: FIRST_DATA_ROW };
  const cells = new Map<string, unknown[]>();
  const keyCol = t.columnOf['review_key'];
  if (keyCol) {
    for (const r of t.rows) {
      const key = r[keyCol - 1];
      if (typeof key !== 'string' || key === '') continue;
      cells.set(
        key,
        CHUNKS.map((c) => {
          const col = t.columnOf[c];
          return col ? r[col - 1] : '';
        }),
      );
    }
  }
  return { sheet: t.sheet, columnOf: t.columnOf, cells, nextRow: FIRST_DATA_ROW + t.rows.length };
}

export interface StoredSnapshot {
  readonly account: string;
  readonly date: string;
  readonly key: string;
  /** encodeSnapshot's output: 1 to 4 strings of at most 50,000 characters. */
  readonly chunks: readonly string[];
}

/** Appends rows below the last one: one format call and one write for all of them. Returns the first row written. */
export function appendSnapshots(
  ss: Spreadsheet,
  lang: Lang,
  store: SnapshotStore,
  items: readonly StoredSnapshot[],
  api: SheetsApi,
  notes: () => Notes,
): number {
  let { sheet, columnOf } = store;
  if (!sheet || SPEC.columns.some((c) => !columnOf[c.key])) {
    // A workbook from before reviews kept snapshots (or a damaged tab): make or repair the tab first, once.
    const place = ensureOneTab(ss, SPEC, lang, api, notes());
    sheet = place.sheet;
    columnOf = place.columnOf;
  }
  const width = Math.max(...SPEC.columns.map((c) => columnOf[c.key] ?? 0));
  const first = store.nextRow;
  ensureRows(sheet, first + items.length - 1);
  const block = items.map((it) => {
    const row: string[] = Array.from({ length: width }, () => '');
    const put = (key: string, v: string): void => {
      const at = columnOf[key];
      if (at) row[at - 1] = v;
    };
    put('account', it.account);
    put('review_date', it.date);
    put('review_key', it.key);
    it.chunks.forEach((c, i) => put(CHUNKS[i] as string, c));
    return row;
  });
  // Plain text first: a date, a number or a leading "=" stays exactly as written.
  sheet.getRange(first, 1, items.length, width).setNumberFormat('@').setValues(block);
  return first;
}
