/**
 * Reads and parses every input tab: one getValues per tab (readTable), then
 * everything else is pure. Tabs that are missing are simply absent.
 */
import type { Issue } from '../../core/parse/issue';
import type { ParsedTab } from '../../core/parse/parseTab';
import { parseTab } from '../../core/parse/parseTab';
import { INPUT_TABS } from '../../core/schema/tabs';
import type { TabKey } from '../../core/schema/types';
import type { Settings } from '../../core/settingsValues';
import { DEFAULT_SETTINGS, parseSettingsChecked } from '../../core/settingsValues';
import { civilOf } from '../../sheets/dates';
import type { TableData } from '../../sheets/table';
import { findTable } from '../../sheets/table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface TabLayout {
  readonly sheet: Sheet;
  readonly columnOf: Readonly<Record<string, number>>;
}

export interface DossierRead {
  readonly tabs: Partial<Record<TabKey, ParsedTab>>;
  readonly layout: Partial<Record<TabKey, TabLayout>>;
  readonly settings: Settings;
  /** The tables as read (null: no such tab), for the steps that read them too (typed reviews). */
  readonly tables: Partial<Record<TabKey, TableData | null>>;
  /** Cell-level problems of every tab, Settings included. */
  readonly issues: readonly Issue[];
}

export function readDossier(ss: Spreadsheet, timeZone: string): DossierRead {
  const zoneCivil = (d: Date) => civilOf(d, timeZone);
  const tabs: Partial<Record<TabKey, ParsedTab>> = {};
  const layout: Partial<Record<TabKey, TabLayout>> = {};
  const issues: Issue[] = [];
  const tables: Partial<Record<TabKey, TableData | null>> = {};
  let settings = DEFAULT_SETTINGS;
  for (const spec of INPUT_TABS) {
    const table = findTable(ss, spec);
    tables[spec.key] = table;
    if (!table) continue;
    layout[spec.key] = { sheet: table.sheet, columnOf: table.columnOf };
    if (spec.key === 'settings') {
      const r = parseSettingsChecked(table.rows, table.columnOf);
      settings = r.settings;
      issues.push(...r.issues);
      continue;
    }
    const parsed = parseTab(spec, table.rows, { columnOf: table.columnOf, civilOf: zoneCivil, firstRow: table.firstRow });
    tabs[spec.key] = parsed;
    issues.push(...parsed.issues);
  }
  return { tabs, layout, settings, tables, issues };
}
