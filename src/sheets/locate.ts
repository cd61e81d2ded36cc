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

/** Up to this many tabs are searched one by one; more in one search of every tab tag. */
const FEW_TABS = 3;

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

export interface FoundTab {
  readonly sheet: Sheet;
  /** Found by its tag; false when found by its name (it gets the tag then). */
  readonly byTag: boolean;
}

export interface TabsFound {
  readonly found: ReadonlyMap<string, FoundTab>;
  /** The keys looked for (a key not among them was not looked for, rather than not found). */
  readonly wanted: ReadonlySet<string>;
  /** The workbook's sheets and their names, read only when a tab was not found by its tag. */
  readonly sheets: readonly { readonly sheet: Sheet; readonly name: string }[] | null;
}

/**
 * Several tabs in one pass, as findTabSheet finds one: one search of the tab tags (then each tag's value and
 * sheet), and, only when a tab has no tag, the sheet list and each sheet's name. A sheet is matched by name in
 * the order of LANGS, as getSheetByName is asked by findTabSheet.
 */
export function locateTabs(ss: Spreadsheet, wanted: readonly { readonly key: string; readonly name: Label }[]): TabsFound {
  const keys = new Set(wanted.map((w) => w.key));
  const found = new Map<string, FoundTab>();
  const tagged = (m: GoogleAppsScript.Spreadsheet.DeveloperMetadata | undefined, key: string): void => {
    const sheet = m?.getLocation().getSheet();
    if (sheet) found.set(key, { sheet, byTag: true });
  };
  if (wanted.length <= FEW_TABS) {
    // A search per tab: no tag of the workbook's other tabs is read.
    for (const w of wanted) tagged(ss.createDeveloperMetadataFinder().withKey(TAB_METADATA_KEY).withValue(w.key).find()[0], w.key);
  } else {
    // One search for them all (a search per tab would cost as much, and one per tab when nothing is tagged yet).
    for (const m of ss.createDeveloperMetadataFinder().withKey(TAB_METADATA_KEY).find()) {
      const key = m.getValue();
      if (key !== null && keys.has(key) && !found.has(key)) tagged(m, key);
    }
  }
  const missing = wanted.filter((w) => !found.has(w.key));
  if (!missing.length) return { found, wanted: keys, sheets: null };
  const sheets = ss.getSheets().map((sheet) => ({ sheet, name: sheet.getName() }));
  // Sheets matches names case-insensitively, as getSheetByName does.
  const folded = sheets.map((x) => ({ ...x, lower: x.name.toLowerCase() }));
  for (const w of missing) {
    for (const lang of LANGS) {
      const byName = folded.find((x) => x.lower === w.name[lang].toLowerCase());
      if (byName) {
        found.set(w.key, { sheet: byName.sheet, byTag: false });
        break;
      }
    }
  }
  return { found, wanted: keys, sheets };
}

/** A new sheet named in `lang` at `index`, tagged with `key` (two writes). */
export function insertTab(ss: Spreadsheet, key: string, name: Label, lang: Lang, index: number): Sheet {
  const sheet = ss.insertSheet(name[lang], index);
  sheet.addDeveloperMetadata(TAB_METADATA_KEY, key);
  return sheet;
}

/** Inserts a missing tab first or last, counting the sheets itself (no read after the run has written). */
export type TabInserter = (key: string, name: Label, at: 'first' | 'last') => Sheet;

/** An inserter for tabs located by locateTabs: it knows the sheet count whenever a tab was missing. */
export function tabInserter(ss: Spreadsheet, tabs: TabsFound, lang: Lang): TabInserter {
  let count = tabs.sheets?.length ?? null;
  return (key, name, at) => {
    count ??= ss.getNumSheets();
    const sheet = insertTab(ss, key, name, lang, at === 'first' ? 0 : count);
    count++;
    return sheet;
  };
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
