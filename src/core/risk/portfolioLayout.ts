/**
 * The Portfolio tab as data: every cell is a label or a sheet formula over
 * the Accounts tab and the Settings named ranges, so the panel stays true
 * while no script runs. The app layer writes it in a handful of calls.
 */
import { KEY_CLIENT_TYPES, RISK_BANDS } from '../domain';
import { bandExpression, MISSING_COMPANY_REVENUE, stringLiteral as q } from '../formulas';
import type { Label, Lang } from '../i18n';
import { label, perLang } from '../i18n';
import type { SettingKey } from '../schema/settings';
import { settingRangeName, settingSpec } from '../schema/settings';
import { columnSpec, tabSpec } from '../schema/tabs';
import { FIRST_DATA_ROW } from '../schema/types';
import { columnLetters as letter, quoteSheet } from '../a1';
import type { RiskBandKey } from './bands';
import { bandLabel, HHI_BANDS, HHI_CONCENTRATED_ABOVE, HHI_MODERATE_FROM, hhiBandLabel, thresholdSetting } from './bands';
import type { Palette, Swatch } from './palette';
import { hhiSwatch, overloadSwatch, rowTint } from './palette';
import type { Area, RuleSpec } from './rules';
import { markedFormula, STRONG_BANDS } from './rules';

/** Where the Accounts columns the panel reads sit (A1 letters) and the tab's name. */
export interface AccountsSource {
  readonly sheetName: string;
  readonly letters: Readonly<Record<'account_id' | 'name' | 'key_type' | 'manager_email' | 'annual_revenue' | 'risk_band', string>>;
}

export interface PortfolioLayout {
  /** Grid from A1: text, numbers, or formulas (strings starting with '='). */
  readonly values: (string | number)[][];
  readonly numberFormats: readonly { readonly a1: readonly string[]; readonly format: string }[];
  readonly bold: readonly string[];
  readonly fills: readonly { readonly a1: string; readonly swatch: Swatch }[];
  readonly notes: readonly { readonly a1: string; readonly note: string }[];
  readonly rules: readonly RuleSpec[];
  readonly columnWidths: readonly number[];
  readonly chart: PortfolioChart;
  /** First row of the manager list, which spills downwards. */
  readonly spillFromRow: number;
  /** Number formats for spilled columns, from spillFromRow to the last row. */
  readonly spillFormats: readonly { readonly col: number; readonly format: string }[];
}

export interface PortfolioChart {
  /** Header row plus TOP_N rows: account, share, then one column per threshold. */
  readonly dataA1: string;
  readonly title: string;
  readonly row: number;
  readonly col: number;
  /** Colour per series: shares first, then the key/critical/mono lines. */
  readonly colors: readonly string[];
}

/** The chart shows the largest accounts; a bar per account of 1,000 would be unreadable. */
export const TOP_N = 20;

/** Fixed cell positions other code and tests read. */
export const PANEL = {
  companyRevenue: 'B5',
  accounts: 'B6',
  keyRevenue: 'B7',
  covered: 'B8',
  top1: 'B9',
  top1Band: 'C9',
  top5: 'B10',
  hhi: 'B11',
  hhiBand: 'C11',
  hhi10000: 'B12',
  maxPerManager: 'B13',
  legendFirstRow: 17,
  mixFirstRow: 26,
  managerHeaderRow: 4,
  managerCol: 6, // F: manager, G: accounts, H: revenue share, I: guideline
  chartHeaderRow: 4,
  chartCol: 11, // K: rank, L: account, M: share, N-P: thresholds
} as const;

/** A setting's label with the tab it is on: "Company annual revenue (Settings)". */
function fromSettings(key: SettingKey): Label {
  const words = settingSpec(key).label;
  const tab = tabSpec('settings').name;
  return perLang((l) => `${words[l]} (${tab[l]})`);
}
const accountsLabel = (key: string): Label => columnSpec(tabSpec('accounts'), key).label;

const T: Record<string, Label> = {
  title: label('portfolio.title'),
  intro: label('portfolio.intro'),
  measure: label('portfolio.measure'),
  value: label('portfolio.value'),
  assessment: label('portfolio.assessment'),
  companyRevenue: fromSettings('company_revenue'),
  accounts: label('portfolio.accounts'),
  keyRevenue: label('portfolio.keyRevenue'),
  covered: label('portfolio.covered'),
  top1: label('portfolio.top1'),
  top5: label('portfolio.top5'),
  hhi: label('portfolio.hhi'),
  hhi10000: label('portfolio.hhi10000'),
  maxPerManager: fromSettings('max_key_accounts'),
  legend: label('portfolio.legend'),
  band: label('portfolio.band'),
  shareRange: label('portfolio.shareRange'),
  count: label('portfolio.count'),
  todo: label('portfolio.todo'),
  below: label('portfolio.below'),
  colours: label('portfolio.colours'),
  hhiLegend: label('portfolio.hhiLegend'),
  hhiNote: label('portfolio.hhiNote'),
  managers: label('portfolio.managers'),
  manager: label('portfolio.manager'),
  guideline: label('portfolio.guideline'),
  over: label('portfolio.over'),
  within: label('portfolio.within'),
  managerNote: label('portfolio.managerNote'),
  mix: label('portfolio.mix'),
  type: accountsLabel('key_type'),
  accountsShare: label('portfolio.accountsShare'),
  chartData: label('portfolio.chartData'),
  rank: label('portfolio.rank'),
  account: label('portfolio.account'),
  share: accountsLabel('revenue_share'),
  chartTitle: label('portfolio.chartTitle'),
};

export function portfolioLayout(lang: Lang, src: AccountsSource, palette: Palette): PortfolioLayout {
  const t = (k: string): string => (T[k] as Label)[lang];
  const sheet = `${quoteSheet(src.sheetName)}!`;
  const col = (k: keyof AccountsSource['letters']): string => `${sheet}${src.letters[k]}${FIRST_DATA_ROW}:${src.letters[k]}`;
  const rev = col('annual_revenue');
  const ids = col('account_id');
  const mgr = col('manager_email');
  const band = col('risk_band');
  const types = col('key_type');
  const names = col('name');
  const company = settingRangeName('company_revenue');
  const missing = q(MISSING_COMPANY_REVENUE[lang]);
  /** The panel says what is missing rather than dividing by anything else. */
  const perCompany = (expr: string) => `=IF(N(${company})<=0,${missing},${expr})`;
  const threshold = (b: Exclude<RiskBandKey, 'below'>) => settingRangeName(thresholdSetting(b));
  const pct = (name: string) => `ROUND(${name}*100,2)&"%"`;

  const grid: (string | number)[][] = [];
  const put = (a1: string, v: string | number) => {
    const m = /^([A-Z])(\d+)$/.exec(a1) as RegExpExecArray;
    const c = (m[1] as string).charCodeAt(0) - 64;
    const r = Number(m[2]);
    while (grid.length < r) grid.push([]);
    (grid[r - 1] as (string | number)[])[c - 1] = v;
  };

  put('A1', t('title'));
  put('A2', t('intro'));
  put('A4', t('measure'));
  put('B4', t('value'));
  put('C4', t('assessment'));
  put('A5', t('companyRevenue'));
  put(PANEL.companyRevenue, perCompany(company));
  put('A6', t('accounts'));
  put(PANEL.accounts, `=SUMPRODUCT((${ids}<>"")*1)`);
  put('A7', t('keyRevenue'));
  put(PANEL.keyRevenue, `=SUM(${rev})`);
  put('A8', t('covered'));
  put(PANEL.covered, perCompany(`SUM(${rev})/${company}`));
  put('A9', t('top1'));
  put(PANEL.top1, perCompany(`MAX(${rev})/${company}`));
  put(PANEL.top1Band, `=${bandExpression(PANEL.top1, lang)}`);
  put('A10', t('top5'));
  const top5 = [1, 2, 3, 4, 5].map((k) => `IFERROR(LARGE(${rev},${k}),0)`).join('+');
  put(PANEL.top5, perCompany(`(${top5})/${company}`));
  put('A11', t('hhi'));
  put(PANEL.hhi, perCompany(`SUMSQ(${rev})/${company}^2`));
  const [div, mod, conc] = HHI_BANDS.map((b) => q(b.label[lang]));
  put(
    PANEL.hhiBand,
    `=IF(ISNUMBER(${PANEL.hhi}),IF(${PANEL.hhi}>${HHI_CONCENTRATED_ABOVE},${conc},IF(${PANEL.hhi}>=${HHI_MODERATE_FROM},${mod},${div})),"")`,
  );
  put('A12', t('hhi10000'));
  put(PANEL.hhi10000, `=IF(ISNUMBER(${PANEL.hhi}),ROUND(${PANEL.hhi}*10000,0),"")`);
  put('A13', t('maxPerManager'));
  put(PANEL.maxPerManager, `=${settingRangeName('max_key_accounts')}`);

  // Legend: one row per band, with its colour, rule, count and advice.
  const L = PANEL.legendFirstRow;
  put(`A${L - 1}`, t('legend'));
  put(`A${L}`, t('band'));
  put(`B${L}`, t('shareRange'));
  put(`C${L}`, t('count'));
  put(`D${L}`, t('todo'));
  const fills: { a1: string; swatch: Swatch }[] = [];
  RISK_BANDS.forEach((b, i) => {
    const r = L + 1 + i;
    const key = b.key as RiskBandKey;
    put(`A${r}`, b.label[lang]);
    put(`B${r}`, key === 'below' ? `="≤ "&${pct(threshold('key'))}` : `="> "&${pct(threshold(key))}`);
    put(`C${r}`, `=COUNTIF(${band},${q(b.label[lang])})`);
    put(`D${r}`, key === 'below' ? t('below') : (b.hint?.[lang] ?? ''));
    if (key !== 'below') fills.push({ a1: `A${r}`, swatch: palette[key] });
  });
  const colourRow = L + 1 + RISK_BANDS.length;
  put(`A${colourRow}`, t('colours'));
  put(`A${colourRow + 1}`, t('hhiLegend'));

  // Mix of key-client types.
  const M = PANEL.mixFirstRow;
  put(`A${M - 1}`, t('mix'));
  put(`A${M}`, t('type'));
  put(`B${M}`, t('count'));
  put(`C${M}`, t('accountsShare'));
  put(`D${M}`, t('shareRange'));
  KEY_CLIENT_TYPES.forEach((k, i) => {
    const r = M + 1 + i;
    const label = q(k.label[lang]);
    put(`A${r}`, k.label[lang]);
    put(`B${r}`, `=COUNTIF(${types},${label})`);
    put(`C${r}`, `=IF(${PANEL.accounts}>0,B${r}/${PANEL.accounts},"")`);
    put(`D${r}`, `=IF(N(${company})<=0,"",SUMIF(${types},${label},${rev})/${company})`);
  });

  // Accounts per manager: UNIQUE spills the list; each column repeats it so all spill alike.
  const H = PANEL.managerHeaderRow;
  const mc = PANEL.managerCol;
  const list = `UNIQUE(FILTER(${mgr},${mgr}<>""))`;
  const count = `COUNTIF(${mgr},${list})`;
  const max = settingRangeName('max_key_accounts');
  put(`${letter(mc)}${H - 1}`, t('managers'));
  put(`${letter(mc)}${H}`, t('manager'));
  put(`${letter(mc + 1)}${H}`, t('count'));
  put(`${letter(mc + 2)}${H}`, t('shareRange'));
  put(`${letter(mc + 3)}${H}`, t('guideline'));
  put(`${letter(mc)}${H + 1}`, `=IFERROR(${list},"")`);
  put(`${letter(mc + 1)}${H + 1}`, `=IFERROR(ARRAYFORMULA(${count}),"")`);
  put(`${letter(mc + 2)}${H + 1}`, `=IFERROR(ARRAYFORMULA(SUMIF(${mgr},${list},${rev})/${company}),"")`);
  put(`${letter(mc + 3)}${H + 1}`, `=IFERROR(ARRAYFORMULA(IF(${count}>${max},${q(t('over'))}&${max},${q(t('within'))}&${max})),"")`);

  // Chart data: the TOP_N largest accounts; ties are told apart by taking the
  // j-th of the accounts sharing a revenue figure.
  const C = PANEL.chartHeaderRow;
  const cc = PANEL.chartCol;
  put(`${letter(cc)}${C - 1}`, t('chartData'));
  put(`${letter(cc)}${C}`, t('rank'));
  put(`${letter(cc + 1)}${C}`, t('account'));
  put(`${letter(cc + 2)}${C}`, t('share'));
  STRONG_BANDS.slice()
    .reverse()
    .forEach((b, i) => put(`${letter(cc + 3 + i)}${C}`, `${bandLabel(b)[lang]} >`));
  for (let k = 1; k <= TOP_N; k++) {
    const r = C + k;
    const kth = `LARGE(${rev},${k})`;
    put(`${letter(cc)}${r}`, k);
    put(`${letter(cc + 1)}${r}`, `=IFERROR(INDEX(FILTER(${names},${rev}=${kth}),${k}-COUNTIF(${rev},">"&${kth})),"")`);
    put(`${letter(cc + 2)}${r}`, `=IF(N(${company})<=0,"",IFERROR(${kth}/${company},""))`);
    STRONG_BANDS.slice()
      .reverse()
      .forEach((b, i) => put(`${letter(cc + 3 + i)}${r}`, `=IF(${letter(cc + 2)}${r}="","",${threshold(b)})`));
  }

  const width = Math.max(...grid.map((r) => r.length));
  const values = grid.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));

  const notes = [
    { a1: `A11`, note: t('hhiNote') },
    { a1: `${letter(mc)}${H}`, note: t('managerNote') },
  ];

  const area = (a1col: number, row: number, rows: number | 'toEnd', cols = 1): Area => ({ row, col: a1col, rows, cols });
  const rules: RuleSpec[] = [];
  // Top-1 band and the HHI band read like the Accounts band cells.
  for (const b of STRONG_BANDS) {
    rules.push({
      areas: [area(2, 9, 1, 2)],
      formula: markedFormula(`$C$9=${q(bandLabel(b)[lang])}`),
      swatch: palette[b],
    });
  }
  rules.push({
    areas: [area(2, 11, 1, 2)],
    formula: markedFormula(`$C$11=${q(hhiBandLabel('concentrated')[lang])}`),
    swatch: hhiSwatch(palette, 'concentrated'),
  });
  rules.push({
    areas: [area(2, 11, 1, 2)],
    formula: markedFormula(`$C$11=${q(hhiBandLabel('moderate')[lang])}`),
    swatch: hhiSwatch(palette, 'moderate'),
  });
  // Managers over the guideline (the max is mirrored on this tab, so the rule needs no other sheet).
  const countCol = letter(mc + 1);
  rules.push({
    areas: [area(mc, H + 1, 'toEnd', 4)],
    formula: markedFormula(`ISNUMBER($${countCol}${H + 1}),$${countCol}${H + 1}>$B$13`),
    swatch: overloadSwatch(palette),
  });
  // Chart rows tinted by the band of their share against the live thresholds.
  const shareCell = `$${letter(cc + 2)}${C + 1}`;
  const thresholdCell = (b: Exclude<RiskBandKey, 'below'>) => `${letter(cc + 3 + STRONG_BANDS.slice().reverse().indexOf(b))}${C + 1}`;
  for (const b of STRONG_BANDS) {
    rules.push({
      areas: [area(cc, C + 1, TOP_N, 3)],
      formula: markedFormula(`ISNUMBER(${shareCell}),${shareCell}>$${thresholdCell(b)}`),
      swatch: { background: rowTint(palette, b), font: '' },
    });
  }

  const lastChartCol = letter(cc + 2 + STRONG_BANDS.length);
  return {
    values,
    numberFormats: [
      { a1: [PANEL.companyRevenue, PANEL.keyRevenue, PANEL.hhi10000], format: '#,##0' },
      { a1: [PANEL.covered, PANEL.top1, PANEL.top5, `C${M + 1}:D${M + KEY_CLIENT_TYPES.length}`], format: '0.0%' },
      { a1: [PANEL.hhi], format: '0.000' },
      { a1: [`${letter(cc + 2)}${C + 1}:${lastChartCol}${C + TOP_N}`], format: '0.0%' },
      { a1: [PANEL.accounts, PANEL.maxPerManager], format: '0' },
    ],
    bold: [
      'A1',
      'A4:C4',
      `A${L - 1}:D${L}`,
      `A${M - 1}:D${M}`,
      `${letter(mc)}${H - 1}:${letter(mc + 3)}${H}`,
      `${letter(cc)}${C - 1}:${lastChartCol}${C}`,
    ],
    fills,
    notes,
    rules,
    columnWidths: [320, 150, 190, 420, 24, 220, 110, 150, 190, 24, 40, 200, 110, 110, 110, 110],
    chart: {
      dataA1: `${letter(cc + 1)}${C}:${lastChartCol}${C + TOP_N}`,
      title: t('chartTitle'),
      // Beside the measures (A-C, 660 px) in the empty D-E block of rows 3-15, so it is on screen at 1366 px
      // without scrolling and covers no panel cell: the manager list starts at F, the legend's text at row 17.
      row: 3,
      col: 4,

      colors: ['#636363', palette.key.background, palette.critical.background, palette.mono.background],
    },
    spillFromRow: H + 1,
    spillFormats: [{ col: mc + 2, format: '0.0%' }],
  };
}
