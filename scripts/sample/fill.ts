/**
 * Puts sample rows onto a dossier held by the local runtime, the way a user
 * pastes a block: one write per run of adjacent typed columns. Looking up
 * where the columns are is harness work and is not counted; the writes either
 * go through `rt.edit` (a user edit: the simple onEdit trigger runs) or, for
 * bulk benchmark data, straight into the sheet without any trigger.
 */
import type { Lang } from '../../src/core/i18n';
import { LANGS } from '../../src/core/i18n';
import type { SettingKey } from '../../src/core/schema/settings';
import type { TabSpec } from '../../src/core/schema/types';
import { FIRST_DATA_ROW, KEY_PREFIX, KEY_ROW } from '../../src/core/schema/types';
import { cellA1 } from '../../src/core/a1';
import { locateColumns } from '../../src/sheets/table';
import type { Runtime } from '../../test/runtime';
import type { SampleRow, SampleValue } from './portfolio';
import { sheetBlocks } from './sheetValues';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface FillOptions {
  readonly lang: Lang;
  readonly timeZone: string;
  /** true: each block is a user edit (onEdit runs); false: written silently. */
  readonly asUser: boolean;
}

/** The sheet playing a tab's part, by its name in any language (uncounted). */
export function tabSheet(rt: Runtime, spec: TabSpec): Sheet {
  return rt.counter.uncounted(() => {
    const ss = rt.app.getActiveSpreadsheet();
    const sheet = LANGS.map((l) => ss.getSheetByName(spec.name[l])).find((s) => s !== null) ?? null;
    if (!sheet) throw new Error(`No sheet for tab ${spec.key}`);
    return sheet;
  });
}

/** Where each schema column sits on the sheet, read from its key and header rows (uncounted). */
export function columnsOf(rt: Runtime, spec: TabSpec): Record<string, number> {
  const sheet = tabSheet(rt, spec);
  return rt.counter.uncounted(() => {
    const width = Math.max(sheet.getLastColumn(), 1);
    const [keys, labels] = sheet.getRange(KEY_ROW, 1, 2, width).getValues();
    return locateColumns(spec, keys ?? [], labels ?? []);
  });
}

/** First data row below every typed cell of the tab's schema columns (uncounted). */
export function firstEmptyRow(rt: Runtime, spec: TabSpec): number {
  const sheet = tabSheet(rt, spec);
  const columnOf = columnsOf(rt, spec);
  return rt.counter.uncounted(() => {
    const last = sheet.getLastRow();
    if (last < FIRST_DATA_ROW) return FIRST_DATA_ROW;
    const width = Math.max(sheet.getLastColumn(), 1);
    const values = sheet.getRange(FIRST_DATA_ROW, 1, last - FIRST_DATA_ROW + 1, width).getValues();
    const typed = spec.columns.filter((c) => c.type !== 'computed').map((c) => (columnOf[c.key] ?? 0) - 1);
    let lastFilled = -1;
    values.forEach((row, i) => {
      if (typed.some((c) => c >= 0 && row[c] !== '' && row[c] !== null)) lastFilled = i;
    });
    return FIRST_DATA_ROW + lastFilled + 1;
  });
}

/** Appends rows below the tab's last typed row; returns the first row written. */
export function fillRows(rt: Runtime, spec: TabSpec, rows: readonly SampleRow[], opts: FillOptions): number {
  if (rows.length === 0) return firstEmptyRow(rt, spec);
  return fillTabs(rt, [[spec, rows]], opts)[0] as number;
}

/**
 * fillRows for several tabs at once: every tab's place is read first, then every tab is written, so the
 * runtime recalculates once for all of them rather than once per tab (a read after a write recalculates
 * first). The same cells as one fillRows per tab, since no tab's first empty row depends on another's.
 * Returns each tab's first row written.
 */
export function fillTabs(rt: Runtime, tabs: readonly (readonly [TabSpec, readonly SampleRow[]])[], opts: FillOptions): number[] {
  const plans = tabs.map(([spec, rows]) => {
    const sheet = tabSheet(rt, spec);
    const start = firstEmptyRow(rt, spec);
    const name = rt.counter.uncounted(() => sheet.getName());
    const blocks = rows.length ? sheetBlocks(spec, rows, columnsOf(rt, spec), opts.lang, opts.timeZone) : [];
    const max = rt.counter.uncounted(() => sheet.getMaxRows());
    return { sheet, start, name, blocks, rows: rows.length, max };
  });
  for (const { sheet, start, name, blocks, rows, max } of plans) {
    // A paste below the grid's last row extends the grid, as Sheets does.
    const need = start + rows - 1;
    if (need > max) rt.counter.uncounted(() => sheet.insertRowsAfter(max, need - max));
    for (const block of blocks) {
      const width = block.values[0]?.length ?? 0;
      const a1 = `${cellA1(start, block.column)}:${cellA1(start + rows - 1, block.column + width - 1)}`;
      if (opts.asUser) rt.edit(name, a1, block.values);
      else rt.counter.uncounted(() => sheet.getRange(start, block.column, rows, width).setValues(block.values));
    }
  }
  return plans.map((p) => p.start);
}

/** Types setting values into the Settings tab's value cells, found by their hidden keys. */
export function fillSettings(rt: Runtime, spec: TabSpec, values: Partial<Record<SettingKey, SampleValue>>, opts: FillOptions): void {
  const sheet = tabSheet(rt, spec);
  const columnOf = columnsOf(rt, spec);
  const keyCol = columnOf['setting_key'];
  const valueCol = columnOf['value'];
  if (!keyCol || !valueCol) throw new Error('Settings tab has no key or value column');
  const name = rt.counter.uncounted(() => sheet.getName());
  const keys = rt.counter.uncounted(() =>
    sheet
      .getRange(1, keyCol, Math.max(sheet.getLastRow(), 1), 1)
      .getValues()
      .map((r) => r[0]),
  );
  for (const [key, value] of Object.entries(values)) {
    const i = keys.findIndex((k) => k === key || k === KEY_PREFIX + key);
    if (i < 0) throw new Error(`Settings tab has no row for ${key}`);
    const cell = value === null || value === undefined ? '' : value;
    if (opts.asUser) rt.edit(name, cellA1(i + 1, valueCol), [[cell]]);
    else rt.counter.uncounted(() => sheet.getRange(i + 1, valueCol).setValue(cell));
  }
}
