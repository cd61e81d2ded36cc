/**
 * Reads a table tab in one call: the hidden key row, the header row and all
 * data rows come back from a single getValues, and columns are located by
 * their stable key (falling back to the header label in any language).
 */
import { foldLabel, LANGS } from '../core/i18n';
import type { TabSpec } from '../core/schema/types';
import { FIRST_DATA_ROW, HEADER_ROW, KEY_PREFIX, KEY_ROW } from '../core/schema/types';
import { taggedColumns } from './identity';
import { findTabSheet } from './locate';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface TableData {
  readonly sheet: Sheet;
  /** 1-based column of each schema key found on the sheet. */
  readonly columnOf: Readonly<Record<string, number>>;
  /** Data rows (from FIRST_DATA_ROW), full sheet width, as getValues returns them. */
  readonly rows: readonly (readonly unknown[])[];
  /** The key and header rows as read. */
  readonly keyRow: readonly unknown[];
  readonly headerRow: readonly unknown[];
  readonly width: number;
  /** Sheet row of rows[0]: FIRST_DATA_ROW unless rows were inserted above the header (a title row). */
  readonly firstRow: number;
}

/** How far down the key row sits: 0 normally, n after n rows were inserted above it (searched in what was read). */
export function keyRowShift(spec: TabSpec, values: readonly (readonly unknown[])[]): number {
  const keys = new Set(spec.columns.map((c) => KEY_PREFIX + c.key));
  const isKeyRow = (r: readonly unknown[] | undefined) => (r ?? []).some((v) => typeof v === 'string' && keys.has(v));
  if (isKeyRow(values[KEY_ROW - 1])) return 0;
  for (let i = KEY_ROW; i < Math.min(values.length, 10); i++) if (isKeyRow(values[i])) return i - (KEY_ROW - 1);
  return 0;
}

/**
 * Locates each schema column: by its column metadata when given (it survives a cleared header), then by the
 * hidden key row, then by the header label in any language.
 */
export function locateColumns(
  spec: TabSpec,
  keyRow: readonly unknown[],
  headerRow: readonly unknown[],
  tagged: Readonly<Record<string, number>> = {},
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of spec.columns) {
    const at = tagged[c.key];
    if (at !== undefined && !Object.values(out).includes(at)) out[c.key] = at;
  }
  const taken = new Set(Object.values(out));
  keyRow.forEach((v, i) => {
    if (taken.has(i + 1)) return;
    if (typeof v === 'string' && v.startsWith(KEY_PREFIX)) {
      const key = v.slice(KEY_PREFIX.length);
      if (spec.columns.some((c) => c.key === key) && !(key in out)) out[key] = i + 1;
    }
  });
  for (const c of spec.columns) {
    if (c.key in out) continue;
    const labels = new Set(LANGS.map((l) => foldLabel(c.label[l])));
    const i = headerRow.findIndex((v, j) => typeof v === 'string' && labels.has(foldLabel(v)) && !Object.values(out).includes(j + 1));
    if (i >= 0) out[c.key] = i + 1;
  }
  return out;
}

/**
 * The used block from A1 in two calls (its extent and its values), padded to the key and header rows when the
 * sheet holds less: what getRange(1, 1, max(lastRow, 2), max(lastColumn, 1)) would read, one call fewer.
 */
export function readUsed(sheet: Sheet): { range: GoogleAppsScript.Spreadsheet.Range; values: unknown[][]; width: number; empty: boolean } {
  const range = sheet.getDataRange();
  const values = range.getValues();
  const width = Math.max(values[0]?.length ?? 0, 1);
  // getDataRange is A1 on a sheet without content (getLastRow and getLastColumn are 0 then).
  const empty = values.length === 1 && width === 1 && (values[0]?.[0] === '' || values[0]?.[0] === null);
  while (values.length < HEADER_ROW) values.push(Array.from({ length: width }, () => ''));
  return { range, values, width, empty };
}

export function readTable(sheet: Sheet, spec: TabSpec): TableData {
  const { values, width } = readUsed(sheet);
  const shift = keyRowShift(spec, values);
  const keyRow = values[KEY_ROW - 1 + shift] ?? [];
  const headerRow = values[HEADER_ROW - 1 + shift] ?? [];
  let columnOf = locateColumns(spec, keyRow, headerRow);
  // A header cleared by accident: the column metadata still knows the column (one extra call, only then).
  if (spec.columns.some((c) => !(c.key in columnOf))) columnOf = locateColumns(spec, keyRow, headerRow, taggedColumns(sheet));
  return {
    sheet,
    columnOf,
    rows: values.slice(FIRST_DATA_ROW - 1 + shift),
    keyRow,
    headerRow,
    width,
    firstRow: FIRST_DATA_ROW + shift,
  };
}

/** The tab's table in one read, or null when the workbook has no sheet for the tab. */
export function findTable(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, spec: TabSpec): TableData | null {
  const sheet = findTabSheet(ss, spec.key, spec.name);
  return sheet ? readTable(sheet, spec) : null;
}
