/**
 * A1 notation: column letters, parsing "'Sheet name'!A1:B2", "A:A", "A3:B",
 * "1:2", and printing grid ranges back. Rows and columns are 1-based here,
 * as in the Apps Script API.
 */

export interface GridRect {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

/** A parsed A1 reference; an undefined bound is open (whole column/row). */
export interface ParsedA1 {
  sheetName?: string;
  startRow?: number;
  startCol?: number;
  endRow?: number;
  endCol?: number;
}

export function colToLetters(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function lettersToCol(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Quotes a sheet name for use in formulas and A1 text when Sheets would. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function cellA1(row: number, col: number, absolute = false): string {
  const d = absolute ? '$' : '';
  return `${d}${colToLetters(col)}${d}${row}`;
}

export function rectToA1(r: GridRect, absolute = false): string {
  const start = cellA1(r.row, r.col, absolute);
  if (r.numRows === 1 && r.numCols === 1) return start;
  return `${start}:${cellA1(r.row + r.numRows - 1, r.col + r.numCols - 1, absolute)}`;
}

/** Apps Script's message for A1 text it cannot resolve. */
export const RANGE_NOT_FOUND = 'Range not found';

const PART = /^(\$?[A-Za-z]{1,3})?(\$?\d+)?$/;

function parsePart(p: string): { row?: number; col?: number } | null {
  const m = PART.exec(p);
  if (!m || (!m[1] && !m[2])) return null;
  const out: { row?: number; col?: number } = {};
  if (m[1]) out.col = lettersToCol(m[1].replace('$', ''));
  if (m[2]) out.row = Number(m[2].replace('$', ''));
  return out;
}

/** Parses A1 text; returns null when it is not a valid reference. */
export function parseA1(text: string): ParsedA1 | null {
  let rest = text.trim();
  const out: ParsedA1 = {};
  const bang = rest.lastIndexOf('!');
  if (bang >= 0) {
    let name = rest.slice(0, bang);
    if (name.startsWith("'") && name.endsWith("'") && name.length >= 2) name = name.slice(1, -1).replace(/''/g, "'");
    out.sheetName = name;
    rest = rest.slice(bang + 1);
  }
  const [a, b, extra] = rest.split(':');
  if (a === undefined || extra !== undefined) return null;
  const s = parsePart(a);
  if (!s) return null;
  if (b === undefined) {
    if (s.row === undefined || s.col === undefined) return null;
    return { ...out, startRow: s.row, startCol: s.col, endRow: s.row, endCol: s.col };
  }
  const e = parsePart(b);
  if (!e) return null;
  // "A:B" and "1:2" need both ends of the same kind; "A3:B" (open end row) is allowed.
  if (s.col === undefined && e.col !== undefined) return null;
  if (s.row === undefined && e.row !== undefined && s.col !== undefined) return null;
  return { ...out, startRow: s.row, startCol: s.col, endRow: e.row, endCol: e.col };
}

/** Resolves a parsed reference against a sheet's grid size. */
export function resolveA1(p: ParsedA1, maxRows: number, maxCols: number): GridRect {
  const r1 = p.startRow ?? 1;
  const c1 = p.startCol ?? 1;
  const r2 = p.endRow ?? (p.startRow !== undefined && p.endCol === undefined && p.startCol === undefined ? p.startRow : maxRows);
  const c2 = p.endCol ?? maxCols;
  const row = Math.min(r1, r2);
  const col = Math.min(c1, c2);
  return { row, col, numRows: Math.abs(r2 - r1) + 1, numCols: Math.abs(c2 - c1) + 1 };
}
