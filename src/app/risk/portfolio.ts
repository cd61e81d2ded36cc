/**
 * Writes the Portfolio tab (core/risk/portfolioLayout.ts) and its chart.
 * The tab is the add-on's own: the grid is rewritten whole on each run, so
 * running twice gives the same tab. Calls are per block, never per row.
 */
import type { Lang } from '../../core/i18n';
import type { Palette } from '../../core/risk/palette';
import type { PortfolioLayout } from '../../core/risk/portfolioLayout';
import { portfolioLayout } from '../../core/risk/portfolioLayout';
import { VIEW_TABS } from '../../core/schema/tabs';
import { FIRST_DATA_ROW } from '../../core/schema/types';
import { columnLetters } from '../../core/a1';
import { protectView } from '../../sheets/protect';
import { findOrInsertTab } from '../../sheets/locate';
import { ensureColumns, ensureRows } from '../../sheets/write';
import type { AccountsLayout } from './accounts';
import { replaceOwnRules } from './ownRules';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const PORTFOLIO_TAB_KEY = 'portfolio';

export function buildPortfolio(ss: Spreadsheet, lang: Lang, accounts: AccountsLayout, palette: Palette): Sheet {
  const { sheet, created } = findOrInsertTab(ss, PORTFOLIO_TAB_KEY, VIEW_TABS.portfolio, lang, 'last');
  protectView(sheet);
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
      },
    },
    palette,
  );

  // The manager list spills one row per manager: leave room for one per account.
  const needRows = layout.spillFromRow + Math.max(accounts.maxRows - FIRST_DATA_ROW + 1, layout.values.length);
  const maxRows = ensureRows(sheet, needRows);
  ensureColumns(sheet, layout.values[0]?.length ?? 1);

  writeGrid(sheet, layout, maxRows);
  if (created) layout.columnWidths.forEach((w, i) => sheet.setColumnWidth(i + 1, w));
  replaceOwnRules(sheet, layout.rules);
  ensureChart(sheet, layout);
  return sheet;
}

function writeGrid(sheet: Sheet, layout: PortfolioLayout, maxRows: number): void {
  const rows = layout.values.length;
  const cols = layout.values[0]?.length ?? 1;
  const grid = sheet.getRange(1, 1, rows, cols);
  grid.setValues(layout.values);
  grid.setFontWeight('normal');
  // Per block rather than getRangeList: the local runtime has no RangeList; the count is fixed either way.
  for (const f of layout.numberFormats) for (const a1 of f.a1) sheet.getRange(a1).setNumberFormat(f.format);
  for (const a1 of layout.bold) sheet.getRange(a1).setFontWeight('bold');
  for (const f of layout.fills) sheet.getRange(f.a1).setBackground(f.swatch.background).setFontColor(f.swatch.font);
  for (const n of layout.notes) sheet.getRange(n.a1).setNote(n.note);
  for (const s of layout.spillFormats) {
    sheet.getRange(layout.spillFromRow, s.col, maxRows - layout.spillFromRow + 1, 1).setNumberFormat(s.format);
  }
}

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
    .setChartType(Charts.ChartType.COMBO)
    .addRange(sheet.getRange(layout.chart.dataA1))
    .setNumHeaders(1)
    .setOption('title', layout.chart.title)
    .setOption('seriesType', 'bars')
    .setOption('series', series)
    .setOption('vAxis', { format: '0%', minValue: 0 })
    .setOption('legend', { position: 'bottom' })
    .setOption('width', 720)
    .setOption('height', 420)
    .setPosition(layout.chart.row, layout.chart.col, 0, 0)
    .build();
  sheet.insertChart(chart);
}
