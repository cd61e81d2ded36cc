/**
 * Range.sort / Sheet.sort: reorders the rows of a rectangle by key columns.
 * Only cells inside the rectangle move (as in Sheets); formats move with
 * their cells and relative references in moved formulas shift by the move.
 * Ordering follows Sheets: numbers < text < booleans, blanks last, text
 * compared case-insensitively.
 */
import type { RawCellContent } from 'hyperformula';
import type { GridRect } from './a1';
import { formulaText, maxRowsLookup } from './cells';
import { boundOpenRanges, shiftRelative } from './formulaText';
import type { CellMeta, SheetModel } from './store';
import type { Workbook } from './workbook';

export function sortRect(wb: Workbook, sheet: SheetModel, rect: GridRect, specs: { column: number; ascending: boolean }[]): void {
  if (rect.numRows < 2) return;
  const values = wb.engine.getValues(sheet.hfId, rect.row - 1, rect.col - 1, rect.numRows, rect.numCols);
  const rank = (v: unknown): number => (v === null || v === '' ? 3 : typeof v === 'number' ? 0 : typeof v === 'boolean' ? 2 : 1);
  const order = values.map((_, i) => i);
  order.sort((a, b) => {
    for (const { column, ascending } of specs) {
      const va = values[a]![column - rect.col] ?? null;
      const vb = values[b]![column - rect.col] ?? null;
      const ra = rank(va);
      const rb = rank(vb);
      if (ra !== rb) return ra - rb;
      if (ra === 3) continue;
      const cmp =
        typeof va === 'number' && typeof vb === 'number'
          ? va - vb
          : String(va).localeCompare(String(vb), undefined, { sensitivity: 'base' });
      if (cmp !== 0) return ascending ? cmp : -cmp;
    }
    return a - b;
  });
  if (order.every((src, i) => src === i)) return;
  // Capture contents (formula text or raw value) and meta of each source row.
  const contents: RawCellContent[][] = [];
  const metas: (CellMeta | undefined)[][] = [];
  for (let i = 0; i < rect.numRows; i++) {
    const row: RawCellContent[] = [];
    const metaRow: (CellMeta | undefined)[] = [];
    for (let j = 0; j < rect.numCols; j++) {
      const r = rect.row + i;
      const c = rect.col + j;
      const m = wb.meta(sheet, r, c);
      const v = values[i]![j] ?? null;
      if (m?.formula) row.push(formulaText(wb, sheet, r, c));
      else row.push(typeof v === 'string' ? `'${v}` : v);
      metaRow.push(m);
    }
    contents.push(row);
    metas.push(metaRow);
  }
  const out: RawCellContent[][] = [];
  order.forEach((src, dst) => {
    const dr = dst - src;
    const row = contents[src]!.map((c) => (typeof c === 'string' && c.startsWith('=') ? shiftRelative(c, dr, 0) : c));
    out.push(row);
    let target = sheet.cells[rect.row - 1 + dst];
    if (!target) target = sheet.cells[rect.row - 1 + dst] = [];
    metas[src]!.forEach((m, j) => {
      const moved = m ? { ...m } : undefined;
      if (moved?.formula) moved.formula = { text: String(row[j]), openEnded: moved.formula.openEnded };
      target[rect.col - 1 + j] = moved;
    });
  });
  // Formulas go to HF with open-ended ranges bounded again.
  const lookup = maxRowsLookup(wb, sheet);
  const hfRows = out.map((r) => r.map((c) => (typeof c === 'string' && c.startsWith('=') ? boundOpenRanges(c, lookup).text : c)));
  wb.engine.setContents(sheet.hfId, rect.row - 1, rect.col - 1, hfRows);
  wb.version++;
}
