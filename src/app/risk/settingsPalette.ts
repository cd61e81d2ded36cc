/**
 * Each colour setting's value cell is painted with the colour in use (the
 * default when the text is not a colour), so the user sees what they chose:
 * a background and a font colour per run of adjacent colour rows (one run
 * unless a user moved rows), whatever the rows.
 */
import { blockA1 } from '../../core/a1';
import { STRONG_BANDS } from '../../core/risk/colourRules';
import type { Palette } from '../../core/risk/palette';
import { colourSetting } from '../../core/risk/palette';
import { adjacentRuns } from '../../core/schema/columnPlan';
import { rangesOf } from '../../sheets/ranges';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The Settings sheet, its value column and each setting's row. */
export interface SettingCells {
  readonly sheet: Sheet;
  readonly valueCol: number;
  readonly rowOf: ReadonlyMap<string, number>;
}

export function paintPalette(cells: SettingCells, palette: Palette): void {
  const swatchAt = new Map<number, Palette[keyof Palette]>();
  for (const b of STRONG_BANDS) {
    const row = cells.rowOf.get(colourSetting(b));
    if (row !== undefined) swatchAt.set(row, palette[b]);
  }
  const runs = adjacentRuns([...swatchAt.keys()]).map((r) => ({ ...r, a1: blockA1(r.first, cells.valueCol, r.count, 1) }));
  const ranges = rangesOf(
    cells.sheet,
    runs.map((r) => r.a1),
  );
  for (const run of runs) {
    const swatches = Array.from({ length: run.count }, (_, i) => swatchAt.get(run.first + i));
    ranges(run.a1)
      .setBackgrounds(swatches.map((s) => [s?.background ?? null]))
      .setFontColors(swatches.map((s) => [s?.font ?? null]));
  }
}
