/**
 * Create/repair step: the hidden Export tab and its named range (see
 * core/team/export.ts). Rewritten whole on every repair from where the
 * repair just found the Accounts and Contacts columns, so a moved column
 * still exports under its key. Calls are constant: the block is bounded.
 */
import type { Lang } from '../../core/i18n';
import { label, labelOf, text } from '../../core/i18n';
import { tabSpec } from '../../core/schema/tabs';
import { FIRST_DATA_ROW, HEADER_ROW, KEY_PREFIX, KEY_ROW } from '../../core/schema/types';
import { EXPORT_COLUMNS, EXPORT_RANGE, EXPORT_ROWS, exportFormulas } from '../../core/team/export';
import { blockA1 } from '../../core/a1';
import type { FoundTab, TabInserter } from '../../sheets/locate';
import { rangesOf } from '../../sheets/ranges';
import { NEW_SHEET_COLUMNS, NEW_SHEET_ROWS } from '../../sheets/write';
import type { TabPlace } from '../template';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The block's header for a column, in the file's language. */
export function exportHeader(key: string, lang: Lang): string {
  if (key === 'last_positive_contact' || key === 'open_escalations' || key === 'load') return text(lang, `export.col.${key}`);
  const spec = tabSpec('accounts').columns.find((c) => c.key === key);
  return spec ? spec.label[lang] : labelOf(`col.accounts.${key}`)[lang];
}

/** The export tab's grid size, read before the repair writes anything (a tab the run inserts reads nothing). */
export interface ExportRead {
  readonly found: FoundTab | null;
  readonly maxRows: number;
  readonly maxColumns: number;
}

export function readExport(found: FoundTab | null): ExportRead {
  if (!found) return { found, maxRows: NEW_SHEET_ROWS, maxColumns: NEW_SHEET_COLUMNS };
  return { found, maxRows: found.sheet.getMaxRows(), maxColumns: found.sheet.getMaxColumns() };
}

export function writeExport(
  ss: Spreadsheet,
  lang: Lang,
  layout: Readonly<Record<string, TabPlace>>,
  read: ExportRead,
  insert: TabInserter,
): void {
  const acc = layout['accounts'];
  if (!acc) return;
  const con = layout['contacts'];
  const sheet = read.found?.sheet ?? insert('export', label('tab.export'), 'last');
  const width = EXPORT_COLUMNS.length;
  const last = FIRST_DATA_ROW + EXPORT_ROWS - 1;
  if (read.maxRows < last) sheet.insertRowsAfter(read.maxRows, last - read.maxRows);
  if (read.maxColumns < width) sheet.insertColumnsAfter(read.maxColumns, width - read.maxColumns);
  const firstDate = EXPORT_COLUMNS.indexOf('last_review') + 1;
  const headA1 = blockA1(KEY_ROW, 1, HEADER_ROW - KEY_ROW + 1, width);
  const blockA = blockA1(FIRST_DATA_ROW, 1, EXPORT_ROWS, width);
  const datesA1 = blockA1(FIRST_DATA_ROW, firstDate, EXPORT_ROWS, 3);
  const ranges = rangesOf(sheet, [headA1, blockA, datesA1]);
  ranges(headA1).setValues([EXPORT_COLUMNS.map((k) => `${KEY_PREFIX}${k}`), EXPORT_COLUMNS.map((k) => exportHeader(k, lang))]);
  const block = ranges(blockA);
  block.setFormulas(
    exportFormulas(
      {
        accountsSheet: acc.name,
        accountsColumnOf: acc.columnOf,
        contactsSheet: con ? con.name : null,
        contactsColumnOf: con ? con.columnOf : {},
      },
      lang,
    ),
  );
  ss.setNamedRange(EXPORT_RANGE, block);
  // Dates read as dates (IMPORTRANGE carries values; the rollup formats its own columns too).
  ranges(datesA1).setNumberFormat('yyyy-mm-dd');
  if (!read.found) {
    sheet.hideRows(KEY_ROW);
    // The rollup reads it; people work in Accounts.
    sheet.hideSheet();
  }
}
