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
import { columnLetters } from '../core/a1';

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

/** Tags each column in `columnOf` that `tagged` does not already hold at that column. */
export function tagColumns(sheet: Sheet, columnOf: Readonly<Record<string, number>>, tagged: Readonly<Record<string, number>>): void {
  for (const [key, col] of Object.entries(columnOf)) {
    if (tagged[key] === col) continue;
    const letters = columnLetters(col);
    sheet.getRange(`${letters}:${letters}`).addDeveloperMetadata(COLUMN_METADATA_KEY, key);
  }
}

/** The row the header row's tag sits on now, or null when it was never tagged. */
export function taggedHeaderRow(sheet: Sheet): number | null {
  const found = sheet.createDeveloperMetadataFinder().withKey(HEADER_METADATA_KEY).find()[0];
  const row = found?.getLocation().getRow();
  return row ? row.getRow() : null;
}

export function tagHeaderRow(sheet: Sheet, row: number): void {
  sheet.getRange(`${row}:${row}`).addDeveloperMetadata(HEADER_METADATA_KEY);
}
