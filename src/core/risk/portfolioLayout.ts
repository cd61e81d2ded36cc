/**
 * The Portfolio tab as data: every cell is a label or a sheet formula over
 * the Accounts tab and the Settings named ranges, so the panel stays true
 * while no script runs. The app layer writes it in a handful of calls.
 */
import { KEY_CLIENT_TYPES, RISK_BANDS } from '../domain';
import { loadCountIfs } from '../workload';
import { bandExpression, MISSING_COMPANY_REVENUE, stringLiteral as q } from '../formulas';
import type { PortfolioHelp } from '../helpTexts';
import type { Label, Lang } from '../i18n';
import { lazyLabel, perLang } from '../i18n';
import type { SettingKey } from '../schema/settings';
import { settingRangeName, settingSpec } from '../schema/settings';
import type { ColumnKey } from '../schema/tabs';
import { columnSpec, tabSpec } from '../schema/tabs';
import { FIRST_DATA_ROW } from '../schema/types';
import { columnLetters as letter, quoteSheet } from '../a1';
import type { RiskBandKey } from './bands';
import { bandLabel, HHI_BANDS, HHI_CONCENTRATED_ABOVE, HHI_MODERATE_FROM, hhiBandLabel, thresholdSetting } from './bands';
import type { Palette, Swatch } from './palette';
import { hhiSwatch, overloadSwatch, rowTint } from './palette';
import type { Area, RuleSpec } from './colourRules';
import { markedFormula, STRONG_BANDS } from './colourRules';

/** Where the Accounts columns the panel reads sit (A1 letters) and the tab's name. */
export interface AccountsSource {
  readonly sheetName: string;
  readonly letters: Readonly<
    Pick<
      Record<ColumnKey<'accounts'>, string>,
      'account_id' | 'name' | 'key_type' | 'manager_email' | 'annual_revenue' | 'risk_band' | 'status'
    >
  >;
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

/** A block's top-left cell (its title); everything in the block is placed relative to it. */
export interface Anchor {
  readonly row: number;
  readonly col: number;
}

/**
 * The tab's named blocks. Moving a block is one anchor here; formulas, rules,
 * formats and notes follow, since they are all built from these anchors.
 */
export const BLOCKS = {
  /** Title and the one-line intro under it. */
  heading: { row: 1, col: 1 },
  /** Header row, then one row per measure (MEASURES): label, value, assessment. */
  measures: { row: 4, col: 1 },
  /** Title, header, one row per risk band, then the colour and HHI legends. */
  legend: { row: 16, col: 1 },
  /** Title, header, one row per key-client type. */
  mix: { row: 25, col: 1 },
  /** Title, header, then the manager list that spills downwards (4 columns). */
  managers: { row: 3, col: 6 },
  /** Title, header, then TOP_N rows: rank, account, share, one column per threshold. */
  chartData: { row: 3, col: 11 },
} as const satisfies Record<string, Anchor>;

/** The measures block's rows, in order under its header. */
export const MEASURES = [
  'companyRevenue',
  'accounts',
  'keyRevenue',
  'covered',
  'top1',
  'top5',
  'hhi',
  'hhi10000',
  'maxPerManager',
] as const;
export type Measure = (typeof MEASURES)[number];

/** A1 of the cell `rows` down and `cols` right of an anchor. */
export function cellAt(a: Anchor, rows = 0, cols = 0): string {
  return `${letter(a.col + cols)}${a.row + rows}`;
}
/** The label (0), value (1) or assessment (2) cell of a measure. */
export function measureCell(m: Measure, part: 0 | 1 | 2 = 1): string {
  return cellAt(BLOCKS.measures, 1 + MEASURES.indexOf(m), part);
}
const absolute = (a1: string): string => a1.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');

/** A setting's label with the tab it is on: "Company annual revenue (Settings)". */
function fromSettings(key: SettingKey): Label {
  const words = settingSpec(key).label;
  const tab = tabSpec('settings').name;
  return perLang((l) => `${words[l]} (${tab[l]})`);
}
const accountsLabel = (key: string): Label => columnSpec(tabSpec('accounts'), key).label;

const T: Record<string, Label> = {
  title: lazyLabel('portfolio.title'),
  measure: lazyLabel('portfolio.measure'),
  value: lazyLabel('portfolio.value'),
  assessment: lazyLabel('portfolio.assessment'),
  companyRevenue: fromSettings('company_revenue'),
  accounts: lazyLabel('portfolio.accounts'),
  keyRevenue: lazyLabel('portfolio.keyRevenue'),
  covered: lazyLabel('portfolio.covered'),
  top1: lazyLabel('portfolio.top1'),
  top5: lazyLabel('portfolio.top5'),
  hhi: lazyLabel('portfolio.hhi'),
  hhi10000: lazyLabel('portfolio.hhi10000'),
  maxPerManager: fromSettings('max_key_accounts'),
  legend: lazyLabel('portfolio.legend'),
  band: lazyLabel('portfolio.band'),
  shareRange: lazyLabel('portfolio.shareRange'),
  count: lazyLabel('portfolio.count'),
  todo: lazyLabel('portfolio.todo'),
  below: lazyLabel('portfolio.below'),
  managers: lazyLabel('portfolio.managers'),
  manager: lazyLabel('portfolio.manager'),
  guideline: lazyLabel('portfolio.guideline'),
  over: lazyLabel('portfolio.over'),
  within: lazyLabel('portfolio.within'),
  mix: lazyLabel('portfolio.mix'),
  type: accountsLabel('key_type'),
  accountsShare: lazyLabel('portfolio.accountsShare'),
  chartData: lazyLabel('portfolio.chartData'),
  rank: lazyLabel('portfolio.rank'),
  account: lazyLabel('portfolio.account'),
  share: accountsLabel('revenue_share'),
  chartTitle: lazyLabel('portfolio.chartTitle'),
};

/** `help`: the tab's paragraphs in `lang` (src/html/PortfolioHelp.html, core/helpTexts.ts). */
export function portfolioLayout(lang: Lang, src: AccountsSource, palette: Palette, help: PortfolioHelp): PortfolioLayout {
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
  const putAt = (a: Anchor, rows: number, cols: number, v: string | number) => {
    const r = a.row + rows;
    while (grid.length < r) grid.push([]);
    (grid[r - 1] as (string | number)[])[a.col + cols - 1] = v;
  };

  const head = BLOCKS.heading;
  putAt(head, 0, 0, t('title'));
  putAt(head, 1, 0, help.intro);

  // Measures: label, value (a formula) and, for two of them, an assessment.
  const P = BLOCKS.measures;
  const v = (m: Measure): string => measureCell(m);
  ['measure', 'value', 'assessment'].forEach((k, i) => putAt(P, 0, i, t(k)));
  const measure = (m: Measure, formula: string, assessment?: string) => {
    const row = 1 + MEASURES.indexOf(m);
    putAt(P, row, 0, t(m));
    putAt(P, row, 1, formula);
    if (assessment !== undefined) putAt(P, row, 2, assessment);
  };
  const top5 = [1, 2, 3, 4, 5].map((k) => `IFERROR(LARGE(${rev},${k}),0)`).join('+');
  const [div, mod, conc] = HHI_BANDS.map((b) => q(b.label[lang]));
  measure('companyRevenue', perCompany(company));
  measure('accounts', `=SUMPRODUCT((${ids}<>"")*1)`);
  measure('keyRevenue', `=SUM(${rev})`);
  measure('covered', perCompany(`SUM(${rev})/${company}`));
  measure('top1', perCompany(`MAX(${rev})/${company}`), `=${bandExpression(v('top1'), lang)}`);
  measure('top5', perCompany(`(${top5})/${company}`));
  measure(
    'hhi',
    perCompany(`SUMSQ(${rev})/${company}^2`),
    `=IF(ISNUMBER(${v('hhi')}),IF(${v('hhi')}>${HHI_CONCENTRATED_ABOVE},${conc},IF(${v('hhi')}>=${HHI_MODERATE_FROM},${mod},${div})),"")`,
  );
  measure('hhi10000', `=IF(ISNUMBER(${v('hhi')}),ROUND(${v('hhi')}*10000,0),"")`);
  measure('maxPerManager', `=${settingRangeName('max_key_accounts')}`);

  // Legend: one row per band, with its colour, rule, count and advice.
  const L = BLOCKS.legend;
  putAt(L, 0, 0, t('legend'));
  ['band', 'shareRange', 'count', 'todo'].forEach((k, i) => putAt(L, 1, i, t(k)));
  const fills: { a1: string; swatch: Swatch }[] = [];
  RISK_BANDS.forEach((b, i) => {
    const r = 2 + i;
    const key = b.key as RiskBandKey;
    putAt(L, r, 0, b.label[lang]);
    putAt(L, r, 1, key === 'below' ? `="≤ "&${pct(threshold('key'))}` : `="> "&${pct(threshold(key))}`);
    putAt(L, r, 2, `=COUNTIF(${band},${q(b.label[lang])})`);
    putAt(L, r, 3, key === 'below' ? t('below') : (b.hint?.[lang] ?? ''));
    if (key !== 'below') fills.push({ a1: cellAt(L, r), swatch: palette[key] });
  });
  putAt(L, 2 + RISK_BANDS.length, 0, help.colours);
  putAt(L, 3 + RISK_BANDS.length, 0, help.hhiLegend);

  // Mix of key-client types.
  const M = BLOCKS.mix;
  putAt(M, 0, 0, t('mix'));
  ['type', 'count', 'accountsShare', 'shareRange'].forEach((k, i) => putAt(M, 1, i, t(k)));
  const accountsCell = v('accounts');
  KEY_CLIENT_TYPES.forEach((k, i) => {
    const r = 2 + i;
    const label = q(k.label[lang]);
    putAt(M, r, 0, k.label[lang]);
    putAt(M, r, 1, `=COUNTIF(${types},${label})`);
    putAt(M, r, 2, `=IF(${accountsCell}>0,${cellAt(M, r, 1)}/${accountsCell},"")`);
    putAt(M, r, 3, `=IF(N(${company})<=0,"",SUMIF(${types},${label},${rev})/${company})`);
  });

  // Accounts per manager: UNIQUE spills the list; each column repeats it so all spill alike.
  const G = BLOCKS.managers;
  const list = `UNIQUE(FILTER(${mgr},${mgr}<>""))`;
  // Workload by the one rule (core/workload.ts): revenue key accounts that are not closed.
  const count = loadCountIfs(mgr, list, types, col('status'));
  const max = settingRangeName('max_key_accounts');
  putAt(G, 0, 0, t('managers'));
  ['manager', 'count', 'shareRange', 'guideline'].forEach((k, i) => putAt(G, 1, i, t(k)));
  putAt(G, 2, 0, `=IFERROR(${list},"")`);
  putAt(G, 2, 1, `=IFERROR(ARRAYFORMULA(${count}),"")`);
  putAt(G, 2, 2, `=IFERROR(ARRAYFORMULA(SUMIF(${mgr},${list},${rev})/${company}),"")`);
  putAt(G, 2, 3, `=IFERROR(ARRAYFORMULA(IF(${count}>${max},${q(t('over'))}&${max},${q(t('within'))}&${max})),"")`);

  // Chart data: the TOP_N largest accounts; ties are told apart by taking the
  // j-th of the accounts sharing a revenue figure.
  const C = BLOCKS.chartData;
  const thresholdsLeftToRight = STRONG_BANDS.slice().reverse();
  putAt(C, 0, 0, t('chartData'));
  ['rank', 'account', 'share'].forEach((k, i) => putAt(C, 1, i, t(k)));
  thresholdsLeftToRight.forEach((b, i) => putAt(C, 1, 3 + i, `${bandLabel(b)[lang]} >`));
  for (let k = 1; k <= TOP_N; k++) {
    const r = 1 + k;
    const kth = `LARGE(${rev},${k})`;
    putAt(C, r, 0, k);
    putAt(C, r, 1, `=IFERROR(INDEX(FILTER(${names},${rev}=${kth}),${k}-COUNTIF(${rev},">"&${kth})),"")`);
    putAt(C, r, 2, `=IF(N(${company})<=0,"",IFERROR(${kth}/${company},""))`);
    thresholdsLeftToRight.forEach((b, i) => putAt(C, r, 3 + i, `=IF(${cellAt(C, r, 2)}="","",${threshold(b)})`));
  }

  const width = Math.max(...grid.map((r) => r.length));
  const values = grid.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));

  const notes = [
    { a1: measureCell('hhi', 0), note: help.hhiNote },
    { a1: cellAt(G, 1), note: help.managerNote },
  ];

  const area = (a: Anchor, rows: number | 'toEnd', cols = 1): Area => ({ row: a.row, col: a.col, rows, cols });
  const valueAnchor = (m: Measure): Anchor => ({ row: P.row + 1 + MEASURES.indexOf(m), col: P.col + 1 });
  const rules: RuleSpec[] = [];
  // Top-1 band and the HHI band read like the Accounts band cells.
  for (const b of STRONG_BANDS) {
    rules.push({
      areas: [area(valueAnchor('top1'), 1, 2)],
      formula: markedFormula(`${absolute(measureCell('top1', 2))}=${q(bandLabel(b)[lang])}`),
      swatch: palette[b],
    });
  }
  for (const level of ['concentrated', 'moderate'] as const) {
    rules.push({
      areas: [area(valueAnchor('hhi'), 1, 2)],
      formula: markedFormula(`${absolute(measureCell('hhi', 2))}=${q(hhiBandLabel(level)[lang])}`),
      swatch: hhiSwatch(palette, level),
    });
  }
  // Managers over the guideline (the max is mirrored on this tab, so the rule needs no other sheet).
  const firstCount = `$${cellAt(G, 2, 1)}`;
  rules.push({
    areas: [area({ row: G.row + 2, col: G.col }, 'toEnd', 4)],
    formula: markedFormula(`ISNUMBER(${firstCount}),${firstCount}>${absolute(v('maxPerManager'))}`),
    swatch: overloadSwatch(palette),
  });
  // Chart rows tinted by the band of their share against the live thresholds.
  const shareCell = `$${cellAt(C, 2, 2)}`;
  const thresholdCell = (b: Exclude<RiskBandKey, 'below'>) => cellAt(C, 2, 3 + thresholdsLeftToRight.indexOf(b));
  for (const b of STRONG_BANDS) {
    rules.push({
      areas: [area({ row: C.row + 2, col: C.col }, TOP_N, 3)],
      formula: markedFormula(`ISNUMBER(${shareCell}),${shareCell}>$${thresholdCell(b)}`),
      swatch: { background: rowTint(palette, b), font: '' },
    });
  }

  const lastChartCol = 2 + STRONG_BANDS.length;
  const mixLast = 1 + KEY_CLIENT_TYPES.length;
  return {
    values,
    numberFormats: [
      { a1: [v('companyRevenue'), v('keyRevenue'), v('hhi10000')], format: '#,##0' },
      { a1: [v('covered'), v('top1'), v('top5'), `${cellAt(M, 2, 2)}:${cellAt(M, mixLast, 3)}`], format: '0.0%' },
      { a1: [v('hhi')], format: '0.000' },
      { a1: [`${cellAt(C, 2, 2)}:${cellAt(C, 1 + TOP_N, lastChartCol)}`], format: '0.0%' },
      { a1: [v('accounts'), v('maxPerManager')], format: '0' },
    ],
    bold: [
      cellAt(head),
      `${cellAt(P)}:${cellAt(P, 0, 2)}`,
      `${cellAt(L)}:${cellAt(L, 1, 3)}`,
      `${cellAt(M)}:${cellAt(M, 1, 3)}`,
      `${cellAt(G)}:${cellAt(G, 1, 3)}`,
      `${cellAt(C)}:${cellAt(C, 1, lastChartCol)}`,
    ],
    fills,
    notes,
    rules,
    columnWidths: [320, 150, 190, 420, 24, 220, 110, 150, 190, 24, 40, 200, 110, 110, 110, 110],
    chart: {
      dataA1: `${cellAt(C, 1, 1)}:${cellAt(C, 1 + TOP_N, lastChartCol)}`,
      title: t('chartTitle'),
      // Beside the measures (A-C, 660 px) in the empty D-E block of rows 3-15, so it is on screen at 1366 px
      // without scrolling and covers no panel cell: the manager list starts at F, the legend's text at row 17.
      row: 3,
      col: 4,

      colors: ['#636363', palette.key.background, palette.critical.background, palette.mono.background],
    },
    spillFromRow: G.row + 2,
    spillFormats: [{ col: G.col + 2, format: '0.0%' }],
  };
}
