/**
 * Sheet formulas for computed columns. They live in the sheet (one
 * ARRAYFORMULA per column, anchored on the first data row and reading
 * open-ended ranges) so the workbook stays correct while no script runs, and
 * they use only functions that Google Sheets and HyperFormula agree on:
 * no OR/AND inside arrays (they aggregate instead of working per row). EDATE
 * clamps to the month's last day in Sheets (31 Jan + 1 month = 28/29 Feb,
 * https://support.google.com/docs/answer/3092974); HyperFormula's leap-year
 * slip is patched in the local runtime (test/runtime/sheets/formulaEngine.ts).
 */
import type { Lang } from './i18n';
import { label } from './i18n';
import type { RiskBandKey } from './risk/bands';
import { bandLabel, thresholdSetting } from './risk/bands';
import { settingRangeName } from './schema/settings';
import type { FormulaKey, TabKey } from './schema/types';
import { FIRST_DATA_ROW } from './schema/types';

/** Returns the A1 column letters of a column key in the actual sheet. */
export type ColumnLetters = (key: string) => string;
/** Returns an open-ended data range of another tab's column, sheet-qualified: `'Reviews'!B3:B`. */
export type OtherColumn = (tab: TabKey, key: string) => string;

/** A sheet name as formulas quote it: 'It''s'. */
export const quotedSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

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

export function computedFormula(key: FormulaKey, col: ColumnLetters, lang: Lang, other: OtherColumn): string {
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
    case 'nextReviewDue':
      return nextReviewDueFormula(col, other);
    case 'latestReviewOf':
      return latestReviewOfFormula(col);
    case 'reviewDueIfLatest':
      return reviewDueIfLatestFormula(col);
  }
}

/**
 * Account-id equality as a criterion: "=" first, so an id starting with "<", ">" or "=" is matched as text, not
 * read as a comparison (SUMIF's criterion, https://support.google.com/docs/answer/3093583; COUNTIF and COUNTIFS
 * read it the same way). Case does not matter, as for VLOOKUP's exact match.
 */
const sameAs = (cells: string): string => `"="&${cells}`;

/**
 * Reviews: a row is its account's latest when no row of the account is later (COUNTIFS, which both engines
 * spread over an array; Sheets does not spread MAXIFS, and SORT's order argument differs between the
 * engines). Such a row shows its account id (latest_of) and its date plus the interval (due_if_latest).
 * HyperFormula caches a criterion's result per column, so the blank rows below the data share one count.
 * No TODAY(): a volatile formula would recompute on every edit.
 */
function latestCondition(col: ColumnLetters): string {
  const ra = dataColumn(col('account'));
  const rd = dataColumn(col('date'));
  return `ISNUMBER(${rd})*(${ra}<>"")*(COUNTIFS(${ra},${sameAs(ra)},${rd},">"&${rd})=0)`;
}

function latestReviewOfFormula(col: ColumnLetters): string {
  return `=ARRAYFORMULA(IF(${latestCondition(col)},${dataColumn(col('account'))},""))`;
}

function reviewDueIfLatestFormula(col: ColumnLetters): string {
  const rd = dataColumn(col('date'));
  const n = settingRangeName('review_interval_months');
  return `=ARRAYFORMULA(IF(${dataColumn(col('latest_of'))}<>"",EDATE(${rd},${n}),""))`;
}

/**
 * Next review due by the core rule (core/reviewStatus.ts): the later of the Accounts "last review" and the
 * latest Reviews row of the account, plus the interval. The Reviews due date is found with SUMIF/COUNTIF on
 * the latest_of column (both spread over the ids inside ARRAYFORMULA): several rows on the same latest day
 * share one due date, so their sum over their count is that date, and an id without a latest row divides
 * 0 by 0, an error that reads as "none". A per-row VLOOKUP would scan Reviews once per Accounts row, blank
 * rows included; a criterion's result is computed once per distinct id. EDATE is monotonic, so the later
 * due date is the later review's.
 */
function nextReviewDueFormula(col: ColumnLetters, other: OtherColumn): string {
  const id = dataColumn(col('account_id'));
  const last = dataColumn(col('last_review'));
  const key = other('reviews', 'latest_of');
  const due = other('reviews', 'due_if_latest');
  const n = settingRangeName('review_interval_months');
  const own = `IF(ISNUMBER(${last}),EDATE(${last},${n}),0)`;
  const fromReviews = `IF(${id}="",0,IFERROR(SUMIF(${key},${sameAs(id)},${due})/COUNTIF(${key},${sameAs(id)}),0))`;
  return `=ARRAYFORMULA(IF(${own}>=${fromReviews},IF(${own}>0,${own},""),${fromReviews}))`;
}
