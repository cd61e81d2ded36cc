/**
 * Turns sample rows (keyed by column key, option keys, civil dates) into the
 * 2-D arrays a user's paste would put on a tab: dropdown labels in the sheet's
 * language, dates as Date objects at midnight in the spreadsheet's zone.
 * Computed columns are never written (their ARRAYFORMULA must spill), so a
 * row becomes one block per run of adjacent typed columns.
 */
import type { CivilDate } from '../../src/core/civilDate';
import { isCivilDate } from '../../src/core/civilDate';
import type { Lang } from '../../src/core/i18n';
import type { TabSpec } from '../../src/core/schema/types';
import type { SampleRow, SampleValue } from './portfolio';
import { dateOfCivil } from '../../src/sheets/dates';

export type SheetCell = string | number | Date;

export interface Block {
  /** 1-based first column of the block. */
  readonly column: number;
  readonly values: SheetCell[][];
}

/** Instants already worked out (bulk fixtures ask for the same few thousand dates again and again). */
const zoned = new Map<string, number>();

/** The instant a civil date (plus hours) begins in a time zone. */
export function zonedDate(d: CivilDate, timeZone: string, hour = 0, minute = 0): Date {
  const key = `${d} ${hour}:${minute} ${timeZone}`;
  let t = zoned.get(key);
  if (t === undefined) {
    // The product's own conversion (src/sheets/dates.ts), remembered: fixtures ask for the same dates again and again.
    t = dateOfCivil(d, timeZone, hour, minute).getTime();
    zoned.set(key, t);
  }
  return new Date(t);
}

export function cellValue(spec: TabSpec, key: string, v: SampleValue, lang: Lang, timeZone: string): SheetCell {
  if (v === null) return '';
  const col = spec.columns.find((c) => c.key === key);
  if (!col) throw new Error(`Tab ${spec.key} has no column ${key}`);
  if (col.type === 'enum' && typeof v === 'string') {
    // An option key becomes its label; anything else is kept as the user typed it.
    return col.options?.find((o) => o.key === v)?.label[lang] ?? v;
  }
  if (col.type === 'date' && typeof v === 'string' && isCivilDate(v)) return zonedDate(v, timeZone);
  return v;
}

/**
 * Blocks of adjacent typed columns covering every sample row, placed by the
 * tab's actual column positions (`columnOf`, 1-based), so a repaired sheet
 * whose columns moved is filled correctly too.
 */
export function sheetBlocks(
  spec: TabSpec,
  rows: readonly SampleRow[],
  columnOf: Readonly<Record<string, number>>,
  lang: Lang,
  timeZone: string,
): Block[] {
  const typed = spec.columns
    .filter((c) => c.type !== 'computed')
    .map((c) => ({ key: c.key, col: columnOf[c.key] }))
    .filter((c): c is { key: string; col: number } => typeof c.col === 'number')
    .sort((a, b) => a.col - b.col);
  const runs: { key: string; col: number }[][] = [];
  for (const c of typed) {
    const last = runs[runs.length - 1];
    const prev = last?.[last.length - 1];
    if (last && prev && prev.col + 1 === c.col) last.push(c);
    else runs.push([c]);
  }
  return runs.map((run) => ({
    column: (run[0] as { col: number }).col,
    values: rows.map((row) => run.map((c) => cellValue(spec, c.key, row[c.key] ?? null, lang, timeZone))),
  }));
}
