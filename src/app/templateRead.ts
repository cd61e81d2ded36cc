/**
 * The read half of "Create or repair": everything the repair checks on a
 * table tab, read before anything is written (a read after a write makes
 * Sheets flush the writes pending so far). A tab the run will insert reads
 * nothing. Then, without a service call, where every schema column goes.
 */
import type { Lang } from '../core/i18n';
import { highlightRules } from '../core/highlights';
import { settingRangeName, SETTINGS } from '../core/schema/settings';
import type { TabSpec } from '../core/schema/types';
import { FIRST_DATA_ROW, HEADER_ROW, KEY_PREFIX, KEY_ROW } from '../core/schema/types';
import type { SheetsApi } from '../sheets/api';
import { taggedColumns, taggedHeaderRow } from '../sheets/identity';
import type { FoundTab } from '../sheets/locate';
import type { OwnedProtections, ViewProtection } from '../sheets/protect';
import { readOwnedProtections, readViewProtection } from '../sheets/protect';
import { locateColumns, readUsed } from '../sheets/table';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
import { NEW_SHEET_COLUMNS, NEW_SHEET_ROWS } from '../sheets/write';
import type { RuleList } from './risk/colourRules';
import { NO_RULES, readRuleList } from './risk/colourRules';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A table tab as the read found it, and where its schema columns go. */
export interface TabState {
  readonly spec: TabSpec;
  /** The sheet found (by tag or name); null when the write inserts it. */
  readonly found: FoundTab | null;
  /** The name formulas and views quote: as the sheet is named now, or the new tab's name. */
  readonly name: string;
  /** The hidden key row had been deleted (the header's tag sits on row 1): the write puts it back. */
  readonly keyRowRestored: boolean;
  /** The header's tag was found (else the write tags row 2). */
  readonly headerTagged: boolean;
  /** Rows inserted above the header, which now sits on this row: read there, nothing is written. */
  readonly headerMovedTo?: number;
  readonly columnOf: Readonly<Record<string, number>>;
  /** Columns the column metadata already holds where they are. */
  readonly tagged: Readonly<Record<string, number>>;
  /** The key, header and first data row as they will be once the key row is back. */
  readonly keyRow: readonly unknown[];
  readonly headerRow: readonly unknown[];
  readonly anchorValues: readonly unknown[];
  readonly anchorFormulas: readonly string[];
  /** Schema columns placed anew at the right edge, and the columns restored in place. */
  readonly addedColumns: readonly string[];
  readonly reconnected: readonly string[];
  /** Columns the header spans and the grid's size after the repair. */
  readonly width: number;
  readonly maxColumns: number;
  readonly maxRows: number;
  readonly protections: OwnedProtections;
  readonly view: ViewProtection;
  readonly rules: RuleList;
  /** Settings: its rows as read (the first on `firstRow`), and the setting names whose named range exists (null: none looked up). */
  readonly rows: readonly (readonly unknown[])[];
  readonly firstRow: number;
  readonly namedRanges: ReadonlySet<string> | null;
}

/**
 * Tabs whose names the views, the export, other tabs' formulas and the highlight rules (Settings cells through
 * INDIRECT) quote: they may have been renamed.
 */
export const QUOTED_TABS = (spec: TabSpec): boolean => spec.role === 'input';

const EMPTY: readonly never[] = [];

/** A tab the write will insert: nothing to read, every column in schema order. */
function newTab(spec: TabSpec, lang: Lang): TabState {
  const columnOf = Object.fromEntries(spec.columns.map((c, i) => [c.key, i + 1]));
  return {
    spec,
    found: null,
    name: spec.name[lang],
    keyRowRestored: false,
    headerTagged: false,
    columnOf,
    tagged: {},
    keyRow: EMPTY,
    headerRow: EMPTY,
    anchorValues: EMPTY,
    anchorFormulas: EMPTY,
    addedColumns: [],
    reconnected: [],
    width: spec.columns.length,
    maxColumns: NEW_SHEET_COLUMNS,
    maxRows: NEW_SHEET_ROWS,
    protections: new Map(),
    view: null,
    rules: NO_RULES,
    rows: EMPTY,
    firstRow: FIRST_DATA_ROW,
    namedRanges: null,
  };
}

/** What a tab's read gives: rows by sheet row, the used width, and (formula tabs) the formulas of a row. */
interface Head {
  row(sheetRow: number): readonly unknown[];
  rowsFrom(sheetRow: number): readonly (readonly unknown[])[];
  formulas(sheetRow: number): readonly string[];
  readonly width: number;
  readonly lastColumn: number;
}

/**
 * Settings is read whole (its rows are the settings); any other tab only its key and header rows, and the first
 * data row where formulas sit (or the header moved down one): a tab of 10,000 rows reads three, one call more
 * than reading the whole used block but a thousandth of its cells.
 */
function readHead(sheet: Sheet, spec: TabSpec, moved: number | null, threeRows: boolean): Head {
  if (spec.key === 'settings') {
    const used = readUsed(sheet);
    return {
      row: (r) => used.values[r - 1] ?? EMPTY,
      rowsFrom: (r) => used.values.slice(r - 1),
      formulas: () => EMPTY,
      width: used.width,
      lastColumn: used.empty ? 0 : used.width,
    };
  }
  const lastColumn = sheet.getLastColumn();
  const width = Math.max(lastColumn, 1);
  const top = moved ? moved - 1 : KEY_ROW;
  const block = sheet.getRange(top, 1, threeRows && !moved ? 3 : 2, width);
  const values = block.getValues();
  let formulas: string[][] | null = null;
  return {
    row: (r) => values[r - top] ?? EMPTY,
    rowsFrom: () => EMPTY,
    formulas: (r) => (formulas ??= block.getFormulas())[r - top] ?? EMPTY,
    width,
    lastColumn,
  };
}

/** Reads one table tab: its tags, used block, protections and rules; nothing is written. */
export function readTab(ss: Spreadsheet, spec: TabSpec, found: FoundTab | null, lang: Lang, api: SheetsApi): TabState {
  if (!found) return newTab(spec, lang);
  const sheet = found.sheet;
  const headerAt = taggedHeaderRow(sheet);
  const keyRowRestored = headerAt === KEY_ROW;
  const hasFormulas = spec.columns.some((c) => c.formula);
  const moved = headerAt !== null && headerAt > HEADER_ROW ? headerAt : null;
  const used = readHead(sheet, spec, moved, hasFormulas || keyRowRestored);
  const tagged = taggedColumns(sheet);
  const name = QUOTED_TABS(spec) || moved ? sheet.getName() : spec.name[lang];
  const maxRows = spec.key === 'accounts' ? sheet.getMaxRows() : 0;
  const base = { spec, found, name, tagged, maxRows, namedRanges: null };

  if (moved) {
    // A title row above the header: located where it sits now; the write leaves this tab as it is.
    const keyRow = used.row(moved - 1);
    const headerRow = used.row(moved);
    return {
      ...base,
      keyRowRestored: false,
      headerTagged: true,
      headerMovedTo: moved,
      columnOf: locateColumns(spec, keyRow, headerRow, tagged),
      keyRow,
      headerRow,
      anchorValues: EMPTY,
      anchorFormulas: EMPTY,
      addedColumns: [],
      reconnected: [],
      width: used.width,
      maxColumns: used.width,
      protections: new Map(),
      view: 'foreign',
      rules: NO_RULES,
      rows: used.rowsFrom(moved + 1),
      firstRow: moved + 1,
    };
  }

  // Once the key row is back, what was row 1 (the header) is row 2 and every row moves down one.
  const at = (row: number): readonly unknown[] => used.row(keyRowRestored ? row - 1 : row);
  const keyRow = keyRowRestored ? EMPTY : at(KEY_ROW);
  const headerRow = at(HEADER_ROW);
  const anchorFormulas = hasFormulas ? used.formulas(keyRowRestored ? FIRST_DATA_ROW - 1 : FIRST_DATA_ROW) : [];
  const columnOf = locateColumns(spec, keyRow, headerRow, tagged);
  // Found, but not by its own key cell: the header was lost and is written back in place.
  const reconnected = spec.columns
    .filter((c) => c.key in columnOf && keyRow[(columnOf[c.key] ?? 0) - 1] !== KEY_PREFIX + c.key)
    .map((c) => c.key);
  // Missing columns go to the right of everything, so no user cell moves.
  const lastColumn = used.lastColumn;
  const addedColumns: string[] = [];
  let next = Math.max(lastColumn, ...Object.values(columnOf)) + 1;
  for (const c of spec.columns) {
    if (!(c.key in columnOf)) {
      columnOf[c.key] = next++;
      addedColumns.push(c.key);
    }
  }
  const width = Math.max(Math.max(lastColumn, 1), next - 1);
  const rules = highlightRules(spec.key, columnOf, () => null).length ? readRuleList(sheet) : NO_RULES;
  return {
    ...base,
    keyRowRestored,
    headerTagged: headerAt !== null,
    columnOf,
    keyRow,
    headerRow,
    anchorValues: at(FIRST_DATA_ROW),
    anchorFormulas,
    addedColumns,
    reconnected,
    width,
    // The grid's width is read only when columns are added beyond the used block.
    maxColumns: width > used.width ? sheet.getMaxColumns() : width,
    protections: readOwnedProtections(sheet, api),
    view: spec.role === 'output' ? readViewProtection(sheet, api) : null,
    rules,
    rows: used.rowsFrom(keyRowRestored ? FIRST_DATA_ROW - 1 : FIRST_DATA_ROW),
    firstRow: FIRST_DATA_ROW,
    namedRanges:
      spec.key === 'settings' ? new Set(SETTINGS.map((s) => settingRangeName(s.key)).filter((n) => ss.getRangeByName(n) !== null)) : null,
  };
}
