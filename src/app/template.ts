/**
 * "Create or repair dossier": makes every tab the schema describes and puts
 * back whatever is missing (a deleted tab, header, rule, format, note or
 * setting) without deleting, moving or changing a single user-entered cell.
 * Every tab is read first (templateRead.ts), then written in blocks: one
 * write per attribute value per tab (a RangeList when it covers several runs
 * of columns), every range of a tab fetched together (sheets/ranges.ts), a
 * header rewritten only where it differs. Calls are per tab and per column,
 * never per row.
 */
import { optionLabel } from '../core/domain';
import type { Label, Lang } from '../core/i18n';
import { label, text } from '../core/i18n';
import { computedFormula, dataColumn, quotedSheet } from '../core/formulas';
import type { SettingCell } from '../core/highlights';
import { highlightRules } from '../core/highlights';
import type { Notes } from '../core/notes';
import { columnPlan, settingFormat, settingHasRule, widthRuns, adjacentRuns } from '../core/schema/columnPlan';
import { SETTINGS, settingRangeName } from '../core/schema/settings';
import type { ColumnKey } from '../core/schema/tabs';
import { columnAt, TABLE_TABS } from '../core/schema/tabs';
import type { ColumnSpec, TabKey, TabSpec } from '../core/schema/types';
import { FIRST_DATA_ROW, HEADER_ROW, KEY_PREFIX, KEY_ROW } from '../core/schema/types';
import { blockA1, columnLetters, toEndA1 } from '../core/a1';
import type { SheetsApi } from '../sheets/api';
import { dataValidationFor } from '../sheets/dataValidation';
import { headerRowA1, tagColumns, tagHeaderRow, untaggedColumns } from '../sheets/identity';
import type { TabInserter, TabsFound } from '../sheets/locate';
import { locateTabs, tabInserter, TAB_METADATA_KEY } from '../sheets/locate';
import { writeOwnedProtections, writeViewProtection } from '../sheets/protect';
import type { Ranges } from '../sheets/ranges';
import { rangesOf, targetOf } from '../sheets/ranges';
import { ruleAreas, writeRuleList } from './risk/colourRules';
import type { SettingCells } from './risk/settingsPalette';
import type { TabState } from './templateRead';
import { readTab } from './templateRead';
import type { ListsRead } from './dependentLists';
import { hasDependents, LISTS_TAB_KEY, readLists, writeLists } from './dependentLists';

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
  /** The sheet's name now (formulas quote it). */
  readonly name: string;
  readonly columnOf: Readonly<Record<string, number>>;
  readonly accountIds: Range | null;
}

export interface TemplateResult {
  readonly tabs: readonly TabReport[];
  /** Where each tab's schema columns sit, for the steps that follow. */
  readonly layout: Readonly<Record<string, TabPlace>>;
  /** The Settings value cell of each setting (the colour cells are painted by the risk step). */
  readonly settingCells: SettingCells | null;
}

const HEADER_BACKGROUND = '#e8eaed';

/** What the template reads before writing: each table tab's state. */
export interface TemplateRead {
  readonly tabs: readonly TabState[];
  /** The Lists tab and the dependent columns' parents (null when no tab read has a dependent column). */
  readonly lists: ListsRead | null;
}

export function readTemplate(ss: Spreadsheet, specs: readonly TabSpec[], tabs: TabsFound, lang: Lang, api: SheetsApi): TemplateRead {
  const states = specs.map((spec) => readTab(ss, spec, tabs.found.get(spec.key) ?? null, lang, api));
  if (!specs.some((s) => hasDependents(s.key))) return { tabs: states, lists: null };
  // The Lists tab must have been looked for with the tabs, or a missing one could not be told from one not sought.
  if (!tabs.wanted.has(LISTS_TAB_KEY)) throw new Error('The Lists tab was not located with the tabs it serves');
  const dependentTabs = states.map((t) => ({
    spec: t.spec,
    sheet: t.found?.sheet ?? null,
    columnOf: t.columnOf,
    keyRowRestored: t.keyRowRestored,
    ...(t.headerMovedTo ? { headerMovedTo: t.headerMovedTo } : {}),
  }));
  return { tabs: states, lists: readLists(ss, tabs.found.get(LISTS_TAB_KEY) ?? null, dependentTabs, api) };
}

/** Writes every tab from what was read; inserts the missing ones through `insert`. */
export function writeTemplate(
  ss: Spreadsheet,
  lang: Lang,
  api: SheetsApi,
  notes: Notes,
  read: TemplateRead,
  insert: TabInserter,
): TemplateResult {
  // Missing tabs first, in schema order, so the workbook's tab order is the schema's.
  const tabs = read.tabs.map((t) => ({ t, sheet: t.found?.sheet ?? insert(t.spec.key, t.spec.name, 'last') }));
  const stateOf = new Map<string, TabState>(read.tabs.map((t) => [t.spec.key, t]));
  // Formulas may read another tab (next review due reads Reviews): its name and columns are known from the read.
  const other = (tab: TabKey, key: string): string => {
    const t = stateOf.get(tab);
    if (!t) throw new Error(`A formula reads the ${tab} tab, which this run does not repair`);
    return `${quotedSheet(t.name)}!${dataColumn(columnLetters(t.columnOf[key] ?? 0))}`;
  };
  const layout: Record<string, TabPlace> = {};
  const reports: TabReport[] = [];
  let settingCells: SettingCells | null = null;
  const settingsState = stateOf.get('settings');
  const cell = settingsState ? settingCell(settingsState) : () => null;
  for (const { t, sheet } of tabs) {
    const accounts = layout['accounts'];
    const written = writeTab(sheet, t, lang, api, notes, other, cell, accounts ? accounts.accountIds : null);
    layout[t.spec.key] = { sheet, name: t.name, columnOf: t.columnOf, accountIds: written.accountIds };
    reports.push(written.report);
    if (t.spec.key === 'settings' && !t.headerMovedTo) settingCells = writeSettingRows(ss, sheet, t, lang, api, notes);
  }
  // Dependent dropdowns (the plan's method follows its approach): the hidden Lists tab, then each row's rule.
  if (read.lists) writeLists(ss, read.lists, new Map(Object.entries(layout)), lang, api, notes, insert);
  return { tabs: reports, layout, settingCells };
}

/** The tabs to locate for a repair of `specs`: with the Lists tab when one of them has a dependent dropdown. */
export function withListsTab(specs: readonly TabSpec[]): { readonly key: string; readonly name: Label }[] {
  return specs.some((s) => hasDependents(s.key)) ? [...specs, { key: LISTS_TAB_KEY, name: label('tab.lists') }] : [...specs];
}

/** Only some of the tabs, repaired the same way (a rollup file needs Settings and the Notices log, not a dossier). */
export function ensureTabs(ss: Spreadsheet, lang: Lang, keys: readonly string[], api: SheetsApi, notes: Notes): void {
  const specs = TABLE_TABS.filter((s) => keys.includes(s.key));
  const tabs = locateTabs(ss, withListsTab(specs));
  const read = readTemplate(ss, specs, tabs, lang, api);
  writeTemplate(ss, lang, api, notes, read, tabInserter(ss, tabs, lang));
}

/** One tab made or repaired on its own (the review snapshots tab, the first time a workbook from before it needs one). */
export function ensureOneTab(ss: Spreadsheet, spec: TabSpec, lang: Lang, api: SheetsApi, notes: Notes): TabPlace {
  const tabs = locateTabs(ss, withListsTab([spec]));
  const read = readTemplate(ss, [spec], tabs, lang, api);
  const place = writeTemplate(ss, lang, api, notes, read, tabInserter(ss, tabs, lang)).layout[spec.key];
  if (!place) throw new Error(`The ${spec.key} tab was not made`);
  return place;
}

/** A tab's writes, in blocks; returns its report and (Accounts) the account-id range child tabs' dropdowns use. */
function writeTab(
  sheet: Sheet,
  t: TabState,
  lang: Lang,
  api: SheetsApi,
  notes: Notes,
  other: (tab: TabKey, key: string) => string,
  cell: SettingCell,
  accountIds: Range | null,
): { report: TabReport; accountIds: Range | null } {
  const spec = t.spec;
  const created = t.found === null;
  const report: TabReport = {
    tab: t.headerMovedTo ? t.name : spec.name[lang],
    created,
    addedColumns: t.addedColumns,
    blockedFormulas: [],
    reconnected: t.reconnected,
    keyRowRestored: t.keyRowRestored,
    ...(t.headerMovedTo ? { headerMovedTo: t.headerMovedTo } : {}),
  };
  // A tab found by its name gets the tag too, so it is still found once renamed.
  if (t.found && !t.found.byTag) sheet.addDeveloperMetadata(TAB_METADATA_KEY, spec.key);
  if (t.headerMovedTo) {
    const idCol = columnAt(t.columnOf, 'accounts', 'account_id');
    const idA1 = toEndA1(t.headerMovedTo + 1, idCol);
    return { report, accountIds: spec.key === 'accounts' && idCol ? rangesOf(sheet, [idA1])(idA1) : accountIds };
  }
  // The header row's tag sat on row 1: an empty row goes back above it, so no data row is styled as a header.
  if (t.keyRowRestored) sheet.insertRowBefore(KEY_ROW);
  if (t.width > t.maxColumns) sheet.insertColumnsAfter(t.maxColumns, t.width - t.maxColumns);

  const plan = columnPlan(spec, t.columnOf);
  const toTag = untaggedColumns(t.columnOf, t.tagged);
  const headerBlocks = plan.headerRuns.map((r) => ({
    run: r,
    a1: blockA1(KEY_ROW, r.first, 2, r.count),
    notesA1: blockA1(HEADER_ROW, r.first, 1, r.count),
  }));
  const styleA1 = blockA1(HEADER_ROW, 1, 1, t.width);
  const headerA1 = blockA1(KEY_ROW, 1, 2, t.width);
  const formats = plan.formats.map((f) => ({ value: f.value, a1s: f.runs.map((r) => toEndA1(FIRST_DATA_ROW, r.first, r.count)) }));
  const wraps = plan.wraps.map((r) => toEndA1(FIRST_DATA_ROW, r.first, r.count));
  const column = (col: number): string => toEndA1(FIRST_DATA_ROW, col);
  const idCol = spec.key === 'accounts' ? columnAt(t.columnOf, 'accounts', 'account_id') : 0;
  const idA1 = idCol ? column(idCol) : null;
  const rules = highlightRules(spec.key, t.columnOf, cell);
  const anchors = formulaAnchors(spec, t, lang, other);
  const ranges = rangesOf(sheet, [
    ...headerBlocks.flatMap((b) => [b.a1, b.notesA1]),
    styleA1,
    headerA1,
    ...(t.headerTagged ? [] : [headerRowA1(HEADER_ROW)]),
    ...toTag.map((c) => c.a1),
    ...formats.flatMap((f) => (f.a1s.length === 1 ? f.a1s : [])),
    ...(wraps.length === 1 ? wraps : []),
    ...plan.validated.map((v) => column(v.col)),
    ...plan.computed.map((c) => column(c.col)),
    ...(idA1 ? [idA1] : []),
    ...ruleAreas(rules),
    ...anchors.writes.map((w) => w.a1),
  ]);

  if (!t.headerTagged) tagHeaderRow(ranges, HEADER_ROW);
  tagColumns(toTag, ranges);
  writeHeader(t, lang, notes, headerBlocks, ranges);
  styleHeader(sheet, t, ranges(styleA1), created);
  // Widths only for columns placed now: a width the user chose stays.
  const placed = spec.columns
    .filter((c) => created || t.addedColumns.includes(c.key))
    .map((c) => ({ spec: c, col: t.columnOf[c.key] ?? 0 }));
  for (const w of widthRuns(placed)) sheet.setColumnWidths(w.run.first, w.run.count, w.value);
  if (spec.key === 'settings') sheet.hideColumns(columnAt(t.columnOf, 'settings', 'setting_key'));

  // Number formats (one write per format), validation (a builder only where a rule is built), wrapping.
  for (const f of formats) targetOf(sheet, f.a1s, ranges).setNumberFormat(f.value);
  const ids = idA1 ? ranges(idA1) : accountIds;
  for (const v of plan.validated) {
    const rule = dataValidationFor(v.spec, { lang, accountIds: ids, api, notes });
    if (rule) ranges(column(v.col)).setDataValidation(rule);
  }
  if (wraps.length) targetOf(sheet, wraps, ranges).setWrap(true);
  // The review snapshots: hidden from casual browsing; like every output tab, warning-protected as a whole below.
  if (spec.system) sheet.hideSheet();
  writeOwnedProtections(t.protections, [
    { id: `${spec.key}:header`, range: ranges(headerA1), description: text(lang, 'protect.header') },
    ...plan.computed.map((c) => ({
      id: `${spec.key}:${c.spec.key}`,
      range: ranges(column(c.col)),
      description: text(lang, 'protect.computed', { column: c.spec.label[lang] }),
    })),
  ]);
  if (spec.role === 'output') writeViewProtection(sheet, t.view); // Problems, Notices log: written by the add-on
  for (const w of anchors.writes) ranges(w.a1).setFormulas([w.formulas]);
  // Overdue highlights (plan items, stale attitudes) as conditional formats; Accounts' rules are the risk step's.
  if (rules.length) writeRuleList(sheet, t.rules, rules, api, ranges);
  return { report: { ...report, blockedFormulas: anchors.blocked }, accountIds: ids };
}

/**
 * Writes keys and labels into our header cells only, one block per run of adjacent schema columns (one run
 * unless a user inserted columns in between), and only where a cell differs from what was read; the notes
 * go with them (a note is not read back, writing it costs the same call). A header cell of the user's own
 * column is never rewritten, so its formula, value and note stay exactly as they are.
 */
function writeHeader(
  t: TabState,
  lang: Lang,
  notes: Notes,
  blocks: readonly { run: { first: number; count: number }; a1: string; notesA1: string }[],
  ranges: Ranges,
): void {
  const at = (c: ColumnSpec): number => t.columnOf[c.key] ?? 0;
  for (const { run, a1, notesA1 } of blocks) {
    const cols = t.spec.columns.filter((c) => at(c) >= run.first && at(c) < run.first + run.count).sort((a, b) => at(a) - at(b));
    const keys = cols.map((c) => KEY_PREFIX + c.key);
    const labels = cols.map((c) => c.label[lang]);
    const same = cols.every((_, i) => t.keyRow[run.first + i - 1] === keys[i] && t.headerRow[run.first + i - 1] === labels[i]);
    if (!same) ranges(a1).setValues([keys, labels]);
    ranges(notesA1).setNotes([cols.map((c) => headerNote(c, lang, notes))]);
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

function styleHeader(sheet: Sheet, t: TabState, row: Range, created: boolean): void {
  row.setFontWeight('bold').setBackground(HEADER_BACKGROUND).setWrap(true).setVerticalAlignment('middle');
  sheet.hideRows(KEY_ROW);
  sheet.setFrozenRows(HEADER_ROW);
  // A sheet inserted now has no frozen column.
  if (!created || t.spec.frozenColumns > 0) sheet.setFrozenColumns(t.spec.frozenColumns);
  sheet.setTabColor(t.spec.tabColor);
}

/** Computed columns' formulas on the first data row, one write per run that needs one; those blocked by user data. */
function formulaAnchors(
  spec: TabSpec,
  t: TabState,
  lang: Lang,
  other: (tab: TabKey, key: string) => string,
): { writes: { a1: string; formulas: string[] }[]; blocked: string[] } {
  const letters = (key: string): string => columnLetters(t.columnOf[key] ?? 0);
  const blocked: string[] = [];
  const due = new Map<number, string>();
  for (const c of spec.columns) {
    if (c.type !== 'computed' || !c.formula) continue;
    const col = t.columnOf[c.key] ?? 0;
    const formula = computedFormula(c.formula, letters, lang, other);
    const current = t.anchorFormulas[col - 1] ?? '';
    const value = t.anchorValues[col - 1];
    if (sameFormula(current, formula)) continue;
    if (current === '' && value !== '' && value !== null && value !== undefined) {
      blocked.push(c.key); // a user typed here: never overwrite it
      continue;
    }
    due.set(col, formula);
  }
  const writes = adjacentRuns([...due.keys()]).map((r) => ({
    a1: blockA1(FIRST_DATA_ROW, r.first, 1, r.count),
    formulas: Array.from({ length: r.count }, (_, i) => due.get(r.first + i) ?? ''),
  }));
  return { writes, blocked };
}

/** Sheets may drop or add the quotes around a sheet name when it stores a formula. */
const sameFormula = (a: string, b: string): boolean => a.replace(/'/g, '') === b.replace(/'/g, '');

/**
 * Adds missing setting rows with their defaults, names each value cell, and gives the value cells their
 * format and rule: one block per run of adjacent setting rows (a rule block per run of rows that have one).
 */
/** Each setting's row once the repair has appended the missing ones (a tab whose header moved: as found). */
function settingRows(t: TabState): { rowOf: Map<string, number>; missing: typeof SETTINGS } {
  const keyCol = columnAt(t.columnOf, 'settings', 'setting_key');
  const rowOf = new Map<string, number>();
  t.rows.forEach((r, i) => {
    const k = r[keyCol - 1];
    if (typeof k === 'string' && k !== '') rowOf.set(k, t.firstRow + i);
  });
  if (t.headerMovedTo) return { rowOf, missing: [] };
  const missing = SETTINGS.filter((s) => !rowOf.has(s.key));
  missing.forEach((s, i) => rowOf.set(s.key, t.firstRow + t.rows.length + i));
  return { rowOf, missing };
}

/** Where a setting's value cell sits, sheet-qualified (the highlight rules read it through INDIRECT). */
function settingCell(t: TabState): SettingCell {
  const { rowOf } = settingRows(t);
  const valueCol = columnAt(t.columnOf, 'settings', 'value');
  return (key) => {
    const row = rowOf.get(key);
    return row && valueCol ? `${quotedSheet(t.name)}!$${columnLetters(valueCol)}$${row}` : null;
  };
}

function writeSettingRows(ss: Spreadsheet, sheet: Sheet, t: TabState, lang: Lang, api: SheetsApi, notes: Notes): SettingCells {
  const columnOf = t.columnOf;
  const col = (key: ColumnKey<'settings'>): number => columnAt(columnOf, 'settings', key);
  const keyCol = col('setting_key');
  const valueCol = col('value');
  const { rowOf, missing } = settingRows(t);
  const width = Math.max(t.width, ...Object.values(columnOf));
  const appendA1 = missing.length ? blockA1(t.firstRow + t.rows.length, 1, missing.length, width) : null;
  const rows = SETTINGS.map((s) => ({ s, row: rowOf.get(s.key) ?? 0 }));
  const named = rows.filter((r) => !t.namedRanges?.has(settingRangeName(r.s.key)));
  /** Setting rows in runs of adjacent rows, each a block of the value column. */
  const blocks = (of: typeof rows) =>
    adjacentRuns(of.map((r) => r.row)).map((run) => ({
      a1: blockA1(run.first, valueCol, run.count, 1),
      settings: of
        .filter((r) => r.row >= run.first && r.row < run.first + run.count)
        .sort((a, b) => a.row - b.row)
        .map((r) => r.s),
    }));
  const formatBlocks = blocks(rows);
  const ruleBlocks = blocks(rows.filter((r) => settingHasRule(r.s)));
  const cell = (row: number): string => blockA1(row, valueCol);
  const ranges = rangesOf(sheet, [
    ...(appendA1 ? [appendA1] : []),
    ...named.map((r) => cell(r.row)),
    ...formatBlocks.map((b) => b.a1),
    ...ruleBlocks.map((b) => b.a1),
  ]);
  if (appendA1) {
    // Appended below the last row: existing rows, even foreign ones, stay where they are.
    const block = missing.map((s) => {
      const row: unknown[] = Array.from({ length: width }, () => '');
      row[keyCol - 1] = s.key;
      row[col('setting') - 1] = s.label[lang];
      row[valueCol - 1] = s.options ? optionLabel(s.options, String(s.default))[lang] : (s.default ?? '');
      row[col('about') - 1] = notes.note(s.noteKey);
      return row;
    });
    ranges(appendA1).setValues(block);
  }
  for (const r of named) ss.setNamedRange(settingRangeName(r.s.key), ranges(cell(r.row)));
  for (const b of formatBlocks) ranges(b.a1).setNumberFormats(b.settings.map((s) => [settingFormat(s)]));
  // A builder only where a rule is built: a list, or a number range.
  for (const b of ruleBlocks)
    ranges(b.a1).setDataValidations(
      b.settings.map((s) => {
        const v = api.newDataValidation().setAllowInvalid(false).setHelpText(notes.note(s.noteKey));
        return [
          s.type === 'enum'
            ? v
                .requireValueInList(
                  (s.options ?? []).map((o) => o.label[lang]),
                  true,
                )
                .build()
            : v.requireNumberBetween(s.min ?? 0, s.max ?? 1e15).build(),
        ];
      }),
    );
  return { sheet, valueCol, rowOf };
}

/**
 * A brand-new spreadsheet's empty "Sheet1" is not worth keeping beside the dossier: found while reading
 * (a sheet with no content has no last row), deleted once the dossier's tabs exist.
 */
export function untouchedDefaultSheet(tabs: TabsFound): Sheet | null {
  const only = tabs.sheets?.length === 1 ? tabs.sheets[0] : undefined;
  if (!only || !/^(Sheet|Лист|Lapas)\s?1$/.test(only.name)) return null;
  if ([...tabs.found.values()].some((f) => f.sheet === only.sheet)) return null;
  return only.sheet.getLastRow() === 0 ? only.sheet : null;
}
