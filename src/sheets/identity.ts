/**
 * Column and header identity kept where users cannot erase it by accident:
 * developer metadata on the whole column (`kad.col` = schema key) and on the
 * header row (`kad.header`). Column metadata moves with inserted, deleted
 * and moved columns and survives a cleared header cell; row metadata moves
 * with inserted and deleted rows, so a deleted hidden key row shows as a
 * header row now sitting on row 1.
 * https://developers.google.com/apps-script/reference/spreadsheet/range#adddevelopermetadatakey,-value
 * https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-location#getcolumn
 */
import { wholeColumnsA1 } from '../core/a1';
import type { Ranges } from './ranges';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const COLUMN_METADATA_KEY = 'kad.col';
export const HEADER_METADATA_KEY = 'kad.header';

/** Schema key → 1-based column, from the sheet's column metadata (the first tag of a key wins). */
export function taggedColumns(sheet: Sheet): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of sheet.createDeveloperMetadataFinder().withKey(COLUMN_METADATA_KEY).find()) {
    const key = m.getValue();
    const column = m.getLocation().getColumn();
    if (key && column && !(key in out)) out[key] = column.getColumn();
  }
  return out;
}

/** The columns of `columnOf` that `tagged` does not already hold at that column, with their whole-column range. */
export function untaggedColumns(
  columnOf: Readonly<Record<string, number>>,
  tagged: Readonly<Record<string, number>>,
): { key: string; a1: string }[] {
  return Object.entries(columnOf)
    .filter(([key, col]) => tagged[key] !== col)
    .map(([key, col]) => ({ key, a1: wholeColumnsA1(col) }));
}

/** Tags each of those columns (one write each: a column's metadata has no batch). */
export function tagColumns(columns: readonly { key: string; a1: string }[], ranges: Ranges): void {
  for (const { key, a1 } of columns) ranges(a1).addDeveloperMetadata(COLUMN_METADATA_KEY, key);
}

/** The row the header row's tag sits on now, or null when it was never tagged. */
export function taggedHeaderRow(sheet: Sheet): number | null {
  const found = sheet.createDeveloperMetadataFinder().withKey(HEADER_METADATA_KEY).find()[0];
  const row = found?.getLocation().getRow();
  return row ? row.getRow() : null;
}

/** The whole-row range the header row's tag sits on. */
export const headerRowA1 = (row: number): string => `${row}:${row}`;

export function tagHeaderRow(ranges: Ranges, row: number): void {
  ranges(headerRowA1(row)).addDeveloperMetadata(HEADER_METADATA_KEY);
}
