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

function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/**
 * Rows and columns of an A1 range as Range.getA1Notation() gives it: "B3", "B3:D5", whole columns "B:D"
 * (rows null) or whole rows "3:5" (columns null). Null when it is none of these.
 */
export function parseA1Range(a1: string): {
  rows: { top: number; bottom: number } | null;
  cols: { left: number; right: number } | null;
} | null {
  const m = /^\$?([A-Z]*)\$?(\d*)(?::\$?([A-Z]*)\$?(\d*))?$/i.exec(a1.trim());
  if (!m) return null;
  const [, c1 = '', r1 = '', c2 = c1, r2 = r1] = m;
  if ((c1 === '') !== (c2 === '') || (r1 === '') !== (r2 === '') || (c1 === '' && r1 === '')) return null;
  const rows = r1 ? { top: Math.min(+r1, +r2), bottom: Math.max(+r1, +r2) } : null;
  const cols = c1 ? { left: Math.min(columnNumber(c1), columnNumber(c2)), right: Math.max(columnNumber(c1), columnNumber(c2)) } : null;
  return { rows, cols };
}
