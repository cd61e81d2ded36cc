/**
 * Reading and writing cell contents: what setValues/setFormulas store (user-
 * entered parsing, dates as serials in the spreadsheet time zone, '=' text as
 * formulas) and what getValues/getDisplayValues/getFormulas return.
 * https://developers.google.com/apps-script/reference/spreadsheet/range#getvalues
 */
import type { RawCellContent } from 'hyperformula';
import type { GridRect } from './a1';
import type { EngineValue } from './formulaEngine';
import { boundOpenRanges, unboundOpenRanges } from './formulaText';
import type { FormulaInfo, SheetModel } from './store';
import {
  dateToSerial,
  isDate,
  formatForDisplay,
  isDateTimeFormat,
  isPlainTextFormat,
  localeDateFormat,
  localeDateTimeFormat,
  parseUserEntered,
  serialToDate,
  wallClock,
} from './values';
import type { Workbook } from './workbook';

/** Row count lookup used to bound open-ended ranges (undefined sheet = the formula's own). */
export function maxRowsLookup(wb: Workbook, own: SheetModel, override?: { sheet: SheetModel; maxRows: number }) {
  return (name: string | undefined): number | undefined => {
    const s = name === undefined ? own : wb.sheetByName(name);
    if (!s) return undefined;
    return override && override.sheet === s ? override.maxRows : s.maxRows;
  };
}

interface Prepared {
  content: RawCellContent;
  formula?: FormulaInfo;
  format?: string;
}

function isMidnight(d: Date, tz: string): boolean {
  const w = wallClock(d, tz);
  return w.hour === 0 && w.minute === 0 && w.second === 0 && w.ms === 0;
}

/** Converts one script value into what the cell stores. */
function prepare(wb: Workbook, sheet: SheetModel, v: unknown, currentFormat: string | undefined): Prepared {
  if (v === null || v === undefined || v === '') return { content: null };
  if (typeof v === 'number') return { content: Number.isFinite(v) ? v : '#NUM!' };
  if (typeof v === 'boolean') return { content: v };
  if (isDate(v)) {
    if (Number.isNaN(v.getTime())) return { content: null };
    const tz = wb.ctx.timeZone;
    const format =
      currentFormat && currentFormat !== 'General'
        ? undefined
        : isMidnight(v, tz)
          ? localeDateFormat(wb.ctx.locale)
          : localeDateTimeFormat(wb.ctx.locale);
    return { content: dateToSerial(v, tz), format };
  }
  const s = String(v);
  // A cell formatted as plain text keeps typed text verbatim, even '=...' or digits.
  if (isPlainTextFormat(currentFormat)) return { content: `'${s}` };
  if (s.startsWith('=') && s.length > 1) {
    const { text, openEnded } = boundOpenRanges(s, maxRowsLookup(wb, sheet));
    return { content: text, formula: { text: s, openEnded } };
  }
  if (s.startsWith("'")) return { content: s };
  const p = parseUserEntered(s, wb.ctx.locale);
  if (typeof p.value === 'string') return { content: `'${p.value}` };
  let format: string | undefined;
  if (p.format && (!currentFormat || currentFormat === 'General' || isDateTimeFormat(p.format) !== isDateTimeFormat(currentFormat)))
    format = p.format;
  return { content: p.value, format };
}

/**
 * Writes a 2D block of script values starting at (row, col), as setValues does. Cells that would get the
 * content they already hold (a repair writing back the same headers and formulas) are left out of the
 * formula engine's write: nothing to parse again, recompute or undo.
 */
export function writeValues(wb: Workbook, sheet: SheetModel, row: number, col: number, data: readonly (readonly unknown[])[]): void {
  const raw: RawCellContent[][] = [];
  /** Per row, the first and last column offsets whose content changes (-1 when none). */
  const spans: [number, number][] = [];
  for (let i = 0; i < data.length; i++) {
    const src = data[i]!;
    const out: RawCellContent[] = new Array(src.length);
    const metaRow = sheet.cells[row - 1 + i];
    let first = -1;
    let last = -1;
    for (let j = 0; j < src.length; j++) {
      const m = metaRow?.[col - 1 + j];
      const p = prepare(wb, sheet, src[j], m?.numberFormat);
      out[j] = p.content;
      // The engine holds a formula as its Sheets text bounded to the sheets' present sizes (structural edits
      // keep it so), hence comparing the Sheets text is enough.
      const same = p.formula
        ? m?.formula !== undefined && formulaText(wb, sheet, row + i, col + j) === p.formula.text
        : m?.formula === undefined && wb.engine.holdsValue(sheet.hfId, row - 1 + i, col - 1 + j, p.content);
      if (!same) {
        if (first < 0) first = j;
        last = j;
      }
      if (p.formula || p.format || m?.formula) {
        const meta = m ?? wb.metaForWrite(sheet, row + i, col + j);
        if (p.formula) meta.formula = p.formula;
        else delete meta.formula;
        if (p.format) meta.numberFormat = p.format;
      }
    }
    raw.push(out);
    spans.push([first, last]);
  }
  // Consecutive rows changing the same columns go to the engine as one block.
  for (let i = 0; i < raw.length;) {
    const [first, last] = spans[i]!;
    let end = i + 1;
    while (end < raw.length && spans[end]![0] === first && spans[end]![1] === last) end++;
    if (first >= 0) {
      const block = raw.slice(i, end).map((r) => (first === 0 && last === r.length - 1 ? r : r.slice(first, last + 1)));
      wb.engine.setContents(sheet.hfId, row - 1 + i, col - 1 + first, block);
    }
    i = end;
  }
  wb.version++;
}

/** Clears contents (values and formulas) of a rectangle. */
export function clearContents(wb: Workbook, sheet: SheetModel, rect: GridRect): void {
  const blank = Array.from({ length: rect.numRows }, () => new Array<null>(rect.numCols).fill(null));
  writeValues(wb, sheet, rect.row, rect.col, blank);
}

function engineValues(wb: Workbook, sheet: SheetModel, rect: GridRect): EngineValue[][] {
  return wb.engine.getValues(sheet.hfId, rect.row - 1, rect.col - 1, rect.numRows, rect.numCols);
}

/** The number format that decides how a cell reads: explicit, else inferred from a formula's result type. */
export function effectiveFormat(wb: Workbook, sheet: SheetModel, row: number, col: number): string | undefined {
  const m = wb.meta(sheet, row, col);
  if (m?.numberFormat) return m.numberFormat;
  if (!m?.formula) return undefined;
  switch (wb.engine.numberKind(sheet.hfId, row - 1, col - 1)) {
    case 'date':
      return localeDateFormat(wb.ctx.locale);
    case 'datetime':
      return localeDateTimeFormat(wb.ctx.locale);
    case 'time':
      return 'H:mm:ss';
    case 'percent':
      return '0%';
    default:
      return undefined;
  }
}

/** getValues: numbers, booleans, strings ('' when empty), Dates for date-formatted numbers. */
export function readValues(wb: Workbook, sheet: SheetModel, rect: GridRect): unknown[][] {
  const vals = engineValues(wb, sheet, rect);
  const tz = wb.ctx.timeZone;
  return vals.map((r, i) =>
    r.map((v, j) => {
      if (v === null) return '';
      if (typeof v !== 'number') return v;
      const metaRow = sheet.cells[rect.row - 1 + i];
      const m = metaRow?.[rect.col - 1 + j];
      if (!m) return v;
      const fmt = m.formula && !m.numberFormat ? effectiveFormat(wb, sheet, rect.row + i, rect.col + j) : m.numberFormat;
      return isDateTimeFormat(fmt) ? serialToDate(v, tz) : v;
    }),
  );
}

export function readDisplayValues(wb: Workbook, sheet: SheetModel, rect: GridRect): string[][] {
  const vals = engineValues(wb, sheet, rect);
  return vals.map((r, i) =>
    r.map((v, j) => formatForDisplay(v, typeof v === 'number' ? effectiveFormat(wb, sheet, rect.row + i, rect.col + j) : undefined)),
  );
}

/** Raw engine value of one cell (numbers stay serials): what rules and validation compare. */
export function rawValue(wb: Workbook, sheet: SheetModel, row: number, col: number): EngineValue {
  return engineValues(wb, sheet, { row, col, numRows: 1, numCols: 1 })[0]?.[0] ?? null;
}

/** The Sheets-syntax formula of an anchor cell, re-derived from HF if a structural edit rewrote it. */
export function formulaText(wb: Workbook, sheet: SheetModel, row: number, col: number): string {
  const info = wb.meta(sheet, row, col)?.formula;
  if (!info) return '';
  if (info.hfText === undefined) return info.text;
  const current = wb.engine.formula(sheet.hfId, row - 1, col - 1) ?? '';
  if (current !== info.hfText) {
    info.text = info.openEnded ? unboundOpenRanges(current, maxRowsLookup(wb, sheet)) : current;
    info.hfText = current;
  }
  return info.text;
}

export function readFormulas(wb: Workbook, sheet: SheetModel, rect: GridRect): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < rect.numRows; i++) {
    const row: string[] = new Array(rect.numCols).fill('');
    const metaRow = sheet.cells[rect.row - 1 + i];
    if (metaRow)
      for (let j = 0; j < rect.numCols; j++)
        if (metaRow[rect.col - 1 + j]?.formula) row[j] = formulaText(wb, sheet, rect.row + i, rect.col + j);
    out.push(row);
  }
  return out;
}

/** Last row / column holding a value, a formula or spilled output (0 when the sheet is empty). */
export function usedExtent(wb: Workbook, sheet: SheetModel): { lastRow: number; lastCol: number } {
  const vals = wb.engine.sheetValues(sheet.hfId);
  let lastRow = 0;
  let lastCol = 0;
  for (let r = 0; r < vals.length; r++) {
    const row = vals[r]!;
    for (let c = row.length - 1; c >= 0; c--) {
      if (row[c] !== null || sheet.cells[r]?.[c]?.formula) {
        lastRow = r + 1;
        if (c + 1 > lastCol) lastCol = c + 1;
        break;
      }
    }
  }
  return { lastRow, lastCol };
}
