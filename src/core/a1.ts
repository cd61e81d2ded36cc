/** 1-based column number to A1 letters: 1 → A, 27 → AA. */
export function columnLetters(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** A1 address of one cell. */
export function cellA1(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/** Quotes a sheet name for use in formulas and links: 'Our view'!A1. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** A1 address of a block: rows × columns from (row, column); one cell is just its address. */
export function blockA1(row: number, column: number, rows = 1, columns = 1): string {
  const first = cellA1(row, column);
  return rows === 1 && columns === 1 ? first : `${first}:${cellA1(row + rows - 1, column + columns - 1)}`;
}

/** Columns from `row` down to the sheet's last row, whatever it is: 'C3:E' (Sheets resolves it when asked). */
export function toEndA1(row: number, column: number, columns = 1): string {
  return `${cellA1(row, column)}:${columnLetters(column + columns - 1)}`;
}

/** Whole columns: 'C:C' (column developer metadata lives on such a range). */
export function wholeColumnsA1(column: number, columns = 1): string {
  return `${columnLetters(column)}:${columnLetters(column + columns - 1)}`;
}
