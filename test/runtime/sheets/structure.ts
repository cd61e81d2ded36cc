/**
 * Row and column inserts/deletes. HyperFormula rewrites formula references
 * (addRows/removeRows...), the sparse per-cell state is spliced the same way,
 * and tracked ranges (named ranges, protections, rules, metadata) shift.
 */
import { boundOpenRanges, unboundOpenRanges } from './formulaText';
import { maxRowsLookup } from './cells';
import { sheetsError } from './errors';
import type { SheetModel } from './store';
import type { Workbook } from './workbook';

function spliceInsert<T>(arr: T[], at0: number, n: number): void {
  if (at0 >= arr.length) return;
  arr.splice(at0, 0, ...(new Array(n) as T[]));
}

function spliceDelete<T>(arr: T[], at0: number, n: number): void {
  if (at0 >= arr.length) return;
  arr.splice(at0, n);
}

function afterStructureChange(wb: Workbook, sheet: SheetModel, dim: 'row' | 'col', at: number, n: number): void {
  for (const t of wb.tracked) if (t.sheet === sheet) t.shift(dim, at, n);
  wb.pruneInvalid();
  wb.syncNamedRanges();
  wb.version++;
}

/**
 * Appending rows below the last one does not stretch ranges in HF, but
 * Sheets' open-ended A2:A now reaches further: re-bound those formulas.
 */
function rebindOpenRanges(wb: Workbook, sheet: SheetModel, oldMaxRows: number): void {
  for (const { sheet: s, row, col, info } of wb.formulaCells()) {
    if (!info.openEnded) continue;
    const current = wb.engine.formula(s.hfId, row - 1, col - 1);
    if (current === undefined) continue;
    const sheetsText = unboundOpenRanges(current, maxRowsLookup(wb, s, { sheet, maxRows: oldMaxRows }));
    const { text } = boundOpenRanges(sheetsText, maxRowsLookup(wb, s));
    if (text !== current) {
      wb.engine.setContents(s.hfId, row - 1, col - 1, [[text]]);
      info.hfText = wb.engine.formula(s.hfId, row - 1, col - 1) ?? text;
      info.text = sheetsText;
    }
  }
}

/** Inserts n rows before 1-based row `before` (before = maxRows + 1 appends). */
export function insertRows(wb: Workbook, sheet: SheetModel, before: number, n: number): void {
  if (before < 1 || before > sheet.maxRows + 1) throw sheetsError('Those rows are out of bounds.');
  if (n < 1) throw sheetsError('The number of rows to insert must be at least 1.');
  wb.snapshotFormulas();
  const oldMax = sheet.maxRows;
  wb.engine.addRows(sheet.hfId, before - 1, n);
  spliceInsert(sheet.cells, before - 1, n);
  spliceInsert(sheet.rowHeights, before - 1, n);
  spliceInsert(sheet.hiddenRows, before - 1, n);
  sheet.maxRows += n;
  afterStructureChange(wb, sheet, 'row', before, n);
  if (before > oldMax) rebindOpenRanges(wb, sheet, oldMax);
}

export function deleteRows(wb: Workbook, sheet: SheetModel, start: number, n: number): void {
  if (start < 1 || n < 1 || start + n - 1 > sheet.maxRows) throw sheetsError('Those rows are out of bounds.');
  if (sheet.maxRows - n <= sheet.frozenRows) throw sheetsError('Sorry, it is not possible to delete all non-frozen rows.');
  wb.snapshotFormulas();
  wb.engine.removeRows(sheet.hfId, start - 1, n);
  spliceDelete(sheet.cells, start - 1, n);
  spliceDelete(sheet.rowHeights, start - 1, n);
  spliceDelete(sheet.hiddenRows, start - 1, n);
  sheet.maxRows -= n;
  afterStructureChange(wb, sheet, 'row', start, -n);
}

export function insertColumns(wb: Workbook, sheet: SheetModel, before: number, n: number): void {
  if (before < 1 || before > sheet.maxCols + 1) throw sheetsError('Those columns are out of bounds.');
  if (n < 1) throw sheetsError('The number of columns to insert must be at least 1.');
  wb.snapshotFormulas();
  wb.engine.addColumns(sheet.hfId, before - 1, n);
  for (const row of sheet.cells) if (row) spliceInsert(row, before - 1, n);
  spliceInsert(sheet.colWidths, before - 1, n);
  spliceInsert(sheet.hiddenCols, before - 1, n);
  sheet.maxCols += n;
  afterStructureChange(wb, sheet, 'col', before, n);
}

export function deleteColumns(wb: Workbook, sheet: SheetModel, start: number, n: number): void {
  if (start < 1 || n < 1 || start + n - 1 > sheet.maxCols) throw sheetsError('Those columns are out of bounds.');
  if (sheet.maxCols - n <= sheet.frozenCols) throw sheetsError('Sorry, it is not possible to delete all non-frozen columns.');
  wb.snapshotFormulas();
  wb.engine.removeColumns(sheet.hfId, start - 1, n);
  for (const row of sheet.cells) if (row) spliceDelete(row, start - 1, n);
  spliceDelete(sheet.colWidths, start - 1, n);
  spliceDelete(sheet.hiddenCols, start - 1, n);
  sheet.maxCols -= n;
  afterStructureChange(wb, sheet, 'col', start, -n);
}
