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
import { tabSpec, VIEW_TABS } from '../core/schema/tabs';
import type { ColumnSpec, TabKey, TabSpec } from '../core/schema/types';
import { FIRST_DATA_ROW } from '../core/schema/types';
import { cellA1, columnLetters, quoteSheet } from '../core/a1';
import { stringLiteral } from '../core/formulas';
import type { SheetsApi } from '../sheets/api';
import { findOrInsertTab } from '../sheets/locate';
import { numberFormatFor } from '../sheets/dataValidation';
import { protectView } from '../sheets/protect';
import { ensureColumns, ensureRows, literalText } from '../sheets/write';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
export type Layout = Readonly<Record<string, { sheet: Sheet; columnOf: Readonly<Record<string, number>> }>>;

export const PICKER_CELL = 'B2';
const HELPER_COLUMN = 12; // hidden: the source row index of each list line
const WIDTH = HELPER_COLUMN;

/** Lines reserved per list part; contacts come last and newest first. */
const LISTS: readonly { tab: TabKey; lines: number; newestFirst?: boolean }[] = [
  { tab: 'decisionGroup', lines: 15 },
  { tab: 'competitors', lines: 10 },
  { tab: 'plan', lines: 12 },
  { tab: 'reviews', lines: 8 },
  { tab: 'contacts', lines: 20, newestFirst: true },
];
const FORMS: readonly TabKey[] = ['accounts', 'general', 'ourView'];

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

export function buildDossierView(ss: Spreadsheet, lang: Lang, layout: Layout, api: SheetsApi): ViewResult {
  const { sheet } = findOrInsertTab(ss, 'dossierView', VIEW_TABS.dossier, lang, 'first');
  const accounts = layout['accounts'];
  if (!accounts) return { kept: [] };
  const idCol = accounts.columnOf['account_id'] as number;
  const idRange = `${quoteSheet(accounts.sheet.getName())}!${columnLetters(idCol)}${FIRST_DATA_ROW}:${columnLetters(idCol)}`;

  const cells: string[][] = [];
  const formats: string[][] = [];
  const bold: number[] = [];
  const row = (values: string[], fmt: string[] = []): void => {
    cells.push(Array.from({ length: WIDTH }, (_, i) => values[i] ?? ''));
    formats.push(Array.from({ length: WIDTH }, (_, i) => fmt[i] ?? 'General'));
  };
  row([TEXT.title[lang]]);
  // A formula, so the hint follows the Accounts tab live: with no account yet there is nothing to pick.
  const hint = `=IF(SUMPRODUCT((${idRange}<>"")*1)=0,${stringLiteral(fill(TEXT.noAccounts[lang], { accounts: accounts.sheet.getName() }))},${stringLiteral(TEXT.hint[lang])})`;
  row([TEXT.pick[lang], '', hint]);
  const pickerRef = '$B$2';

  for (const key of FORMS) {
    const place = layout[key];
    if (!place) continue;
    const spec = tabSpec(key);
    row([]);
    bold.push(cells.length + 1);
    row([spec.name[lang]]);
    const src = quoteSheet(place.sheet.getName());
    const keyCol = columnLetters(place.columnOf[key === 'accounts' ? 'account_id' : 'account'] as number);
    for (const c of spec.columns) {
      if (c.key === 'account' || c.key === 'account_id') continue;
      const col = columnLetters(place.columnOf[c.key] as number);
      const cell = `INDEX(${src}!${col}${FIRST_DATA_ROW}:${col},MATCH(${pickerRef},${src}!${keyCol}${FIRST_DATA_ROW}:${keyCol},0))`;
      const f = `=IF(${pickerRef}="","",IFERROR(${blankIfEmpty(cell)},""))`;
      row([c.label[lang], f], ['General', viewFormat(c)]);
    }
  }

  for (const list of LISTS) {
    const place = layout[list.tab];
    if (!place) continue;
    const spec: TabSpec = tabSpec(list.tab);
    const src = quoteSheet(place.sheet.getName());
    const keyCol = columnLetters(place.columnOf['account'] as number);
    const keys = `${src}!${keyCol}${FIRST_DATA_ROW}:${keyCol}`;
    const fields = spec.columns.filter((c) => c.key !== 'account').slice(0, HELPER_COLUMN - 1);
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
        const col = columnLetters(place.columnOf[c.key] as number);
        return `=IF(${helper}="","",${blankIfEmpty(`INDEX(${src}!${col}${FIRST_DATA_ROW}:${col},${helper})`)})`;
      });
      // A blank picker would match every blank row below the data: show nothing instead.
      const seq = `SEQUENCE(ROWS(${keys}))`;
      let pick = `SMALL(ARRAYFORMULA(IF(${keys}=${pickerRef},${seq},"")),${k})`;
      if (list.newestFirst) {
        // Newest by date, not by row: rank date * 100000 + row, then keep the row (a tie goes to the lower row).
        const dateCol = columnLetters(place.columnOf['date'] as number);
        const dates = `${src}!${dateCol}${FIRST_DATA_ROW}:${dateCol}`;
        pick = `MOD(LARGE(ARRAYFORMULA(IF(${keys}=${pickerRef},IF(ISNUMBER(${dates}),${dates},0)*100000+${seq},"")),${k}),100000)`;
      }
      line[HELPER_COLUMN - 1] = `=IF(${pickerRef}="","",IFERROR(${pick},""))`;
      row(line, fields.map(viewFormat));
    }
  }

  ensureRows(sheet, cells.length);
  ensureColumns(sheet, WIDTH);
  const block = sheet.getRange(1, 1, cells.length, WIDTH);
  // One read of what is there: the picker and anything a user typed into a cell this layout leaves blank
  // are written back as they are (as text: an id such as "=X1" must not turn into a formula).
  const current = block.getValues();
  const currentFormulas = block.getFormulas();
  const kept: string[] = [];
  cells.forEach((line, r) =>
    line.forEach((v, c) => {
      const was = current[r]?.[c];
      const typed = was !== '' && was !== null && was !== undefined && (currentFormulas[r]?.[c] ?? '') === '';
      if (r === 1 && c === 1) line[c] = typed ? literalText(String(was)) : '';
      else if (v === '' && typed) {
        line[c] = was instanceof Date ? (was as unknown as string) : literalText(String(was));
        kept.push(`${quoteSheet(sheet.getName())}!${cellA1(r + 1, c + 1)}`);
      }
    }),
  );
  block.setNumberFormats(formats);
  block.setValues(cells);
  sheet
    .getRange(PICKER_CELL)
    .setDataValidation(api.newDataValidation().requireValueInRange(ss.getRange(idRange), true).setAllowInvalid(false).build());
  sheet.getRange(1, 1).setFontSize(14).setFontWeight('bold');
  // One call pair per section header (fixed by the schema, not by data rows); the local runtime has no RangeList.
  for (const r of bold) sheet.getRange(`A${r}:K${r}`).setFontWeight('bold').setBackground('#e8eaed');
  sheet.hideColumns(HELPER_COLUMN);
  sheet.setFrozenRows(2); // the title and the picker stay in sight while the dossier scrolls
  sheet.setColumnWidth(1, 200);
  sheet.setColumnWidth(2, 220);
  sheet.setTabColor('#202124');
  protectView(sheet, api, [sheet.getRange(PICKER_CELL)]);
  return { kept };
}
