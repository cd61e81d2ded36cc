/**
 * The "Dossier view" tab: pick an account in B2 and every part of its
 * dossier appears, computed by sheet formulas (so it works while no script
 * runs) — a one-page brief to read before meeting the client.
 *
 * Key/value parts use INDEX/MATCH. List parts find the k-th row of the
 * account with SMALL(IF(match, SEQUENCE(ROWS(range)))) in a hidden helper
 * column, then INDEX each field: FILTER would be shorter, but HyperFormula
 * sizes FILTER's spill by its whole input and filters one column only, and
 * ROW(range) is scalar there; SEQUENCE/SMALL/INDEX agree in both engines.
 */
import type { Lang } from '../core/i18n';
import { fill, label } from '../core/i18n';
import type { ColumnKey } from '../core/schema/tabs';
import { columnAt, SCHEMA, VIEW_TABS } from '../core/schema/tabs';
import type { ColumnSpec } from '../core/schema/types';
import { FIRST_DATA_ROW } from '../core/schema/types';
import { blockA1, cellA1, columnLetters, quoteSheet } from '../core/a1';
import { numberFormatFor } from '../core/schema/columnPlan';
import { stringLiteral } from '../core/formulas';
import type { SheetsApi } from '../sheets/api';
import type { FoundTab, TabInserter } from '../sheets/locate';
import type { ViewProtection } from '../sheets/protect';
import { readViewProtection, writeViewProtection } from '../sheets/protect';
import { rangesOf } from '../sheets/ranges';
import { literalText, NEW_SHEET_COLUMNS, NEW_SHEET_ROWS } from '../sheets/write';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
/** Where each tab's columns sit and how the tab is named now (formulas quote it). */
export type Layout = Readonly<Record<string, { readonly name: string; readonly columnOf: Readonly<Record<string, number>> }>>;

export const PICKER_CELL = 'B2';
const HELPER_COLUMN = 12; // hidden: the source row index of each list line
const WIDTH = HELPER_COLUMN;

/** Lines reserved per list part; contacts come last and newest first. */
type ListTab = 'decisionGroup' | 'competitors' | 'plan' | 'reviews' | 'contacts';
const LISTS: readonly { tab: ListTab; lines: number }[] = [
  { tab: 'decisionGroup', lines: 15 },
  { tab: 'competitors', lines: 10 },
  { tab: 'plan', lines: 12 },
  { tab: 'reviews', lines: 8 },
  { tab: 'contacts', lines: 20 },
];
const FORMS = ['accounts', 'general', 'ourView'] as const;

const TEXT = {
  title: label('dossier.title'),
  pick: label('dossier.pick'),
  hint: label('dossier.hint'),
  noAccounts: label('dossier.noAccounts'),
  lines: label('dossier.lines'),
  shown: label('dossier.shown'),
} as const;

/**
 * An empty source cell shows as blank: Sheets does that for INDEX alone, but
 * Excel and LibreOffice (the exported workbook) would show 0 or 1899-12-30.
 */
function blankIfEmpty(ref: string): string {
  return `IF(${ref}="","",${ref})`;
}

/** The column's number format for a formula cell showing it; plain text ('@') would show the formula itself. */
function viewFormat(c: ColumnSpec): string {
  const f = numberFormatFor(c);
  return f === null || f === '@' ? 'General' : f;
}

export interface ViewResult {
  /** Cells ('Dossier view'!E1) a user typed into that the view left as they were. */
  readonly kept: readonly string[];
}

/** The view as data: its grid of labels and formulas, formats, and the section rows in bold. */
export interface ViewGrid {
  readonly cells: string[][];
  readonly formats: string[][];
  readonly bold: readonly number[];
}

/** The grid for the tabs as placed (names and columns from the repair); null without an Accounts tab. */
export function dossierGrid(lang: Lang, layout: Layout): ViewGrid | null {
  const accounts = layout['accounts'];
  if (!accounts) return null;
  const idCol = columnLetters(columnAt(accounts.columnOf, 'accounts', 'account_id'));
  const idRange = `${quoteSheet(accounts.name)}!${idCol}${FIRST_DATA_ROW}:${idCol}`;

  const cells: string[][] = [];
  const formats: string[][] = [];
  const bold: number[] = [];
  const row = (values: string[], fmt: string[] = []): void => {
    cells.push(Array.from({ length: WIDTH }, (_, i) => values[i] ?? ''));
    formats.push(Array.from({ length: WIDTH }, (_, i) => fmt[i] ?? 'General'));
  };
  row([TEXT.title[lang]]);
  // A formula, so the hint follows the Accounts tab live: with no account yet there is nothing to pick.
  const hint = `=IF(SUMPRODUCT((${idRange}<>"")*1)=0,${stringLiteral(fill(TEXT.noAccounts[lang], { accounts: accounts.name }))},${stringLiteral(TEXT.hint[lang])})`;
  row([TEXT.pick[lang], '', hint]);
  const pickerRef = '$B$2';

  for (const key of FORMS) {
    const place = layout[key];
    if (!place) continue;
    const spec = SCHEMA[key];
    row([]);
    bold.push(cells.length + 1);
    row([spec.name[lang]]);
    const src = quoteSheet(place.name);
    const keyCol = columnLetters(
      key === 'accounts' ? columnAt(place.columnOf, key, 'account_id') : columnAt(place.columnOf, key, 'account'),
    );
    for (const c of spec.columns) {
      if (c.key === 'account' || c.key === 'account_id') continue;
      const col = columnLetters(columnAt(place.columnOf, key, c.key));
      const cell = `INDEX(${src}!${col}${FIRST_DATA_ROW}:${col},MATCH(${pickerRef},${src}!${keyCol}${FIRST_DATA_ROW}:${keyCol},0))`;
      const f = `=IF(${pickerRef}="","",IFERROR(${blankIfEmpty(cell)},""))`;
      row([c.label[lang], f], ['General', viewFormat(c)]);
    }
  }

  for (const list of LISTS) {
    const place = layout[list.tab];
    if (!place) continue;
    const spec = SCHEMA[list.tab];
    const src = quoteSheet(place.name);
    const keyCol = columnLetters(columnAt(place.columnOf, list.tab, 'account'));
    const keys = `${src}!${keyCol}${FIRST_DATA_ROW}:${keyCol}`;
    const fields: readonly ColumnSpec<ColumnKey<ListTab>>[] = spec.columns.filter((c) => c.key !== 'account').slice(0, HELPER_COLUMN - 1);
    row([]);
    bold.push(cells.length + 1);
    row([
      spec.name[lang],
      `=COUNTIF(${keys},${pickerRef})&" ${TEXT.lines[lang]}"&IF(COUNTIF(${keys},${pickerRef})>${list.lines},", ${fill(TEXT.shown[lang], { n: list.lines })}","")`,
    ]);
    bold.push(cells.length + 1);
    row(fields.map((c) => c.label[lang]));
    for (let k = 1; k <= list.lines; k++) {
      const r = cells.length + 1;
      const helper = cellA1(r, HELPER_COLUMN).replace(/(\D+)(\d+)/, '$$$1$2');

      const line: string[] = fields.map((c) => {
        const col = columnLetters(columnAt(place.columnOf, list.tab, c.key));
        return `=IF(${helper}="","",${blankIfEmpty(`INDEX(${src}!${col}${FIRST_DATA_ROW}:${col},${helper})`)})`;
      });
      // A blank picker would match every blank row below the data: show nothing instead.
      const seq = `SEQUENCE(ROWS(${keys}))`;
      let pick = `SMALL(ARRAYFORMULA(IF(${keys}=${pickerRef},${seq},"")),${k})`;
      if (list.tab === 'contacts') {
        // Newest by date, not by row: rank date * 100000 + row, then keep the row (a tie goes to the lower row).
        const dateCol = columnLetters(columnAt(place.columnOf, 'contacts', 'date'));
        const dates = `${src}!${dateCol}${FIRST_DATA_ROW}:${dateCol}`;
        pick = `MOD(LARGE(ARRAYFORMULA(IF(${keys}=${pickerRef},IF(ISNUMBER(${dates}),${dates},0)*100000+${seq},"")),${k}),100000)`;
      }
      line[HELPER_COLUMN - 1] = `=IF(${pickerRef}="","",IFERROR(${pick},""))`;
      row(line, fields.map(viewFormat));
    }
  }
  return { cells, formats, bold };
}

/** What the view tab holds now: its grid size, values and formulas where the grid goes, its protection. */
export interface ViewRead {
  readonly found: FoundTab | null;
  readonly maxRows: number;
  readonly maxColumns: number;
  readonly values: readonly (readonly unknown[])[];
  readonly formulas: readonly (readonly string[])[];
  readonly protection: ViewProtection;
  /** The view's name, read only when a typed cell is kept (the toast names it). */
  readonly name: string;
}

/** A cell a user typed into (a value, no formula). */
const typedAt = (values: ViewRead['values'], formulas: ViewRead['formulas'], r: number, c: number): boolean => {
  const was = values[r]?.[c];
  return was !== '' && was !== null && was !== undefined && (formulas[r]?.[c] ?? '') === '';
};

/** Reads the existing view (nothing for a view the run inserts): one block of values and formulas. */
export function readDossierView(found: FoundTab | null, grid: ViewGrid | null, api: SheetsApi): ViewRead {
  const name = VIEW_TABS.dossier.en;
  if (!found || !grid)
    return { found, maxRows: NEW_SHEET_ROWS, maxColumns: NEW_SHEET_COLUMNS, values: [], formulas: [], protection: null, name };
  const sheet = found.sheet;
  const maxRows = sheet.getMaxRows();
  const maxColumns = sheet.getMaxColumns();
  // What is there: the picker and anything a user typed into a cell this layout leaves blank are kept.
  const block = sheet.getRange(1, 1, Math.min(grid.cells.length, maxRows), Math.min(WIDTH, maxColumns));
  const values = block.getValues();
  const formulas = block.getFormulas();
  const keeps = grid.cells.some((line, r) => line.some((v, c) => v === '' && !(r === 1 && c === 1) && typedAt(values, formulas, r, c)));
  return { found, maxRows, maxColumns, values, formulas, protection: readViewProtection(sheet, api), name: keeps ? sheet.getName() : name };
}

export function writeDossierView(
  grid: ViewGrid | null,
  read: ViewRead,
  accountIds: Range | null,
  insert: TabInserter,
  api: SheetsApi,
): ViewResult {
  const sheet: Sheet = read.found?.sheet ?? insert('dossierView', VIEW_TABS.dossier, 'first');
  if (!grid) return { kept: [] };
  const { cells, formats, bold } = grid;
  if (read.maxRows < cells.length) sheet.insertRowsAfter(read.maxRows, cells.length - read.maxRows);
  if (read.maxColumns < WIDTH) sheet.insertColumnsAfter(read.maxColumns, WIDTH - read.maxColumns);
  // The picker and typed cells go back as they were (as text: an id such as "=X1" must not turn into a formula).
  const kept: string[] = [];
  const values: unknown[][] = cells.map((line, r) =>
    line.map((v, c): unknown => {
      const was = read.values[r]?.[c];
      const picker = r === 1 && c === 1;
      if (typedAt(read.values, read.formulas, r, c) && (picker || v === '')) {
        if (!picker) kept.push(`${quoteSheet(read.name)}!${cellA1(r + 1, c + 1)}`);
        return was instanceof Date ? was : literalText(String(was));
      }
      return picker ? '' : v;
    }),
  );
  const gridA1 = blockA1(1, 1, cells.length, WIDTH);
  const ranges = rangesOf(sheet, [gridA1, PICKER_CELL, 'A1']);
  const block = ranges(gridA1);
  block.setNumberFormats(formats);
  // Written whole: a formula's stored text may differ from what was written, so a read cannot prove it in place.
  block.setValues(values);
  if (accountIds)
    ranges(PICKER_CELL).setDataValidation(api.newDataValidation().requireValueInRange(accountIds, true).setAllowInvalid(false).build());
  ranges('A1').setFontSize(14).setFontWeight('bold');
  // The section rows: one list, two writes.
  sheet
    .getRangeList(bold.map((r) => `A${r}:K${r}`))
    .setFontWeight('bold')
    .setBackground('#e8eaed');
  sheet.hideColumns(HELPER_COLUMN);
  sheet.setFrozenRows(2); // the title and the picker stay in sight while the dossier scrolls
  sheet.setColumnWidth(1, 200);
  sheet.setColumnWidth(2, 220);
  sheet.setTabColor('#202124');
  writeViewProtection(sheet, read.protection, [ranges(PICKER_CELL)]);
  return { kept };
}
