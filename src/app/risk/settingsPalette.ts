/**
 * The risk palette from the Settings tab, in one read of the tab. Each
 * colour setting's value cell is painted with the colour in use (the
 * default when the text is not a colour), so the user sees what they chose;
 * three settings, so the calls are constant.
 */
import type { Palette, StrongBand } from '../../core/risk/palette';
import { COLOUR_SETTING, DEFAULT_PALETTE, paletteOf } from '../../core/risk/palette';
import { tabSpec } from '../../core/schema/tabs';
import { FIRST_DATA_ROW } from '../../core/schema/types';
import { parseSettings } from '../../core/settingsValues';
import { findTabSheet } from '../../sheets/locate';
import { readTable } from '../../sheets/table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function settingsPalette(ss: Spreadsheet): Palette {
  const spec = tabSpec('settings');
  const sheet = findTabSheet(ss, spec.key, spec.name);
  if (!sheet) return DEFAULT_PALETTE;
  const t = readTable(sheet, spec);
  const palette = paletteOf(parseSettings(t.rows, t.columnOf));
  const keyCol = t.columnOf['setting_key'];
  const valueCol = t.columnOf['value'];
  if (!keyCol || !valueCol) return palette;
  const keys = t.rows.map((r) => String(r[keyCol - 1] ?? '').trim());
  for (const band of Object.keys(COLOUR_SETTING) as StrongBand[]) {
    const i = keys.indexOf(COLOUR_SETTING[band]); // the first row of a key wins, as in parseSettings
    if (i >= 0) sheet.getRange(FIRST_DATA_ROW + i, valueCol).setBackground(palette[band].background).setFontColor(palette[band].font);
  }
  return palette;
}
