/**
 * The head of sales' rollup file, as formulas: the Sources tab (one dossier
 * file URL per row, typed by the user; status, KAM, accounts, revenue and
 * share per source; the portfolio measures) and the Rollup tab (one bounded
 * IMPORTRANGE block of EXPORT_ROWS rows per source, plus a duplicate flag
 * per row). A source not yet allowed shows as such in Status and keeps the
 * measures from being computed on a partial portfolio: they say what they
 * wait for instead of counting the source as zero.
 */
import { cellA1, columnLetters, quoteSheet } from '../a1';
import { stringLiteral as q } from '../formulas';
import type { Lang } from '../i18n';
import { text } from '../i18n';
import { HHI_CONCENTRATED_ABOVE, HHI_MODERATE_FROM, hhiBandLabel } from '../risk/bands';
import { settingSpec } from '../schema/settings';
import { FIRST_DATA_ROW } from '../schema/types';
import type { ExportColumn } from './export';
import { EXPORT_COLUMNS, EXPORT_RANGE, EXPORT_ROWS, exportIndex } from './export';

export const MAX_SOURCES = 30;
/** Sources tab: URL typed in column A from FIRST_DATA_ROW; formulas in B..G; measures in I:J. */
export const SOURCE_COLUMNS = ['url', 'status', 'kam', 'accounts', 'revenue', 'share', 'load'] as const;
export const MEASURES = ['waiting', 'accounts', 'hhi', 'hhiBand', 'top1', 'top5', 'duplicates'] as const;
export type Measure = (typeof MEASURES)[number];
export const MEASURE_LABEL_COL = SOURCE_COLUMNS.length + 2;

/** Rollup tab: A source number, B.. the imported block, then the duplicate flag. */
export const ROLLUP_FIRST_IMPORT_COL = 2;
export const ROLLUP_DUP_COL = ROLLUP_FIRST_IMPORT_COL + EXPORT_COLUMNS.length;
export const ROLLUP_WIDTH = ROLLUP_DUP_COL;

export const blockStart = (slot: number): number => FIRST_DATA_ROW + slot * EXPORT_ROWS;
export const rollupCol = (key: ExportColumn): number => ROLLUP_FIRST_IMPORT_COL + exportIndex(key) - 1;
const L = (key: ExportColumn): string => columnLetters(rollupCol(key));

export interface RollupNames {
  readonly sources: string;
  readonly rollup: string;
}

/** Formulas of Sources columns B..G for `slots` rows. */
export function sourceFormulas(names: RollupNames, slots: number, lang: Lang): string[][] {
  const ok = q(text(lang, 'rollup.status.ok'));
  const r = quoteSheet(names.rollup);
  const max = settingSpec('max_key_accounts').default;
  const out: string[][] = [];
  for (let i = 0; i < slots; i++) {
    const row = FIRST_DATA_ROW + i;
    const s = blockStart(i);
    const e = s + EXPORT_ROWS - 1;
    const block = (k: ExportColumn): string => `${r}!$${L(k)}$${s}:$${L(k)}$${e}`;
    const first = `${r}!$${columnLetters(ROLLUP_FIRST_IMPORT_COL)}$${s}`;
    const waiting = q(text(lang, 'rollup.status.waiting', { cell: cellA1(s, ROLLUP_FIRST_IMPORT_COL) }));
    const whenOk = (expr: string): string => `=IF($B${row}=${ok},${expr},"")`;
    // A pulled file whose accounts have no numeric share (no company revenue in its Settings) is not counted
    // silently: its status says why, so the measures wait for it like for a source not yet allowed.
    const noShare = q(text(lang, 'rollup.status.noShare'));
    const shareGap = `COUNT(${block('revenue_share')})<COUNT(${block('open_escalations')})`;
    out.push([
      `=IF($A${row}="","",IF(ISERROR(${first}),${waiting},IF(${shareGap},${noShare},${ok})))`,
      whenOk(`${r}!$${L('manager_email')}$${s}`),
      // open_escalations is a number on every account row and "" elsewhere; COUNT agrees in both engines (COUNTA/COUNTBLANK do not on "").
      whenOk(`COUNT(${block('open_escalations')})`),
      whenOk(`SUM(${block('annual_revenue')})`),
      whenOk(`SUM(${block('revenue_share')})`),
      // Load counts revenue key accounts that are not closed (core/workload.ts), not every row of the file.
      whenOk(`IF(SUM(${block('load')})>${max},${q(text(lang, 'rollup.load.over'))},${q(text(lang, 'rollup.load.ok'))})`),
    ]);
  }
  return out;
}

/** Label and formula of each measure (I:J of the Sources tab). */
export function measureCells(names: RollupNames, slots: number, lang: Lang): [string, string][] {
  const ok = q(text(lang, 'rollup.status.ok'));
  const last = FIRST_DATA_ROW + slots - 1;
  const end = blockStart(slots) - 1;
  const r = quoteSheet(names.rollup);
  const shares = `${r}!$${L('revenue_share')}$${FIRST_DATA_ROW}:$${L('revenue_share')}$${end}`;
  const dup = `${r}!$${columnLetters(ROLLUP_DUP_COL)}$${FIRST_DATA_ROW}:$${columnLetters(ROLLUP_DUP_COL)}$${end}`;
  const waitCell = `$J$${FIRST_DATA_ROW}`;
  const gated = (expr: string): string => `=IF(${waitCell}>0,${q(text(lang, 'rollup.incomplete'))},${expr})`;
  const hhiCell = `$J$${FIRST_DATA_ROW + MEASURES.indexOf('hhi')}`;
  const large = [1, 2, 3, 4, 5].map((k) => `IFERROR(LARGE(${shares},${k}),0)`).join('+');
  const f: Record<Measure, string> = {
    waiting: `=COUNTA($A$${FIRST_DATA_ROW}:$A$${last})-COUNTIF($B$${FIRST_DATA_ROW}:$B$${last},${ok})`,
    accounts: gated(`SUM($D$${FIRST_DATA_ROW}:$D$${last})`),
    hhi: gated(`SUMSQ(${shares})`),
    hhiBand: `=IF(ISNUMBER(${hhiCell}),IF(${hhiCell}>${HHI_CONCENTRATED_ABOVE},${q(hhiBandLabel('concentrated')[lang])},IF(${hhiCell}>=${HHI_MODERATE_FROM},${q(hhiBandLabel('moderate')[lang])},${q(hhiBandLabel('diversified')[lang])})),"")`,
    top1: gated(`MAX(${shares})`),
    top5: gated(large),
    duplicates: `=COUNTIF(${dup},${q(text(lang, 'rollup.col.duplicate'))})`,
  };
  const labelKey: Record<Measure, Parameters<typeof text>[1]> = {
    waiting: 'rollup.m.waiting',
    accounts: 'rollup.m.accounts',
    hhi: 'rollup.m.hhi',
    hhiBand: 'rollup.m.hhi',
    top1: 'rollup.m.top1',
    top5: 'rollup.m.top5',
    duplicates: 'rollup.m.duplicates',
  };
  return MEASURES.map((m) => [m === 'hhiBand' ? '' : text(lang, labelKey[m]), f[m]]);
}

/** Rollup columns A (source number), B (the import at each block's first row) and the duplicate flag, rows FIRST_DATA_ROW.. */
export function rollupCells(
  names: RollupNames,
  slots: readonly boolean[],
  lang: Lang,
): { numbers: number[][]; imports: string[][]; dups: string[][] } {
  const numbers: number[][] = [];
  const imports: string[][] = [];
  const dups: string[][] = [];
  const end = blockStart(slots.length) - 1;
  const name = L('name');
  const dupText = q(text(lang, 'rollup.col.duplicate'));
  slots.forEach((filled, i) => {
    for (let k = 0; k < EXPORT_ROWS; k++) {
      const row = blockStart(i) + k;
      numbers.push([i + 1]);
      imports.push([filled && k === 0 ? `=IMPORTRANGE(${quoteSheet(names.sources)}!$A$${FIRST_DATA_ROW + i},${q(EXPORT_RANGE)})` : '']);
      // The same client (by name) in two dossier files: the confidentiality rule and the shares both go wrong.
      dups.push([
        `=IF(ISERROR(${name}${row}),"",IF(${name}${row}="","",IF(COUNTIF($${name}$${FIRST_DATA_ROW}:$${name}$${end},${name}${row})>1,${dupText},"")))`,
      ]);
    }
  });
  return { numbers, imports, dups };
}
