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
