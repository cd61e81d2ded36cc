/**
 * Menu "Set up portfolio rollup" (in the head of sales' own file): the
 * Sources tab (the user pastes one dossier file URL per row) and the Rollup
 * tab pulling each source's export block with IMPORTRANGE (no script scope:
 * the user clicks "Allow access" once per source;
 * https://support.google.com/docs/answer/3093340). Everything computed is a
 * formula, so the rollup stays live without the script. Calls are constant:
 * one read of the URL column and one write per block.
 */
import { columnLetters } from '../../core/a1';
import { label, text } from '../../core/i18n';
import { NOTES_FILE, parseNotes } from '../../core/notes';
import { paletteOf } from '../../core/risk/palette';
import { accountRules } from '../../core/risk/colourRules';
import { DEFAULT_SETTINGS } from '../../core/settingsValues';
import { FIRST_DATA_ROW, HEADER_ROW } from '../../core/schema/types';
import { EXPORT_COLUMNS } from '../../core/team/export';
import type { RollupNames } from '../../core/team/rollup';
import {
  blockStart,
  MAX_SOURCES,
  MEASURE_LABEL_COL,
  measureCells,
  ROLLUP_WIDTH,
  rollupCells,
  rollupCol,
  SOURCE_COLUMNS,
  sourceFormulas,
} from '../../core/team/rollup';
import { findOrInsertTab } from '../../sheets/locate';
import { ensureColumns, ensureRows } from '../../sheets/write';
import type { Env } from '../env';
import { replaceOwnRules } from '../risk/colourRules';
import { ensureTabs } from '../template';
import { exportHeader } from './export';

export interface RollupResult {
  readonly sources: number;
}

export function setUpRollup(env: Env): RollupResult {
  const ss = env.spreadsheet;
  const lang = env.lang;
  const title = text(lang, 'rollup.title');
  const src = findOrInsertTab(ss, 'sources', label('tab.sources'), lang, 'first').sheet;
  const roll = findOrInsertTab(ss, 'rollup', label('tab.rollup'), lang, 'last').sheet;
  // Settings (reminder hour, thresholds) and the Notices log (the ledger) for the supervisors' digests.
  ensureTabs(ss, lang, ['settings', 'notices'], env.sheetsApi, parseNotes(env.projectHtml(NOTES_FILE), lang));
  const names: RollupNames = { sources: src.getName(), rollup: roll.getName() };
  const lastSlotRow = FIRST_DATA_ROW + MAX_SOURCES - 1;
  ensureRows(src, lastSlotRow);
  ensureColumns(src, MEASURE_LABEL_COL + 1);
  const urls = src
    .getRange(FIRST_DATA_ROW, 1, MAX_SOURCES, 1)
    .getValues()
    .map((r) => String(r[0] ?? '').trim());
  src.getRange(HEADER_ROW, 1, 1, SOURCE_COLUMNS.length).setValues([SOURCE_COLUMNS.map((c) => text(lang, `rollup.col.${c}`))]);
  const slots = urls.reduce((n, u, i) => (u !== '' ? i + 1 : n), 0);
  src.getRange(FIRST_DATA_ROW, 2, MAX_SOURCES, SOURCE_COLUMNS.length - 1).clearContent();
  if (slots === 0) {
    env.toast(text(lang, 'rollup.noSources'), title);
    return { sources: 0 };
  }
  src.getRange(FIRST_DATA_ROW, 2, slots, SOURCE_COLUMNS.length - 1).setValues(sourceFormulas(names, slots, lang));
  src.getRange(FIRST_DATA_ROW, MEASURE_LABEL_COL, 7, 2).setValues(measureCells(names, slots, lang));

  // Rollup: cleared, then one block write (numbers, the imports, the duplicate flags).
  const end = blockStart(slots) - 1;
  ensureRows(roll, end);
  ensureColumns(roll, ROLLUP_WIDTH);
  const lastRow = roll.getLastRow();
  if (lastRow >= HEADER_ROW) roll.getRange(HEADER_ROW, 1, lastRow - HEADER_ROW + 1, Math.max(roll.getLastColumn(), 1)).clearContent();
  const cells = rollupCells(
    names,
    urls.slice(0, slots).map((u) => u !== ''),
    lang,
  );
  const header = [text(lang, 'rollup.col.source'), ...EXPORT_COLUMNS.map((k) => exportHeader(k, lang)), text(lang, 'rollup.col.duplicate')];
  const blank = EXPORT_COLUMNS.slice(1).map(() => '');
  const body = cells.numbers.map((n, i) => [n[0] ?? '', cells.imports[i]?.[0] ?? '', ...blank, cells.dups[i]?.[0] ?? '']);
  roll.getRange(HEADER_ROW, 1, body.length + 1, ROLLUP_WIDTH).setValues([header, ...body]);
  const rows = end - FIRST_DATA_ROW + 1;
  roll.getRange(FIRST_DATA_ROW, rollupCol('revenue_share'), rows, 1).setNumberFormat('0.0%');
  roll.getRange(FIRST_DATA_ROW, rollupCol('last_review'), rows, 2).setNumberFormat('yyyy-mm-dd');
  roll.getRange(FIRST_DATA_ROW, rollupCol('last_positive_contact'), rows, 1).setNumberFormat('yyyy-mm-dd');
  // The same risk colours as a dossier's Accounts tab, keyed on the band text each file exports.
  const share = rollupCol('revenue_share');
  const band = rollupCol('risk_band');
  replaceOwnRules(
    roll,
    accountRules(lang, { share, band, width: ROLLUP_WIDTH }, columnLetters(band), paletteOf(DEFAULT_SETTINGS)),
    env.sheetsApi,
  );
  env.toast(text(lang, 'rollup.done', { n: urls.filter((u) => u !== '').length }), title);
  return { sources: slots };
}
