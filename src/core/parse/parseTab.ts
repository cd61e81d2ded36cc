/**
 * Parses a block of sheet rows of one tab into typed rows and located
 * issues. Blank rows (nothing typed; computed cells aside) are skipped.
 * Nothing here throws on a cell value: whatever a cell holds, it becomes a
 * value or an issue.
 */
import type { TabSpec } from '../schema/types';
import { FIRST_DATA_ROW, HEADER_ROW } from '../schema/types';
import type { CellProblem } from './coerce';
import { isEmptyCell, numberAsTextHint } from './coerce';
import type { Issue } from './issue';
import { showValue } from './issue';
import type { CellValue, ZoneCivil } from './rowSchema';
import { columnSchema } from './rowSchema';

export interface ParsedRow {
  /** 1-based sheet row. */
  readonly row: number;
  /** Typed value per column key; null when empty or invalid. */
  readonly values: Readonly<Record<string, CellValue>>;
  /** Raw values as read, per column key (for messages and for rules that show what was typed). */
  readonly raw: Readonly<Record<string, unknown>>;
  /** Column keys whose value was rejected. */
  readonly invalid: ReadonlySet<string>;
}

export interface ParsedTab {
  readonly spec: TabSpec;
  readonly rows: readonly ParsedRow[];
  readonly issues: readonly Issue[];
  /** Schema columns not found on the sheet. */
  readonly missingColumns: readonly string[];
}

export interface ParseOptions {
  /** 1-based column of each schema key on the sheet (TableData.columnOf). */
  readonly columnOf: Readonly<Record<string, number>>;
  /** Sheet row of rows[0]; FIRST_DATA_ROW unless parsing an edited block. */
  readonly firstRow?: number;
  /** Date → calendar day in the spreadsheet's zone (sheets/dates civilOf bound to the zone). */
  readonly civilOf: ZoneCivil;
}

/** A parsed text, option key, e-mail or date cell; null when empty or invalid. */
export function str(row: ParsedRow, key: string): string | null {
  const v = row.values[key];
  return typeof v === 'string' ? v : null;
}

/** A parsed number cell; null when empty or invalid. */
export function num(row: ParsedRow, key: string): number | null {
  const v = row.values[key];
  return typeof v === 'number' ? v : null;
}

export function parseTab(spec: TabSpec, rows: readonly (readonly unknown[])[], opts: ParseOptions): ParsedTab {
  const firstRow = opts.firstRow ?? FIRST_DATA_ROW;
  const columns = spec.columns.map((c) => ({ spec: c, index: (opts.columnOf[c.key] ?? 0) - 1, schema: columnSchema(c, opts.civilOf) }));
  const present = columns.filter((c) => c.index >= 0);
  const missingColumns = columns.filter((c) => c.index < 0).map((c) => c.spec.key);
  const typed = present.filter((c) => c.spec.type !== 'computed');
  const out: ParsedRow[] = [];
  const issues: Issue[] = [];

  rows.forEach((cells, i) => {
    if (typed.every((c) => isEmptyCell(cells[c.index]))) return;
    const row = firstRow + i;
    const raw: Record<string, unknown> = {};
    const values: Record<string, CellValue> = {};
    const invalid = new Set<string>();
    // Column by column rather than one z.object: the object wrapper costs ten times more per row, and a bad
    // cell must not cost the row's good values.
    for (const c of columns) {
      if (c.index < 0) {
        values[c.spec.key] = null;
        continue;
      }
      const v = cells[c.index];
      raw[c.spec.key] = v;
      const r = c.schema.safeParse(v);
      if (r.success) {
        values[c.spec.key] = r.data;
        continue;
      }
      values[c.spec.key] = null;
      invalid.add(c.spec.key);
      const code = (r.error.issues[0]?.message ?? 'required') as CellProblem;
      issues.push({
        severity: 'error',
        code,
        tab: spec.key,
        row,
        column: c.spec.key,
        value: showValue(v, opts.civilOf), // showValue itself words an invalid Date
        params: code === 'numberAsText' ? { number: numberAsTextHint(v, c.spec.type === 'percent') } : {},
      });
    }
    out.push({ row, values, raw, invalid });
  });
  for (const key of missingColumns) {
    if (spec.columns.find((c) => c.key === key)?.type === 'computed') continue;
    issues.push({ severity: 'error', code: 'missingColumn', tab: spec.key, row: HEADER_ROW, column: key, value: '', params: {} });
  }
  return { spec, rows: out, issues, missingColumns };
}
