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
import { CONTACT_OUTCOMES, PLAN_STATUSES, optionLabel } from './domain';
import type { Lang } from './i18n';
import { foldLabel, label, LANGS } from './i18n';
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
    case 'shareOfWallet':
      return `=ARRAYFORMULA(${ratio(dataColumn(col('annual_revenue')), dataColumn(col('category_budget')))})`;
    case 'revenueVsTarget':
      return `=ARRAYFORMULA(${ratio(dataColumn(col('annual_revenue')), dataColumn(col('revenue_target')))})`;
    case 'sowVsTarget': {
      const sow = dataColumn(col('share_of_wallet'));
      const target = dataColumn(col('sow_target'));
      return `=ARRAYFORMULA(IF(ISNUMBER(${sow})*ISNUMBER(${target}),${sow}-${target},""))`;
    }
    case 'sowSinceReview': {
      const acc = dataColumn(col('account'));
      const at = dataColumn(col('sow_at_review'));
      const now = `VLOOKUP(${acc},${lookupBlock(other('accounts', 'account_id'), other('accounts', 'share_of_wallet'))},FALSE())`;
      return `=ARRAYFORMULA(IF(ISNUMBER(${at})*(${acc}<>""),IFERROR(${now}-${at},""),""))`;
    }
    case 'benefitPerCost':
      return benefitPerCostFormula(col);
    case 'planPriority':
      return planPriorityFormula(col, lang);
  }
}

/**
 * Account-id equality as a criterion: "=" first, so an id starting with "<", ">" or "=" is matched as text, not
 * read as a comparison (SUMIF's criterion, https://support.google.com/docs/answer/3093583; COUNTIF and COUNTIFS
 * read it the same way). Case does not matter, as for VLOOKUP's exact match.
 */
const sameAs = (cells: string): string => `"="&${cells}`;

/** a / b per row when both are numbers and b > 0 (share of wallet, revenue against target), else "". */
function ratio(a: string, b: string): string {
  return `IF(ISNUMBER(${a})*ISNUMBER(${b}),IF(${b}>0,${a}/${b},""),"")`;
}

/**
 * Expected benefit / (money cost + managers' hours × the Settings hour cost): the rule of core/plan.ts. A blank
 * cost or hours counts as 0; no cost at all gives "" (nothing to divide by).
 */
function benefitPerCostFormula(col: ColumnLetters): string {
  const b = dataColumn(col('benefit'));
  const c = dataColumn(col('cost'));
  const h = dataColumn(col('cost_hours'));
  const total = `(IF(ISNUMBER(${c}),${c},0)+IF(ISNUMBER(${h}),${h},0)*N(${settingRangeName('manager_hour_cost')}))`;
  return `=ARRAYFORMULA(IF(ISNUMBER(${b}),IF(${total}>0,${b}/${total},""),""))`;
}

/** 1 for the account's open plan item with the highest benefit per cost, 2 for the next…; done and dropped get none. */
function planPriorityFormula(col: ColumnLetters, lang: Lang): string {
  const a = dataColumn(col('account'));
  const v = dataColumn(col('benefit_per_cost'));
  const st = dataColumn(col('status'));
  const [done, dropped] = (['done', 'dropped'] as const).map((k) => q(optionLabel(PLAN_STATUSES, k)[lang]));
  const open = `(${st}<>${done})*(${st}<>${dropped})`;
  const better = `COUNTIFS(${a},${a},${v},">"&${v},${st},"<>"&${done},${st},"<>"&${dropped})`;
  return `=ARRAYFORMULA(IF(ISNUMBER(${v})*(${a}<>"")*${open},${better}+1,""))`;
}

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

/** `'Reviews'!H3:I,2` from two sheet-qualified open ranges of one sheet: the block from key to value, and the value's index. */
function lookupBlock(key: string, value: string): string {
  const parse = (r: string) => /^(.*)!([A-Z]+)(\d+):([A-Z]+)$/.exec(r);
  const k = parse(key);
  const v = parse(value);
  if (!k || !v) return `${key},1`;
  const index = columnNumber(v[2] as string) - columnNumber(k[2] as string) + 1;
  return `${k[1]}!${k[2]}${k[3]}:${v[4]},${index}`;
}

function columnNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/**
 * An outcome option as typed in any language, or as its key (core/domain.ts optionKey accepts all of them): its
 * spellings, one per folded form. Sheets and HyperFormula compare text case-insensitively, as the fold does.
 */
function outcomeSpellings(key: 'positive' | 'negative'): string[] {
  const o = CONTACT_OUTCOMES.find((x) => x.key === key);
  const all = [key, ...LANGS.map((l) => o?.label[l] ?? key)];
  return all.filter((v, i) => all.findIndex((w) => foldLabel(w) === foldLabel(v)) === i);
}

/**
 * Positive contact overdue, as a conditional-format condition on a Contacts row (relative to the first data
 * row): the row is its account's latest positive contact, and the core's due date (core/reviewStatus.ts
 * contactStatus: the later of that date + the positive-contact interval and the latest negative contact +
 * the pause) is before today. Contacts dated after today count for neither, as in the core. One MAXIFS per
 * outcome spelling, evaluated per cell: a helper column of COUNTIFS over the whole tab would recompute in
 * quadratic time on every edit of a long contact log. `setting` gives a setting's value inside the rule.
 */
export function positiveContactOverdue(
  col: ColumnLetters,
  setting: (key: 'positive_contact_days' | 'negative_pause_days') => string,
): string {
  const r = FIRST_DATA_ROW;
  const [a, d, o] = [col('account'), col('date'), col('outcome')];
  const own = (c: string) => `$${c}${r}`;
  const all = (c: string) => `$${c}$${r}:$${c}`;
  const latest = (key: 'positive' | 'negative') =>
    `MAX(${outcomeSpellings(key)
      .map((v) => `MAXIFS(${all(d)},${all(a)},${own(a)},${all(o)},${q(v)},${all(d)},"<="&TODAY())`)
      .join(',')})`;
  const isPositive = `OR(${outcomeSpellings('positive')
    .map((v) => `${own(o)}=${q(v)}`)
    .join(',')})`;
  const [every, pause] = [setting('positive_contact_days'), setting('negative_pause_days')];
  const due = `MAX(${own(d)}+${every},IF(${pause}>0,${latest('negative')}+${pause},0))`;
  // IF, not AND: Sheets evaluates every argument of AND, and only the rare positive rows need the MAXIFS.
  return `IF(${isPositive},IF(ISNUMBER(${own(d)}),IF(${own(d)}<=TODAY(),AND(${own(d)}=${latest('positive')},${due}<TODAY()),FALSE()),FALSE()),FALSE())`;
}
