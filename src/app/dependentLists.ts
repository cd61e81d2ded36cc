/**
 * Dependent dropdowns (the Relationship plan's method follows the row's approach). Sheets has no list whose
 * items follow another cell: a dropdown takes a fixed list or a fixed range, and a range's validation cannot be
 * INDIRECT as in Excel. So each parent option's list sits in a column of a hidden Lists tab, under a named range
 * (KAD_LIST_<COLUMN>_<OPTION>), and each row's cell gets "value in range" pointing at its parent's list:
 * at "Create or repair" for every row in one setDataValidations call, and as you type (onEdit) for the rows
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
import type { SheetsApi } from '../sheets/api';
import { findOrInsertTab } from '../sheets/locate';
import { protectView } from '../sheets/protect';
import { ensureColumns, ensureRows } from '../sheets/write';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

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

/** Writes the Lists tab (hidden, warning-protected, rewritten whole in the sheet's language) and its named ranges. */
export function ensureListsTab(ss: Spreadsheet, lang: Lang, api: SheetsApi): Sheet | null {
  if (!DEPENDENTS.length) return null;
  const { sheet } = findOrInsertTab(ss, LISTS_TAB_KEY, label('tab.lists'), lang, 'last');
  const columns = DEPENDENTS.flatMap((d) => parents(d).map((p) => ({ d, p })));
  const height = Math.max(...columns.map(({ d, p }) => listOf(d, p).length));
  ensureColumns(sheet, columns.length);
  ensureRows(sheet, height + 1);
  const block = Array.from({ length: height + 1 }, (_, r) =>
    columns.map(({ d, p }) =>
      r === 0
        ? p === ALL
          ? d.col.label[lang]
          : ((d.on.options ?? []).find((o) => o.key === p)?.label[lang] ?? p)
        : (listOf(d, p)[r - 1]?.label[lang] ?? ''),
    ),
  );
  sheet.getRange(1, 1, height + 1, columns.length).setValues(block);
  columns.forEach(({ d, p }, i) => {
    const name = listRangeName(d.col, p);
    if (!ss.getRangeByName(name)) ss.setNamedRange(name, sheet.getRange(2, i + 1, listOf(d, p).length, 1));
  });
  if (!sheet.isSheetHidden()) sheet.hideSheet();
  protectView(sheet, api);
  return sheet;
}

/** One rule per parent option, built once per run (a dropdown offering that parent's list). */
function ruleFactory(ss: Spreadsheet, d: Dependent, api: SheetsApi, help: string): (parent: string) => DataValidation | null {
  const built = new Map<string, DataValidation | null>();
  return (parent) => {
    if (!built.has(parent)) {
      const range = ss.getRangeByName(listRangeName(d.col, parent));
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
 * Every data row's dependent cell gets its parent's list: one read of the parent column, one
 * setDataValidations on the dependent column. `rows` data rows from FIRST_DATA_ROW (the sheet's size).
 */
export function applyDependentRules(
  ss: Spreadsheet,
  sheet: Sheet,
  tab: TabSpec,
  columnOf: Readonly<Record<string, number>>,
  rows: number,
  api: SheetsApi,
  notes: Notes,
): void {
  for (const d of DEPENDENTS.filter((x) => x.tab.key === tab.key)) {
    const parentCol = columnOf[d.on.key];
    const col = columnOf[d.col.key];
    if (!parentCol || !col || rows < 1) continue;
    const values = sheet.getRange(FIRST_DATA_ROW, parentCol, rows, 1).getValues();
    const rule = ruleFactory(ss, d, api, notes.note(d.col.noteKey));
    sheet.getRange(FIRST_DATA_ROW, col, rows, 1).setDataValidations(values.map((r) => [rule(parentOf(d, r[0]))]));
  }
}

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
    const rule = ruleFactory(ss, d, api, help);
    sheet.getRange(top, col, values.length, 1).setDataValidations(values.map((r) => [rule(parentOf(d, r[parentCol - 1]))]));
    wrote = true;
  }
  return wrote;
}
