/**
 * Writes the Problems tab: one row per problem with a link that jumps to
 * the cell. Sheets links to a cell of the same file with '#gid=<sheetId>&range=<A1>'
 * (what Insert > Link > "Sheets and named ranges" produces;
 * https://support.google.com/docs/answer/45893). The tab is the add-on's
 * output: its data rows are replaced on every run, in one clear and one write
 * plus a number format and the formulas of the link column.
 */
import { stringLiteral as q } from '../../core/formulas';
import type { Lang } from '../../core/i18n';
import { fill } from '../../core/i18n';
import type { RenderedIssue } from '../../core/messages';
import { UI_TEXT } from '../../core/messages';
import { tabSpec } from '../../core/schema/tabs';
import { FIRST_DATA_ROW } from '../../core/schema/types';
import type { TableData } from '../../sheets/table';
import { findTable } from '../../sheets/table';
import { ensureRows } from '../../sheets/write';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface ProblemRow extends RenderedIssue {
  /** getSheetId() of the sheet holding the cell; null when the tab is gone. */
  readonly sheetId: number | null;
}

/** Rows listed on the Problems tab; the toast still counts every problem. */
export const MAX_LISTED = 5000;

/** The link formula; the visible text is the cell reference, which is ours, never user text. */
export function cellLink(p: ProblemRow): string {
  return p.sheetId === null ? '' : `=HYPERLINK(${q(`#gid=${p.sheetId}&range=${p.a1}`)},${q(p.ref)})`;
}

/** The Problems tab as it is (one read), so a run reads it with everything else before writing. */
export const readProblemsTab = (ss: Spreadsheet): TableData | null => findTable(ss, tabSpec('problems'));

/** Returns false when the workbook has no Problems tab (the caller says to run Create or repair). */
export function writeProblems(
  ss: Spreadsheet,
  lang: Lang,
  problems: readonly ProblemRow[],
  checkedOn: string,
  table: TableData | null = readProblemsTab(ss),
): boolean {
  const spec = tabSpec('problems');
  if (!table) return false;
  const sheet = table.sheet;
  const col = (key: string): number => table.columnOf[key] ?? spec.columns.findIndex((c) => c.key === key) + 1;
  const width = Math.max(table.width, ...spec.columns.map((c) => col(c.key)));
  if (table.rows.length > 0) sheet.getRange(FIRST_DATA_ROW, 1, table.rows.length, width).clearContent();

  const blank = (): string[] => Array.from({ length: width }, () => '');
  // A list nobody reads to the end helps nobody; the rest shows up once these are fixed.
  const listed = problems.slice(0, MAX_LISTED);
  const rows: string[][] = listed.map((p) => {
    const r = blank();
    r[col('severity') - 1] = p.severity;
    r[col('tab') - 1] = p.tab;
    r[col('field') - 1] = p.field;
    r[col('message') - 1] = p.message;
    r[col('hint') - 1] = p.hint;
    return r;
  });
  if (problems.length > listed.length) {
    const r = blank();
    r[col('message') - 1] = fill(UI_TEXT.moreProblems[lang], { count: problems.length - listed.length });
    rows.push(r);
  }
  if (rows.length === 0) {
    const r = blank();
    r[col('message') - 1] = fill(UI_TEXT.noProblems[lang], { date: checkedOn });
    rows.push(r);
  }
  ensureRows(sheet, FIRST_DATA_ROW + rows.length - 1);
  sheet.getRange(FIRST_DATA_ROW, 1, rows.length, width).setValues(rows);
  if (listed.length > 0) {
    // The template formats text columns as plain text ('@'), where Sheets keeps even a formula as text.
    const links = sheet.getRange(FIRST_DATA_ROW, col('cell'), listed.length, 1);
    links.setNumberFormat('General');
    links.setFormulas(listed.map((p) => [cellLink(p)]));
  }
  return true;
}
