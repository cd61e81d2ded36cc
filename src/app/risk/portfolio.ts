/**
 * Writes the Portfolio tab (core/risk/portfolioLayout.ts) and its chart.
 * The tab is the add-on's own: the grid is rewritten whole on each run, so
 * running twice gives the same tab. Calls are per block, never per row.
 */
import type { PortfolioHelp } from '../../core/helpTexts';
import type { Lang } from '../../core/i18n';
import type { Palette } from '../../core/risk/palette';
import type { PortfolioLayout } from '../../core/risk/portfolioLayout';
import { portfolioLayout } from '../../core/risk/portfolioLayout';
import { VIEW_TABS } from '../../core/schema/tabs';
import { FIRST_DATA_ROW } from '../../core/schema/types';
import { cellA1, columnLetters, quoteSheet } from '../../core/a1';
import { protectView } from '../../sheets/protect';
import { findOrInsertTab } from '../../sheets/locate';
import { ensureColumns, ensureRows, literalText } from '../../sheets/write';
import type { AccountsLayout } from './accounts';
import { replaceOwnRules } from './colourRules';
import type { SheetsApi } from '../../sheets/api';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const PORTFOLIO_TAB_KEY = 'portfolio';

export interface PortfolioResult {
  readonly sheet: Sheet;
  /** Cells ('Portfolio'!D2) a user typed into that the panel leaves blank, kept as they were. */
  readonly kept: readonly string[];
}

export function buildPortfolio(
  ss: Spreadsheet,
  lang: Lang,
  accounts: AccountsLayout,
  palette: Palette,
  help: PortfolioHelp,
  api: SheetsApi,
): PortfolioResult {
  const { sheet, created } = findOrInsertTab(ss, PORTFOLIO_TAB_KEY, VIEW_TABS.portfolio, lang, 'last');
  protectView(sheet, api);
  const c = accounts.columnOf;
  const layout = portfolioLayout(
    lang,
    {
      sheetName: accounts.sheet.getName(),
      letters: {
        account_id: columnLetters(c.account_id),
        name: columnLetters(c.name),
        key_type: columnLetters(c.key_type),
        manager_email: columnLetters(c.manager_email),
        annual_revenue: columnLetters(c.annual_revenue),
        risk_band: columnLetters(c.risk_band),
        status: columnLetters(c.status),
      },
    },
    palette,
    help,
  );

  // The manager list spills one row per manager: leave room for one per account.
  const needRows = layout.spillFromRow + Math.max(accounts.maxRows - FIRST_DATA_ROW + 1, layout.values.length);
  const maxRows = ensureRows(sheet, needRows);
  ensureColumns(sheet, layout.values[0]?.length ?? 1);

  const kept = writeGrid(sheet, layout, maxRows, created);
  if (created) layout.columnWidths.forEach((w, i) => sheet.setColumnWidth(i + 1, w));
  replaceOwnRules(sheet, layout.rules, api);
  ensureChart(sheet, layout);
  return { sheet, kept };
}

/**
 * Cells of the grid that a user typed into (a value, no formula) where the panel writes nothing, written
 * back as they are. Cells below a spilling formula (the manager list) hold the spill, not typing.
 */
function typedCells(layout: PortfolioLayout, values: unknown[][], formulas: string[][]): { r: number; c: number; v: unknown }[] {
  const spillCols = new Set<number>();
  (layout.values[layout.spillFromRow - 1] ?? []).forEach((v, c) => {
    if (typeof v === 'string' && v.startsWith('=')) spillCols.add(c);
  });
  const out: { r: number; c: number; v: unknown }[] = [];
  layout.values.forEach((line, r) =>
    line.forEach((mine, c) => {
      const was = values[r]?.[c];
      if (mine !== '' || was === '' || was === null || was === undefined || (formulas[r]?.[c] ?? '') !== '') return;
      if (r + 1 > layout.spillFromRow - 1 && spillCols.has(c)) return;
      out.push({ r, c, v: was });
    }),
  );
  return out;
}

function writeGrid(sheet: Sheet, layout: PortfolioLayout, maxRows: number, created: boolean): string[] {
  const rows = layout.values.length;
  const cols = layout.values[0]?.length ?? 1;
  const grid = sheet.getRange(1, 1, rows, cols);
  // One read of what is there (none on a new tab): the panel never overwrites what it did not write.
  const typed = created ? [] : typedCells(layout, grid.getValues(), grid.getFormulas());
  const values = layout.values.map((line) => [...line]);
  for (const t of typed) (values[t.r] as unknown[])[t.c] = t.v instanceof Date ? t.v : literalText(String(t.v));
  grid.setValues(values);
  grid.setFontWeight('normal');
  // Per block rather than getRangeList: the local runtime has no RangeList; the count is fixed either way.
  for (const f of layout.numberFormats) for (const a1 of f.a1) sheet.getRange(a1).setNumberFormat(f.format);
  for (const a1 of layout.bold) sheet.getRange(a1).setFontWeight('bold');
  for (const f of layout.fills) sheet.getRange(f.a1).setBackground(f.swatch.background).setFontColor(f.swatch.font);
  for (const n of layout.notes) sheet.getRange(n.a1).setNote(n.note);
  for (const s of layout.spillFormats) {
    sheet.getRange(layout.spillFromRow, s.col, maxRows - layout.spillFromRow + 1, 1).setNumberFormat(s.format);
  }
  return typed.map((t) => `${quoteSheet(sheet.getName())}!${cellA1(t.r + 1, t.c + 1)}`);
}

/** Fits D3:E15 at the default widths and row height: beside the measures, over no panel cell. */
export const CHART_SIZE = { width: 440, height: 270 } as const;

/** Our chart is the one drawn from our data range; other charts on the tab stay. */
function ensureChart(sheet: Sheet, layout: PortfolioLayout): void {
  for (const chart of sheet.getCharts()) {
    const ranges = chart.getRanges();
    if (ranges.length > 0 && ranges[0]?.getA1Notation() === layout.chart.dataA1) sheet.removeChart(chart);
  }
  const [shares, ...lines] = layout.chart.colors;
  const series: Record<number, object> = { 0: { type: 'bars', color: shares } };
  lines.forEach((color, i) => (series[i + 1] = { type: 'line', color, lineWidth: 3, pointSize: 0 }));
  const chart = sheet
    .newChart()
    .asComboChart() // the type without the Charts service (https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder#asComboChart())
    .addRange(sheet.getRange(layout.chart.dataA1))
    .setNumHeaders(1)
    .setOption('title', layout.chart.title)
    .setOption('seriesType', 'bars')
    .setOption('series', series)
    .setOption('vAxis', { format: '0%', minValue: 0 })
    .setOption('legend', { position: 'bottom' })
    .setOption('width', CHART_SIZE.width)
    .setOption('height', CHART_SIZE.height)
    .setPosition(layout.chart.row, layout.chart.col, 0, 0)
    .build();
  sheet.insertChart(chart);
}
