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
import { findOrInsertTab } from '../../sheets/locate';
import { ensureColumns, ensureRows } from '../../sheets/write';
import type { TabPlace } from '../template';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The block's header for a column, in the file's language. */
export function exportHeader(key: string, lang: Lang): string {
  if (key === 'last_positive_contact' || key === 'open_escalations' || key === 'load') return text(lang, `export.col.${key}`);
  const spec = tabSpec('accounts').columns.find((c) => c.key === key);
  return spec ? spec.label[lang] : labelOf(`col.accounts.${key}`)[lang];
}

export function buildExport(ss: Spreadsheet, lang: Lang, layout: Readonly<Record<string, TabPlace>>): void {
  const acc = layout['accounts'];
  if (!acc) return;
  const con = layout['contacts'];
  const { sheet, created } = findOrInsertTab(ss, 'export', label('tab.export'), lang, 'last');
  const width = EXPORT_COLUMNS.length;
  const last = FIRST_DATA_ROW + EXPORT_ROWS - 1;
  ensureRows(sheet, last);
  ensureColumns(sheet, width);
  sheet
    .getRange(KEY_ROW, 1, HEADER_ROW - KEY_ROW + 1, width)
    .setValues([EXPORT_COLUMNS.map((k) => `${KEY_PREFIX}${k}`), EXPORT_COLUMNS.map((k) => exportHeader(k, lang))]);
  const block = sheet.getRange(FIRST_DATA_ROW, 1, EXPORT_ROWS, width);
  block.setFormulas(
    exportFormulas(
      {
        accountsSheet: acc.sheet.getName(),
        accountsColumnOf: acc.columnOf,
        contactsSheet: con ? con.sheet.getName() : null,
        contactsColumnOf: con ? con.columnOf : {},
      },
      lang,
    ),
  );
  ss.setNamedRange(EXPORT_RANGE, block);
  // Dates read as dates (IMPORTRANGE carries values; the rollup formats its own columns too).
  const firstDate = EXPORT_COLUMNS.indexOf('last_review') + 1;
  sheet.getRange(FIRST_DATA_ROW, firstDate, EXPORT_ROWS, 3).setNumberFormat('yyyy-mm-dd');
  if (created) {
    sheet.hideRows(KEY_ROW);
    // The rollup reads it; people work in Accounts.
    sheet.hideSheet();
  }
}
