/**
 * Finds the sheet that plays a tab's part. Tabs are tagged with sheet-level
 * developer metadata (key `kad.tab`), which is tried first: a renamed tab is
 * still found, and beats a new empty sheet that took its old name. A tab
 * never tagged (made by hand, or before tags) is found by its name in either
 * language.
 */
import { LANGS } from '../core/i18n';
import type { TabKey } from '../core/schema/types';
import type { Label, Lang } from '../core/i18n';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const TAB_METADATA_KEY = 'kad.tab';

export function findTabSheet(ss: Spreadsheet, key: TabKey | string, name: Label): Sheet | null {
  const tagged = ss.createDeveloperMetadataFinder().withKey(TAB_METADATA_KEY).withValue(key).find();
  const first = tagged[0];
  if (first) return first.getLocation().getSheet();
  for (const lang of LANGS) {
    const byName = ss.getSheetByName(name[lang]);
    if (byName) return byName;
  }
  return null;
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
