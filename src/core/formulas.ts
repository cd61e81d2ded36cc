/**
 * Sheet formulas for computed columns. They live in the sheet (one
 * ARRAYFORMULA per column, anchored on the first data row and reading
 * open-ended ranges) so the workbook stays correct while no script runs, and
 * they use only functions that Google Sheets and HyperFormula agree on:
 * no EDATE (HyperFormula gets leap years wrong), no OR/AND inside arrays
 * (they aggregate instead of working per row).
 */
import type { Lang } from './i18n';
import { label } from './i18n';
import type { RiskBandKey } from './risk/bands';
import { bandLabel, thresholdSetting } from './risk/bands';
import { settingRangeName } from './schema/settings';
import type { FormulaKey } from './schema/types';
import { FIRST_DATA_ROW } from './schema/types';

/** Returns the A1 column letters of a column key in the actual sheet. */
export type ColumnLetters = (key: string) => string;

/** A text as a formula string literal: say "hi" becomes "say ""hi""". */
export const stringLiteral = (s: string): string => `"${s.replace(/"/g, '""')}"`;
const q = stringLiteral;

export const MISSING_COMPANY_REVENUE: Readonly<Record<Lang, string>> = label('formula.missingCompanyRevenue');

/**
 * The band label of the share in `cell` against the Settings thresholds, or "" when it is not a number. The
 * Accounts risk band column and the Portfolio's top-1 band share it, so they never word a band differently.
 */
export function bandExpression(cell: string, lang: Lang): string {
  const band = (b: RiskBandKey): string => q(bandLabel(b)[lang]);
  const over = (b: Exclude<RiskBandKey, 'below'>): string => `${cell}>${settingRangeName(thresholdSetting(b))}`;
  return (
    `IF(ISNUMBER(${cell}),IF(${over('mono')},${band('mono')},` +
    `IF(${over('critical')},${band('critical')},IF(${over('key')},${band('key')},${band('below')}))),"")`
  );
}

/** Open-ended column range from the first data row: `G3:G`. */
export function dataColumn(letters: string): string {
  return `${letters}${FIRST_DATA_ROW}:${letters}`;
}

export function computedFormula(key: FormulaKey, col: ColumnLetters, lang: Lang): string {
  switch (key) {
    case 'revenueShare': {
      const rev = dataColumn(col('annual_revenue'));
      const company = settingRangeName('company_revenue');
      return (
        `=ARRAYFORMULA(IF(${rev}="","",IF(N(${company})<=0,${q(MISSING_COMPANY_REVENUE[lang])},` +
        `IF(ISNUMBER(${rev}),${rev}/N(${company}),""))))`
      );
    }
    case 'riskBand':
      return `=ARRAYFORMULA(${bandExpression(dataColumn(col('revenue_share')), lang)})`;
    case 'nextReviewDue': {
      // last + N months, clamped to the target month's last day (31 Jan + 1 = 28/29 Feb).
      const d = dataColumn(col('last_review'));
      const n = settingRangeName('review_interval_months');
      const lastDay = `DAY(DATE(YEAR(${d}),MONTH(${d})+${n}+1,0))`;
      return `=ARRAYFORMULA(IF(ISNUMBER(${d}),DATE(YEAR(${d}),MONTH(${d})+${n},` + `IF(DAY(${d})>${lastDay},${lastDay},DAY(${d}))),""))`;
    }
  }
}
