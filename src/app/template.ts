/**
 * "Create or repair dossier": makes every tab the schema describes and puts
 * back whatever is missing (a deleted tab, header, rule, format, note or
 * setting) without deleting, moving or changing a single user-entered cell.
 * Calls are per tab and per column, never per row.
 */
import { optionLabel } from '../core/domain';
import type { Lang } from '../core/i18n';
import { text } from '../core/i18n';
import type { OtherColumn } from '../core/formulas';
import { computedFormula, dataColumn, quotedSheet } from '../core/formulas';
import { SETTINGS, settingRangeName } from '../core/schema/settings';
import { TABLE_TABS } from '../core/schema/tabs';
import type { ColumnSpec, TabKey, TabSpec } from '../core/schema/types';
import type { Settings } from '../core/settingsValues';
import { DEFAULT_SETTINGS, parseSettings } from '../core/settingsValues';
import { FIRST_DATA_ROW, HEADER_ROW, KEY_PREFIX, KEY_ROW } from '../core/schema/types';
import { columnLetters } from '../core/a1';
import type { SettingCell } from '../core/highlights';
import { highlightRules } from '../core/highlights';
import { replaceOwnRules } from './risk/colourRules';
import { findOrInsertTab, TAB_METADATA_KEY } from '../sheets/locate';
import type { SheetsApi } from '../sheets/api';
import { protectOwnedRanges, protectView } from '../sheets/protect';
import { taggedColumns, taggedHeaderRow, tagColumns, tagHeaderRow } from '../sheets/identity';
import type { TableData } from '../sheets/table';
import { locateColumns, readTable } from '../sheets/table';
import type { Notes } from '../core/notes';
import { dataValidationFor, numberFormatFor } from '../sheets/dataValidation';
import { applyDependentRules, ensureListsTab } from './dependentLists';
import { ensureColumns } from '../sheets/write';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export interface TabReport {
  readonly tab: string;
  readonly created: boolean;
  /** Schema columns that were missing and were added at the right edge. */
  readonly addedColumns: readonly string[];
  /** Computed columns whose formula cell held user data, left untouched. */
  readonly blockedFormulas: readonly string[];
  /** Columns whose header was lost and was restored in place (found by column metadata or label). */
  readonly reconnected: readonly string[];
  /** The hidden key row had been deleted and was put back above the header. */
  readonly keyRowRestored: boolean;
  /** Rows were inserted above the header, which now sits on this row: read there, nothing rewritten. */
  readonly headerMovedTo?: number;
}

/** Where a tab's schema columns sit, and (once Accounts is done) the account-id range for dropdowns. */
export interface TabPlace {
  readonly sheet: Sheet;
  readonly columnOf: Readonly<Record<string, number>>;
  readonly accountIds: Range | null;
  /** Columns the header spans and rows the sheet has, as the repair left them. */
  readonly width: number;
  readonly maxRows: number;
}

export interface TemplateResult {
  readonly tabs: readonly TabReport[];
  /** Where each tab's schema columns sit, for the steps that follow. */
  readonly layout: Readonly<Record<string, TabPlace>>;
  /** Settings as read while repairing the Settings tab (added rows hold the defaults). */
  readonly settings: Settings;
}

const HEADER_BACKGROUND = '#e8eaed';

export function createOrRepairTemplate(ss: Spreadsheet, lang: Lang, api: SheetsApi, notes: Notes): TemplateResult {
  const tabs: TabReport[] = [];
  const layout: Record<string, TabPlace> = {};
  let settings = DEFAULT_SETTINGS;
  let settingCell: SettingCell = () => null;
  const fresh = ss.getSheets();
  for (const spec of TABLE_TABS) {
    const { report, place } = ensureTab(ss, spec, lang, layout, api, notes);
    layout[spec.key] = place;
    tabs.push(report);
    if (spec.key === 'settings') {
      const read = report.headerMovedTo
        ? settingsAsFound(place.sheet, readTable(place.sheet, spec), place.columnOf)
        : ensureSettingRows(ss, place.sheet, spec, lang, place.columnOf, api, notes);
      settings = read.settings;
      settingCell = read.cell;
    }
  }
  // Formulas last: one tab's formula may read another tab (next review due reads Reviews).
  const other = (tab: TabKey, key: string): string => {
    const place = layout[tab] as TabPlace;
    return `${quotedSheet(place.sheet.getName())}!${dataColumn(columnLetters(place.columnOf[key] as number))}`;
  };
  const withFormulas = tabs.map((report, i) => {
    const spec = TABLE_TABS[i] as TabSpec;
    const place = layout[spec.key] as TabPlace;
    if (report.headerMovedTo) return report;
    return { ...report, blockedFormulas: writeFormulas(place.sheet, spec, lang, place.columnOf, other) };
  });
  // Overdue highlights (plan items, stale attitudes) as conditional formats; Accounts' rules are the risk step's.
  for (const [i, spec] of TABLE_TABS.entries()) {
    const place = layout[spec.key] as TabPlace;
    if (tabs[i]?.headerMovedTo) continue;
    const rules = highlightRules(spec.key, place.columnOf, settingCell);
    if (rules.length) replaceOwnRules(place.sheet, rules, api);
  }
  // Dependent dropdowns (the plan's method follows its approach): the hidden Lists tab, then each row's rule.
  if (ensureListsTab(ss, lang, api)) {
    for (const [i, spec] of TABLE_TABS.entries()) {
      const place = layout[spec.key] as TabPlace;
      if (!tabs[i]?.headerMovedTo)
        applyDependentRules(ss, place.sheet, spec, place.columnOf, place.maxRows - FIRST_DATA_ROW + 1, api, notes);
    }
  }
  removeUntouchedDefaultSheet(ss, fresh);
  return { tabs: withFormulas, layout, settings };
}

/** Only some of the tabs, repaired the same way (a rollup file needs Settings and the Notices log, not a dossier). */
export function ensureTabs(ss: Spreadsheet, lang: Lang, keys: readonly string[], api: SheetsApi, notes: Notes): void {
  const layout: Record<string, TabPlace> = {};
  for (const spec of TABLE_TABS) {
    if (!keys.includes(spec.key)) continue;
    const { place } = ensureTab(ss, spec, lang, layout, api, notes);
    layout[spec.key] = place;
    if (spec.key === 'settings') ensureSettingRows(ss, place.sheet, spec, lang, place.columnOf, api, notes);
  }
}

function ensureTab(
  ss: Spreadsheet,
  spec: TabSpec,
  lang: Lang,
  layout: Readonly<Record<string, TabPlace>>,
  api: SheetsApi,
  notes: Notes,
): { report: TabReport; place: TabPlace } {
  const { sheet, created } = findOrInsertTab(ss, spec.key, spec.name, lang, 'last');
  // A tab found by its name gets the tag too, so it is still found once renamed.
  if (!created && sheet.createDeveloperMetadataFinder().withKey(TAB_METADATA_KEY).find().length === 0) {
    sheet.addDeveloperMetadata(TAB_METADATA_KEY, spec.key);
  }

  // The header row's tag sits on row 1 when the hidden key row was deleted: put an empty row back above it,
  // so the header is not rewritten over the first data row and no data row is styled as a header.
  const headerAt = created ? null : taggedHeaderRow(sheet);
  const keyRowRestored = headerAt === KEY_ROW;
  if (keyRowRestored) sheet.insertRowBefore(KEY_ROW);
  if (headerAt === null) tagHeaderRow(sheet, HEADER_ROW);
  // Rows inserted above the header (a title row): the header and data are read where they now sit, and
  // nothing is rewritten, so no data row is styled as a header and the user's rows stay where they put them.
  if (headerAt !== null && headerAt > HEADER_ROW) return movedHeader(sheet, spec, lang, headerAt);

  // One read of the key and header rows across the used width; column metadata first.
  const lastColumn = sheet.getLastColumn();
  const usedWidth = Math.max(lastColumn, 1);
  const headValues = sheet.getRange(KEY_ROW, 1, 2, usedWidth).getValues();
  const tagged = created ? {} : taggedColumns(sheet);
  const columnOf = locateColumns(spec, headValues[0] ?? [], headValues[1] ?? [], tagged);
  // Found, but not by its own key cell: the header was lost and is written back in place below.
  const reconnected = created
    ? []
    : spec.columns
        .filter((c) => c.key in columnOf && (headValues[0] ?? [])[(columnOf[c.key] as number) - 1] !== KEY_PREFIX + c.key)
        .map((c) => c.key);

  // Missing columns go to the right of everything, so no user cell moves.
  const addedColumns: string[] = [];
  let next = created ? 1 : Math.max(lastColumn, ...Object.values(columnOf)) + 1;
  for (const c of spec.columns) {
    if (!(c.key in columnOf)) {
      columnOf[c.key] = next++;
      if (!created) addedColumns.push(c.key);
    }
  }
  const width = Math.max(usedWidth, next - 1);
  ensureColumns(sheet, width);
  tagColumns(sheet, columnOf, tagged);

  writeHeader(sheet, spec, lang, columnOf, notes);
  styleHeader(sheet, spec, columnOf, width, created ? spec.columns : spec.columns.filter((c) => addedColumns.includes(c.key)));

  // Rules cover every row the sheet has; read its size once, not per column.
  const maxRows = sheet.getMaxRows();
  const rows = Math.max(maxRows - FIRST_DATA_ROW + 1, 1);
  const dataColumn = (col: number): Range => sheet.getRange(FIRST_DATA_ROW, col, rows, 1);
  const accounts = layout['accounts'];
  const accountIds = spec.key === 'accounts' ? dataColumn(columnOf['account_id'] as number) : accounts ? accounts.accountIds : null;
  applyColumnRules(sheet, spec, lang, columnOf, accountIds, dataColumn, api, notes);

  const owned: { id: string; range: Range; description: string }[] = [
    { id: `${spec.key}:header`, range: sheet.getRange(KEY_ROW, 1, 2, width), description: text(lang, 'protect.header') },
  ];
  for (const c of spec.columns) {
    if (c.type === 'computed') {
      const col = columnOf[c.key] as number;
      owned.push({
        id: `${spec.key}:${c.key}`,
        range: dataColumn(col),
        description: text(lang, 'protect.computed', { column: c.label[lang] }),
      });
    }
  }
  // The review snapshots: hidden from casual browsing; like every output tab, warning-protected as a whole below.
  if (spec.system) sheet.hideSheet();
  protectOwnedRanges(sheet, owned, api);
  if (spec.role === 'output') protectView(sheet, api); // Problems, Notices log: written by the add-on

  return {
    place: { sheet, columnOf, accountIds, width, maxRows },
    report: { tab: spec.name[lang], created, addedColumns, blockedFormulas: [], reconnected, keyRowRestored },
  };
}

function movedHeader(sheet: Sheet, spec: TabSpec, lang: Lang, headerAt: number): { report: TabReport; place: TabPlace } {
  const width = Math.max(sheet.getLastColumn(), 1);
  const head = sheet.getRange(headerAt - 1, 1, 2, width).getValues();
  const columnOf = locateColumns(spec, head[0] ?? [], head[1] ?? [], taggedColumns(sheet));
  const maxRows = sheet.getMaxRows();
  const ids =
    spec.key === 'accounts' && columnOf['account_id']
      ? sheet.getRange(headerAt + 1, columnOf['account_id'], Math.max(maxRows - headerAt, 1), 1)
      : null;
  return {
    place: { sheet, columnOf, accountIds: ids, width, maxRows },
    report: {
      tab: sheet.getName(),
      created: false,
      addedColumns: [],
      blockedFormulas: [],
      reconnected: [],
      keyRowRestored: false,
      headerMovedTo: headerAt,
    },
  };
}

/**
 * Writes keys, labels and notes into our header cells only, one block per
 * run of adjacent schema columns (one run unless a user inserted columns in
 * between): a header cell of the user's own column is never rewritten, so its
 * formula, value and note stay exactly as they are.
 */
function writeHeader(sheet: Sheet, spec: TabSpec, lang: Lang, columnOf: Readonly<Record<string, number>>, notes: Notes): void {
  const placed = spec.columns.map((c) => ({ c, col: columnOf[c.key] as number })).sort((a, b) => a.col - b.col);
  for (let i = 0; i < placed.length;) {
    let j = i + 1;
    while (j < placed.length && (placed[j] as { col: number }).col === (placed[j - 1] as { col: number }).col + 1) j++;
    const run = placed.slice(i, j);
    const first = (run[0] as { col: number }).col;
    sheet.getRange(KEY_ROW, first, 2, run.length).setValues([run.map(({ c }) => KEY_PREFIX + c.key), run.map(({ c }) => c.label[lang])]);
    sheet.getRange(HEADER_ROW, first, 1, run.length).setNotes([run.map(({ c }) => headerNote(c, lang, notes))]);
    i = j;
  }
}

function headerNote(c: ColumnSpec, lang: Lang, notes: Notes): string {
  const lines = [notes.note(c.noteKey)];
  if (c.required) lines.push(text(lang, 'template.required'));
  if (c.options)
    lines.push(
      c.options
        .map((o) => {
          const hint = o.hint?.[lang] ?? notes.hint(o.hintKey);
          return hint ? `• ${o.label[lang]}: ${hint}` : `• ${o.label[lang]}`;
        })
        .join('\n'),
    );
  return lines.join('\n');
}

function styleHeader(
  sheet: Sheet,
  spec: TabSpec,
  columnOf: Readonly<Record<string, number>>,
  width: number,
  newColumns: readonly ColumnSpec[],
): void {
  sheet
    .getRange(HEADER_ROW, 1, 1, width)
    .setFontWeight('bold')
    .setBackground(HEADER_BACKGROUND)
    .setWrap(true)
    .setVerticalAlignment('middle');
  sheet.hideRows(KEY_ROW);
  sheet.setFrozenRows(HEADER_ROW);
  sheet.setFrozenColumns(spec.frozenColumns);
  sheet.setTabColor(spec.tabColor);
  // Widths only for columns we just placed: a width the user chose stays.
  for (const c of newColumns) {
    sheet.setColumnWidth(columnOf[c.key] as number, c.width ?? (c.type === 'longtext' ? 300 : 140));
  }
  if (spec.key === 'settings') sheet.hideColumns(columnOf['setting_key'] as number);
}

/** Number formats, validation and wrapping, one call per column. */
function applyColumnRules(
  sheet: Sheet,
  spec: TabSpec,
  lang: Lang,
  columnOf: Readonly<Record<string, number>>,
  accountIds: Range | null,
  dataColumn: (col: number) => Range,
  api: SheetsApi,
  notes: Notes,
): void {
  for (const c of spec.columns) {
    if (spec.key === 'settings') continue; // Settings rows are typed per row below.
    const col = columnOf[c.key] as number;
    const range = dataColumn(col);
    const format = numberFormatFor(c);
    if (format) range.setNumberFormat(format);
    const rule = spec.role === 'input' ? dataValidationFor(c, { lang, accountIds, api, notes }) : null;
    if (rule) range.setDataValidation(rule);
    if (c.type === 'longtext') range.setWrap(true);
  }
}

/** Computed columns' formulas, one per column on the first data row; returns those blocked by user data. */
function writeFormulas(sheet: Sheet, spec: TabSpec, lang: Lang, columnOf: Readonly<Record<string, number>>, other: OtherColumn): string[] {
  const blocked: string[] = [];
  const letters = (key: string): string => columnLetters(columnOf[key] as number);
  const anchors: { col: number; formula: string; key: string }[] = [];
  for (const c of spec.columns) {
    if (c.type === 'computed' && c.formula)
      anchors.push({ col: columnOf[c.key] as number, formula: computedFormula(c.formula, letters, lang, other), key: c.key });
  }
  if (anchors.length) {
    // One read of the anchor row decides which formulas can be (re)written.
    const width = Math.max(...anchors.map((a) => a.col));
    const row = sheet.getRange(FIRST_DATA_ROW, 1, 1, width);
    const formulas = row.getFormulas()[0] ?? [];
    const values = row.getValues()[0] ?? [];
    for (const a of anchors) {
      const current = formulas[a.col - 1] ?? '';
      const value = values[a.col - 1];
      if (sameFormula(current, a.formula)) continue;
      if (current === '' && value !== '' && value !== null) {
        blocked.push(a.key); // a user typed here: never overwrite it
        continue;
      }
      sheet.getRange(FIRST_DATA_ROW, a.col).setFormula(a.formula);
    }
  }
  return blocked;
}

/** Sheets may drop or add the quotes around a sheet name when it stores a formula. */
const sameFormula = (a: string, b: string): boolean => a.replace(/'/g, '') === b.replace(/'/g, '');

/** Settings as read, and where each setting's value cell sits (the highlight rules read it through INDIRECT). */
interface SettingsRead {
  readonly settings: Settings;
  readonly cell: SettingCell;
}

/** Sheet row of each setting key found in the table. */
function settingRows(table: TableData, columnOf: Readonly<Record<string, number>>): Map<string, number> {
  const keyCol = columnOf['setting_key'] as number;
  const rowOf = new Map<string, number>();
  table.rows.forEach((r, i) => {
    const k = r[keyCol - 1];
    if (typeof k === 'string' && k !== '') rowOf.set(k, table.firstRow + i);
  });
  return rowOf;
}

function cellOf(sheet: Sheet, rowOf: ReadonlyMap<string, number>, valueCol: number | undefined): SettingCell {
  const name = quotedSheet(sheet.getName());
  return (key) => {
    const row = rowOf.get(key);
    return row && valueCol ? `${name}!$${columnLetters(valueCol)}$${row}` : null;
  };
}

/** A Settings tab whose header moved (a title row above it): read where it is, nothing written. */
function settingsAsFound(sheet: Sheet, table: TableData, columnOf: Readonly<Record<string, number>>): SettingsRead {
  return {
    settings: parseSettings(table.rows, columnOf),
    cell: cellOf(sheet, settingRows(table, columnOf), columnOf['value']),
  };
}

/** Adds missing setting rows with their defaults, formats and named ranges; returns the settings as read. */
function ensureSettingRows(
  ss: Spreadsheet,
  sheet: Sheet,
  spec: TabSpec,
  lang: Lang,
  columnOf: Readonly<Record<string, number>>,
  api: SheetsApi,
  notes: Notes,
): SettingsRead {
  const table = readTable(sheet, spec);
  const keyCol = columnOf['setting_key'] as number;
  const rowOf = settingRows(table, columnOf);
  const missing = SETTINGS.filter((s) => !rowOf.has(s.key));
  let nextRow = FIRST_DATA_ROW + table.rows.length;
  if (missing.length) {
    const width = Math.max(table.width, ...Object.values(columnOf));
    const block = missing.map((s) => {
      const row: unknown[] = Array.from({ length: width }, () => '');
      row[keyCol - 1] = s.key;
      row[(columnOf['setting'] as number) - 1] = s.label[lang];
      row[(columnOf['value'] as number) - 1] = s.options ? optionLabel(s.options, String(s.default))[lang] : (s.default ?? '');
      row[(columnOf['about'] as number) - 1] = notes.note(s.noteKey);
      return row;
    });
    // Appended below the last row: existing rows, even foreign ones, stay where they are.
    sheet.getRange(nextRow, 1, block.length, width).setValues(block);
    missing.forEach((s) => rowOf.set(s.key, nextRow++));
  }
  const valueCol = columnOf['value'] as number;
  for (const s of SETTINGS) {
    const row = rowOf.get(s.key) as number;
    const cell = sheet.getRange(row, valueCol);
    const name = settingRangeName(s.key);
    if (!ss.getRangeByName(name)) ss.setNamedRange(name, cell);
    const text = s.type === 'text' || s.type === 'enum' || s.type === 'colour';
    cell.setNumberFormat(s.type === 'percent' ? '0%' : s.type === 'money' ? '#,##0' : text ? '@' : '0');
    const b = api.newDataValidation().setAllowInvalid(false).setHelpText(notes.note(s.noteKey));
    if (s.type === 'enum')
      cell.setDataValidation(
        b
          .requireValueInList(
            (s.options ?? []).map((o) => o.label[lang]),
            true,
          )
          .build(),
      );
    // Colours are checked by "Validate dossier": a pattern rule needs REGEXMATCH, which HyperFormula lacks.
    else if (s.type !== 'text' && s.type !== 'colour') cell.setDataValidation(b.requireNumberBetween(s.min ?? 0, s.max ?? 1e15).build());
  }
  // Rows added above hold the defaults, which is what parsing gives for a row that is not there.
  return { settings: parseSettings(table.rows, columnOf), cell: cellOf(sheet, rowOf, valueCol) };
}

/** A brand-new spreadsheet's empty "Sheet1" is not worth keeping beside the dossier. */
function removeUntouchedDefaultSheet(ss: Spreadsheet, before: readonly Sheet[]): void {
  if (before.length !== 1) return;
  const only = before[0] as Sheet;
  if (!/^(Sheet|Лист|Lapas)\s?1$/.test(only.getName())) return;
  if (only.getLastRow() === 0 && only.getLastColumn() === 0) ss.deleteSheet(only);
}

/** One tab made or repaired on its own (the review snapshots tab, the first time a workbook from before it needs one). */
export function ensureOneTab(ss: Spreadsheet, spec: TabSpec, lang: Lang, api: SheetsApi, notes: Notes): TabPlace {
  return ensureTab(ss, spec, lang, {}, api, notes).place;
}
