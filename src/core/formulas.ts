/**
 * Sheet formulas for computed columns. They live in the sheet (one
 * ARRAYFORMULA per column, anchored on the first data row and reading
 * open-ended ranges) so the workbook stays correct while no script runs, and
 * they use only functions that Google Sheets and HyperFormula agree on:
 * no EDATE (HyperFormula gets leap years wrong), no OR/AND inside arrays
 * (they aggregate instead of working per row).
 */
import { RISK_BANDS } from './domain';
import type { Lang } from './i18n';
import { settingRangeName } from './schema/settings';
import type { FormulaKey } from './schema/types';
import { FIRST_DATA_ROW } from './schema/types';

/** Returns the A1 column letters of a column key in the actual sheet. */
export type ColumnLetters = (key: string) => string;

const q = (s: string): string => `"${s.replace(/"/g, '""')}"`;

export const MISSING_COMPANY_REVENUE: Readonly<Record<Lang, string>> = {
  en: 'Set company revenue in Settings',
  ru: 'Укажите выручку компании в Настройках',
};

function band(lang: Lang, key: string): string {
  const b = RISK_BANDS.find((x) => x.key === key);
  if (!b) throw new Error(`Unknown risk band ${key}`);
  return q(b.label[lang]);
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
    case 'riskBand': {
      const share = dataColumn(col('revenue_share'));
      const t = (k: 'threshold_key' | 'threshold_critical' | 'threshold_mono') => settingRangeName(k);
      return (
        `=ARRAYFORMULA(IF(ISNUMBER(${share}),IF(${share}>${t('threshold_mono')},${band(lang, 'mono')},` +
        `IF(${share}>${t('threshold_critical')},${band(lang, 'critical')},` +
        `IF(${share}>${t('threshold_key')},${band(lang, 'key')},${band(lang, 'below')}))),""))`
      );
    }
    case 'nextReviewDue': {
      // last + N months, clamped to the target month's last day (31 Jan + 1 = 28/29 Feb).
      const d = dataColumn(col('last_review'));
      const n = settingRangeName('review_interval_months');
      const lastDay = `DAY(DATE(YEAR(${d}),MONTH(${d})+${n}+1,0))`;
      return `=ARRAYFORMULA(IF(ISNUMBER(${d}),DATE(YEAR(${d}),MONTH(${d})+${n},` + `IF(DAY(${d})>${lastDay},${lastDay},DAY(${d}))),""))`;
    }
  }
}
