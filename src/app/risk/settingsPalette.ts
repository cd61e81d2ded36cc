/**
 * The risk palette from Settings, read once per run. Each colour setting's
 * value cell (found by its named range) is painted with the colour in use,
 * the default when the text is not a colour, so the user sees what they
 * chose; three settings, so the calls are constant.
 */
import type { Palette } from '../../core/risk/palette';
import { colourSetting, paletteOf } from '../../core/risk/palette';
import { STRONG_BANDS } from '../../core/risk/colourRules';
import { settingRangeName } from '../../core/schema/settings';
import type { Settings } from '../../core/settingsValues';
import { readSettings } from '../../sheets/settings';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function settingsPalette(ss: Spreadsheet, settings: Settings = readSettings(ss)): Palette {
  const palette = paletteOf(settings);
  for (const b of STRONG_BANDS) {
    ss.getRangeByName(settingRangeName(colourSetting(b)))
      ?.setBackground(palette[b].background)
      .setFontColor(palette[b].font);
  }
  return palette;
}
