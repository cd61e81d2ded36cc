/**
 * The runtime's internal spreadsheet state (not handed to the bundle).
 * Cell values live in HyperFormula; everything else a cell carries lives
 * here in per-sheet sparse row arrays that move with inserted/deleted rows
 * and columns.
 */
import type { GridRect } from './a1';

export interface FormulaInfo {
  /** The formula as the script wrote it (Sheets syntax). */
  text: string;
  /** HyperFormula's text when `text` was last known to match it; undefined = unchanged since written. */
  hfText?: string;
  /** True when the formula had an open-ended range we bounded. */
  openEnded: boolean;
}

export interface BorderSpec {
  top: boolean | null;
  left: boolean | null;
  bottom: boolean | null;
  right: boolean | null;
  vertical: boolean | null;
  horizontal: boolean | null;
  color: string | null;
  style: string | null;
}

export interface DataValidationData {
  criteria: string;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
  /** For VALUE_IN_RANGE: the source range, kept in step with structural edits. */
  source?: TrackedRange;
}

/** A validation applied to a cell: the rule and the cell's offset from the rule's anchor (for relative formulas). */
export interface ValidationRef {
  rule: DataValidationData;
  dr: number;
  dc: number;
}

export interface CellMeta {
  numberFormat?: string;
  note?: string;
  background?: string;
  fontWeight?: string;
  fontColor?: string;
  fontStyle?: string;
  fontLine?: string;
  fontFamily?: string;
  fontSize?: number;
  hAlign?: string;
  vAlign?: string;
  wrap?: string;
  border?: BorderSpec;
  validation?: ValidationRef;
  formula?: FormulaInfo;
}

export interface CfFormat {
  background?: string | null;
  fontColor?: string | null;
  bold?: boolean | null;
  italic?: boolean | null;
  strikethrough?: boolean | null;
  underline?: boolean | null;
}

export interface CfRuleData {
  ranges: TrackedRange[];
  condition: { type: string; values: unknown[] } | null;
  format: CfFormat;
}

export interface ChartData {
  id: number;
  type: string;
  ranges: TrackedRange[];
  options: Map<string, unknown>;
  position: { anchorRow: number; anchorCol: number; offsetX: number; offsetY: number };
}

export interface SheetModel {
  gid: number;
  hfId: number;
  name: string;
  maxRows: number;
  maxCols: number;
  frozenRows: number;
  frozenCols: number;
  colWidths: (number | undefined)[];
  rowHeights: (number | undefined)[];
  hiddenRows: (boolean | undefined)[];
  hiddenCols: (boolean | undefined)[];
  tabColor: string | null;
  hidden: boolean;
  cells: ((CellMeta | undefined)[] | undefined)[];
  cfRules: CfRuleData[];
  charts: ChartData[];
  deleted: boolean;
}

/** A rectangle that follows row/column inserts and deletes (named ranges, protections, rules, metadata). */
export class TrackedRange implements GridRect {
  valid = true;
  constructor(
    public sheet: SheetModel,
    public row: number,
    public col: number,
    public numRows: number,
    public numCols: number,
  ) {}

  rect(): GridRect {
    return { row: this.row, col: this.col, numRows: this.numRows, numCols: this.numCols };
  }

  contains(row: number, col: number): boolean {
    return this.valid && row >= this.row && row < this.row + this.numRows && col >= this.col && col < this.col + this.numCols;
  }

  /** n > 0: n lines inserted before line `at` (1-based); n < 0: -n lines deleted starting at `at`. */
  shift(dim: 'row' | 'col', at: number, n: number): void {
    const startKey = dim === 'row' ? 'row' : 'col';
    const lenKey = dim === 'row' ? 'numRows' : 'numCols';
    const start = this[startKey];
    const end = start + this[lenKey] - 1;
    if (n > 0) {
      if (at <= start) this[startKey] = start + n;
      else if (at <= end) this[lenKey] += n;
      return;
    }
    const d0 = at;
    const d1 = at - n - 1;
    if (d1 < start) {
      this[startKey] = start + n;
      return;
    }
    if (d0 > end) return;
    const overlap = Math.min(end, d1) - Math.max(start, d0) + 1;
    const len = this[lenKey] - overlap;
    if (len <= 0) {
      this.valid = false;
      return;
    }
    this[startKey] = Math.min(start, d0);
    this[lenKey] = len;
  }
}

export interface ProtectionData {
  id: number;
  type: 'RANGE' | 'SHEET';
  range: TrackedRange;
  description: string;
  warningOnly: boolean;
  editors: string[];
  domainEdit: boolean;
  unprotected: TrackedRange[];
  removed: boolean;
}

export type MetadataLocation =
  { type: 'SPREADSHEET' } | { type: 'SHEET'; sheet: SheetModel } | { type: 'ROW' | 'COLUMN'; range: TrackedRange };

export interface MetadataData {
  id: number;
  key: string;
  value: string | null;
  visibility: string;
  location: MetadataLocation;
  removed: boolean;
}

export interface NamedRangeData {
  name: string;
  range: TrackedRange;
}

/**
 * A copy of a sheet's cell metadata rows for Runtime.snapshot() (the hot part of a workbook's state): a
 * cell's metadata is flat but for its formula (changed in place, so copied), its validation (a per-cell
 * offset to a rule shared by a range: the rule goes through `copy`, which keeps it shared) and its border
 * (shared by a range, replaced whole, never changed in place: through `copy` too). Holes stay holes.
 */
export function copyCells(rows: SheetModel['cells'], copy: <V>(v: V) => V): SheetModel['cells'] {
  const out: SheetModel['cells'] = new Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    if (!(r in rows)) continue;
    const row = rows[r];
    if (!row) {
      out[r] = row;
      continue;
    }
    const copied: (CellMeta | undefined)[] = new Array(row.length);
    for (let c = 0; c < row.length; c++) {
      if (!(c in row)) continue;
      const m = row[c];
      if (!m) {
        copied[c] = m;
        continue;
      }
      const x: CellMeta = { ...m };
      if (m.formula) x.formula = { ...m.formula };
      if (m.validation) x.validation = { ...m.validation, rule: copy(m.validation.rule) };
      if (m.border) x.border = copy(m.border);
      copied[c] = x;
    }
    out[r] = copied;
  }
  return out;
}
