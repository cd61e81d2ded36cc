/**
 * Finds the sheet that plays a tab's part. Tabs are tagged with sheet-level
 * developer metadata (key `kad.tab`), so a renamed tab is still found; the
 * names in both languages are tried first because that costs one call.
 */
import { LANGS } from '../core/i18n';
import type { TabKey } from '../core/schema/types';
import type { Label, Lang } from '../core/i18n';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const TAB_METADATA_KEY = 'kad.tab';

export function findTabSheet(ss: Spreadsheet, key: TabKey | string, name: Label): Sheet | null {
  for (const lang of LANGS) {
    const byName = ss.getSheetByName(name[lang]);
    if (byName) return byName;
  }
  const found = ss.createDeveloperMetadataFinder().withKey(TAB_METADATA_KEY).withValue(key).find();
  const first = found[0];
  return first ? first.getLocation().getSheet() : null;
}

/** The sheet that plays a tab's part; when there is none, a new one named in `lang` and tagged with `key`. */
export function findOrInsertTab(
  ss: Spreadsheet,
  key: TabKey | string,
  name: Label,
  lang: Lang,
  at: 'first' | 'last',
): { sheet: Sheet; created: boolean } {
  const found = findTabSheet(ss, key, name);
  if (found) return { sheet: found, created: false };
  const sheet = ss.insertSheet(name[lang], at === 'first' ? 0 : ss.getNumSheets());
  sheet.addDeveloperMetadata(TAB_METADATA_KEY, key);
  return { sheet, created: true };
}
