/**
 * Dependent dropdowns (the Relationship plan's method follows the row's approach). Sheets has no list whose
 * items follow another cell: a dropdown takes a fixed list or a fixed range, and a range's validation cannot be
 * INDIRECT as in Excel. So each parent option's list sits in a column of a hidden Lists tab, under a named range
 * (KAD_LIST_<COLUMN>_<OPTION>), and each row's cell gets "value in range" pointing at its parent's list:
 * at "Create or repair" for every row in one setDataValidations call (read first, written with the other tabs), and as you type (onEdit) for the rows
 * whose parent changed. Rows without a parent offer every option. A row whose value belongs to another list
 * (a paste, an edit while no trigger ran) is flagged by the validator (core/validation/rowRules.ts).
 * https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requireValueInRange(Range,Boolean)
 * https://developers.google.com/apps-script/reference/spreadsheet/range#setDataValidations(DataValidation)
 */
import type { EnumOption } from '../core/domain';
import { optionKey } from '../core/domain';
import type { Lang } from '../core/i18n';
import { label } from '../core/i18n';
import type { Notes } from '../core/notes';
import { TABLE_TABS } from '../core/schema/tabs';
import type { ColumnSpec, TabSpec } from '../core/schema/types';
import { FIRST_DATA_ROW } from '../core/schema/types';
import { blockA1, toEndA1 } from '../core/a1';
import type { SheetsApi } from '../sheets/api';
import type { FoundTab, TabInserter } from '../sheets/locate';
import type { ViewProtection } from '../sheets/protect';
import { readViewProtection, writeViewProtection } from '../sheets/protect';
import { rangesOf } from '../sheets/ranges';
import { NEW_SHEET_COLUMNS, NEW_SHEET_ROWS } from '../sheets/write';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type Range = GoogleAppsScript.Spreadsheet.Range;

export const LISTS_TAB_KEY = 'lists';
const ALL = 'all';

interface Dependent {
  readonly tab: TabSpec;
  readonly col: ColumnSpec;
  readonly on: ColumnSpec;
  readonly lists: Readonly<Record<string, readonly EnumOption[]>>;
}

/** Every dependent column of the schema (today: plan.method on plan.approach). */
export const DEPENDENTS: readonly Dependent[] = TABLE_TABS.flatMap((tab) =>
  tab.columns.flatMap((col): Dependent[] => {
    const d = col.dependent;
    const on = d ? tab.columns.find((c) => c.key === d.on) : undefined;
    return d && on ? [{ tab, col, on, lists: d.lists }] : [];
  }),
);

/** Whether a tab has a dependent column (only then does an edit there cost the calls of a re-point). */
export const hasDependents = (tab: string): boolean => DEPENDENTS.some((d) => d.tab.key === tab);

/** Named range of one parent option's list, or of every option ('all'). */
export const listRangeName = (col: ColumnSpec, parent: string): string => `KAD_LIST_${col.key}_${parent}`.toUpperCase();

/** The parent keys in list order, then 'all'. */
const parents = (d: Dependent): string[] => [...Object.keys(d.lists), ALL];
const listOf = (d: Dependent, parent: string): readonly EnumOption[] => (parent === ALL ? (d.col.options ?? []) : (d.lists[parent] ?? []));

/** What the repair reads of the Lists tab and of each dependent column's parents, before anything is written. */
export interface ListsRead {
  /** The Lists tab (null: the write inserts it). */
  readonly found: FoundTab | null;
  readonly maxColumns: number;
  readonly maxRows: number;
  /** The list names whose named range exists already. */
  readonly named: ReadonlySet<string>;
  readonly view: ViewProtection;
  /** Each dependent column's parent cells, data rows to the sheet's end (null for a tab the write inserts). */
  readonly parents: ReadonlyMap<Dependent, readonly unknown[] | null>;
}

/** A table tab as the repair read it: where its columns sit, and where its header is if rows were put above it. */
export interface DependentTab {
  readonly spec: TabSpec;
  readonly sheet: Sheet | null;
  readonly columnOf: Readonly<Record<string, number>>;
  readonly keyRowRestored: boolean;
  readonly headerMovedTo?: number;
}

/** The columns of the Lists tab: one per dependent column and parent option, then 'all'. */
const listColumns = (): { d: Dependent; p: string }[] => DEPENDENTS.flatMap((d) => parents(d).map((p) => ({ d, p })));

/** Reads the Lists tab's size, named ranges and protection, and each dependent column's parent cells. */
export function readLists(ss: Spreadsheet, found: FoundTab | null, tabs: readonly DependentTab[], api: SheetsApi): ListsRead | null {
  if (!DEPENDENTS.length) return null;
  const parentCells = new Map<Dependent, readonly unknown[] | null>();
  for (const d of DEPENDENTS) {
    const t = tabs.find((x) => x.spec.key === d.tab.key);
    const col = t?.columnOf[d.on.key];
    if (!t || t.headerMovedTo || !col) continue;
    // With the key row put back, what is row 2 now becomes the first data row.
    const first = t.keyRowRestored ? FIRST_DATA_ROW - 1 : FIRST_DATA_ROW;
    parentCells.set(
      d,
      t.sheet
        ? t.sheet
            .getRange(toEndA1(first, col))
            .getValues()
            .map((r) => r[0])
        : null,
    );
  }
  return {
    found,
    maxColumns: found ? found.sheet.getMaxColumns() : NEW_SHEET_COLUMNS,
    maxRows: found ? found.sheet.getMaxRows() : NEW_SHEET_ROWS,
    named: new Set(
      listColumns()
        .map(({ d, p }) => listRangeName(d.col, p))
        .filter((n) => found && ss.getRangeByName(n) !== null),
    ),
    view: found ? readViewProtection(found.sheet, api) : null,
    parents: parentCells,
  };
}

/**
 * Writes the Lists tab (hidden, warning-protected, rewritten whole in the sheet's language), names its lists, and
 * gives every data row's dependent cell its parent's list: one setDataValidations per dependent column.
 */
export function writeLists(
  ss: Spreadsheet,
  read: ListsRead,
  tabs: ReadonlyMap<string, { readonly sheet: Sheet; readonly columnOf: Readonly<Record<string, number>> }>,
  lang: Lang,
  api: SheetsApi,
  notes: Notes,
  insert: TabInserter,
): void {
  const sheet = read.found?.sheet ?? insert(LISTS_TAB_KEY, label('tab.lists'), 'last');
  const columns = listColumns();
  const height = Math.max(...columns.map(({ d, p }) => listOf(d, p).length));
  if (read.maxColumns < columns.length) sheet.insertColumnsAfter(read.maxColumns, columns.length - read.maxColumns);
  if (read.maxRows < height + 1) sheet.insertRowsAfter(read.maxRows, height + 1 - read.maxRows);
  const block = Array.from({ length: height + 1 }, (_, r) =>
    columns.map(({ d, p }) =>
      r === 0
        ? p === ALL
          ? d.col.label[lang]
          : ((d.on.options ?? []).find((o) => o.key === p)?.label[lang] ?? p)
        : (listOf(d, p)[r - 1]?.label[lang] ?? ''),
    ),
  );
  const listA1 = (i: number, d: Dependent, p: string): string => blockA1(2, i + 1, listOf(d, p).length, 1);
  const blockA1All = blockA1(1, 1, height + 1, columns.length);
  const ranges = rangesOf(sheet, [blockA1All, ...columns.map(({ d, p }, i) => listA1(i, d, p))]);
  ranges(blockA1All).setValues(block);
  columns.forEach(({ d, p }, i) => {
    const name = listRangeName(d.col, p);
    if (!read.named.has(name)) ss.setNamedRange(name, ranges(listA1(i, d, p)));
  });
  sheet.hideSheet();
  writeViewProtection(sheet, read.view);
  // Each row's rule: one per parent option, built once (a builder is not a service round trip).
  for (const [d, cells] of read.parents) {
    const t = tabs.get(d.tab.key);
    const col = t?.columnOf[d.col.key];
    if (!t || !col) continue;
    const help = notes.note(d.col.noteKey);
    const rule = ruleFactory(
      (parent) =>
        ranges(
          listA1(
            columns.findIndex((c) => c.d === d && c.p === parent),
            d,
            parent,
          ),
        ),
      api,
      help,
    );
    // A tab inserted now has the new sheet's rows; a found one the rows read (plus the key row put back).
    const rows = cells ? cells.length : NEW_SHEET_ROWS - FIRST_DATA_ROW + 1;
    if (rows < 1) continue;
    const target = t.sheet.getRange(FIRST_DATA_ROW, col, rows, 1);
    target.setDataValidations(Array.from({ length: rows }, (_, r) => [rule(parentOf(d, cells?.[r]))]));
  }
}

/** One rule per parent option, built once per run (a dropdown offering the list `listOf` gives for that parent). */
function ruleFactory(listOf: (parent: string) => Range | null, api: SheetsApi, help: string): (parent: string) => DataValidation | null {
  const built = new Map<string, DataValidation | null>();
  return (parent) => {
    if (!built.has(parent)) {
      const range = listOf(parent);
      built.set(
        parent,
        range ? api.newDataValidation().setAllowInvalid(true).setHelpText(help).requireValueInRange(range, true).build() : null,
      );
    }
    return built.get(parent) ?? null;
  };
}

/** The parent key a cell names (its label in any language, or its key), else 'all'. */
const parentOf = (d: Dependent, v: unknown): string => {
  const k = optionKey(d.on.options ?? [], v);
  return k !== null && k in d.lists ? k : ALL;
};

/**
 * As you type: the edited rows (from `top`, their values as read, `columnOf` where the columns sit) get their
 * parent's list again when the edit touched the parent column. Returns whether anything was written.
 */
export function refreshDependentRows(
  ss: Spreadsheet,
  sheet: Sheet,
  tab: TabSpec,
  columnOf: Readonly<Record<string, number>>,
  top: number,
  values: readonly (readonly unknown[])[],
  edited: { readonly first: number; readonly last: number },
  api: SheetsApi,
): boolean {
  let wrote = false;
  for (const d of DEPENDENTS.filter((x) => x.tab.key === tab.key)) {
    const parentCol = columnOf[d.on.key];
    const col = columnOf[d.col.key];
    if (!parentCol || !col || parentCol < edited.first || parentCol > edited.last) continue;
    // The help text is the current validation's, so this simple trigger reads no other file.
    const help = sheet.getRange(top, col).getDataValidation()?.getHelpText() ?? '';
    const rule = ruleFactory((parent) => ss.getRangeByName(listRangeName(d.col, parent)), api, help);
    sheet.getRange(top, col, values.length, 1).setDataValidations(values.map((r) => [rule(parentOf(d, r[parentCol - 1]))]));
    wrote = true;
  }
  return wrote;
}
