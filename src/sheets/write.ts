/**
 * What a write needs beforehand: room on the grid (a range past the sheet's
 * edge throws) and user text kept as text. One call each, whatever the rows.
 */
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The grid of a sheet insertSheet() has just made: 1,000 rows by 26 columns in Sheets (and in the local
 * runtime). A run that made the sheet knows its size without reading it, so it reads nothing after writing.
 */
export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLUMNS = 26;

/** Grows the sheet to at least `lastRow` rows; returns its row count afterwards. */
export function ensureRows(sheet: Sheet, lastRow: number): number {
  const max = sheet.getMaxRows();
  if (max >= lastRow) return max;
  sheet.insertRowsAfter(max, lastRow - max);
  return lastRow;
}

/** Grows the sheet to at least `lastColumn` columns. */
export function ensureColumns(sheet: Sheet, lastColumn: number): void {
  const max = sheet.getMaxColumns();
  if (max < lastColumn) sheet.insertColumnsAfter(max, lastColumn - max);
}

/** Text that Sheets would read as a formula (a leading = + - @) is written as text, with the apostrophe Sheets hides. */
export function literalText(s: string): string {
  return /^[=+\-@]/.test(s) ? `'${s}` : s;
}
