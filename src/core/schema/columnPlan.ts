/**
 * What a table tab's columns need on the sheet, as blocks: number formats and
 * wrapping by runs of adjacent columns with the same value, one validation
 * rule per column that has one, widths by runs of equal width, formulas by
 * runs of adjacent computed columns. The template writes these blocks, and the
 * bench's physical minimum (scripts/minimum.ts) counts them, from the schema
 * alone.
 */
import type { SettingSpec } from './settings';
import type { ColumnSpec, TabSpec } from './types';

/** Adjacent 1-based columns: first, first + 1, ... first + count - 1. */
export interface ColumnRun {
  readonly first: number;
  readonly count: number;
}

/** Runs of adjacent columns among the given ones, left to right. */
export function adjacentRuns(cols: readonly number[]): ColumnRun[] {
  const sorted = [...new Set(cols)].sort((a, b) => a - b);
  const runs: { first: number; count: number }[] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.first + last.count === c) last.count++;
    else runs.push({ first: c, count: 1 });
  }
  return runs;
}

/** Columns grouped by value, each group as its runs of adjacent columns (one write per value), by first column. */
export function runsByValue<V extends string | number>(
  cells: readonly { col: number; value: V | null }[],
): { value: V; runs: ColumnRun[] }[] {
  const cols = new Map<V, number[]>();
  for (const { col, value } of [...cells].sort((a, b) => a.col - b.col)) {
    if (value === null) continue;
    cols.set(value, [...(cols.get(value) ?? []), col]);
  }
  return [...cols].map(([value, c]) => ({ value, runs: adjacentRuns(c) }));
}

/** Runs of adjacent columns holding one value (a gap or another value starts a new run), left to right. */
export function sameValueRuns<V extends string | number>(cells: readonly { col: number; value: V }[]): { value: V; run: ColumnRun }[] {
  const out: { value: V; run: { first: number; count: number } }[] = [];
  for (const { col, value } of [...cells].sort((a, b) => a.col - b.col)) {
    const last = out[out.length - 1];
    if (last && last.value === value && last.run.first + last.run.count === col) last.run.count++;
    else out.push({ value, run: { first: col, count: 1 } });
  }
  return out;
}

/** Number format per column type; '@' keeps text as typed (no formulas, no "+370" turning into a number). */
export function numberFormatFor(col: ColumnSpec): string | null {
  if (col.type === 'computed' && col.yields === 'text') return null;
  const t = col.type === 'computed' ? col.yields : col.type;
  switch (t) {
    case 'date':
      return 'yyyy-mm-dd';
    case 'money':
      return '#,##0';
    case 'integer':
      return '0';
    case 'percent':
      return '0.0%';
    case 'number':
      return '#,##0.##';
    case 'text':
    case 'longtext':
    case 'email':
    case 'enum':
    case 'accountRef':
      return '@';
    default:
      return null;
  }
}

/**
 * The native data-validation rule a column gets (sheets/dataValidation.ts builds it), or null for none. A
 * dependent dropdown's list follows another cell of its row: app/dependentLists.ts sets it per row.
 */
export type RuleKind = 'list' | 'accountRef' | 'email' | 'date' | 'nonNegative' | 'fraction';

export function ruleKindFor(col: ColumnSpec): RuleKind | null {
  if (col.dependent) return null;
  switch (col.type) {
    case 'enum':
      return 'list';
    case 'accountRef':
      return 'accountRef';
    case 'email':
      return 'email';
    case 'date':
      return 'date';
    case 'money':
    case 'integer':
    case 'number':
      return 'nonNegative';
    case 'percent':
      return 'fraction';
    default:
      return null;
  }
}

/** A width for a column placed by the add-on (a width the user chose is never touched). */
export const columnWidth = (c: ColumnSpec): number => c.width ?? (c.type === 'longtext' ? 300 : 140);

export interface PlacedColumn {
  readonly spec: ColumnSpec;
  readonly col: number;
}

export interface ColumnPlan {
  /** Runs of adjacent schema columns: the header is written per run, never over a user's column in between. */
  readonly headerRuns: readonly ColumnRun[];
  /** Data-row number formats: one write per format value. */
  readonly formats: readonly { value: string; runs: readonly ColumnRun[] }[];
  /** Data-row wrapping (long text), one write for all runs. */
  readonly wraps: readonly ColumnRun[];
  /** Columns with a data-validation rule (input tabs other than Settings, whose rows are typed per row). */
  readonly validated: readonly (PlacedColumn & { readonly kind: RuleKind })[];
  /** Computed columns: protected, and their formula sits on the first data row. */
  readonly computed: readonly PlacedColumn[];
  /** Runs of adjacent computed columns that have a formula: one formula write per run. */
  readonly formulaRuns: readonly ColumnRun[];
}

/** The blocks of a tab whose schema columns sit at `columnOf` (every schema column placed). */
export function columnPlan(spec: TabSpec, columnOf: Readonly<Record<string, number>>): ColumnPlan {
  const placed: PlacedColumn[] = spec.columns.map((c) => ({ spec: c, col: columnOf[c.key] ?? 0 })).filter((p) => p.col > 0);
  const rowsTyped = spec.key === 'settings';
  const computed = placed.filter((p) => p.spec.type === 'computed');
  return {
    headerRuns: adjacentRuns(placed.map((p) => p.col)),
    formats: rowsTyped ? [] : runsByValue(placed.map((p) => ({ col: p.col, value: numberFormatFor(p.spec) }))),
    wraps: rowsTyped ? [] : adjacentRuns(placed.filter((p) => p.spec.type === 'longtext').map((p) => p.col)),
    validated:
      rowsTyped || spec.role !== 'input'
        ? []
        : placed.flatMap((p) => {
            const kind = ruleKindFor(p.spec);
            return kind ? [{ ...p, kind }] : [];
          }),
    computed,
    formulaRuns: adjacentRuns(computed.filter((p) => p.spec.formula).map((p) => p.col)),
  };
}

/** Widths of newly placed columns, by runs of adjacent columns of equal width (one call each). */
export function widthRuns(placed: readonly PlacedColumn[]): { value: number; run: ColumnRun }[] {
  return sameValueRuns(placed.map((p) => ({ col: p.col, value: columnWidth(p.spec) })));
}

/** A Settings value cell's number format, by the setting's type. */
export function settingFormat(s: SettingSpec): string {
  if (s.type === 'percent') return '0%';
  if (s.type === 'money') return '#,##0';
  return s.type === 'text' || s.type === 'enum' || s.type === 'colour' ? '@' : '0';
}

/**
 * Whether a Settings value cell gets a data-validation rule: a list or a number range. Colours are checked by
 * "Validate dossier" (a pattern rule needs REGEXMATCH, which HyperFormula lacks); free text has none.
 */
export const settingHasRule = (s: SettingSpec): boolean => s.type !== 'text' && s.type !== 'colour';
