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
import { blockA1, cellA1, columnLetters, quoteSheet } from '../../core/a1';
import { sameValueRuns } from '../../core/schema/columnPlan';
import type { SheetsApi } from '../../sheets/api';
import type { FoundTab, TabInserter } from '../../sheets/locate';
import type { ViewProtection } from '../../sheets/protect';
import { readViewProtection, writeViewProtection } from '../../sheets/protect';
import { rangesOf, targetOf } from '../../sheets/ranges';
import { literalText, NEW_SHEET_COLUMNS, NEW_SHEET_ROWS } from '../../sheets/write';
import type { AccountsShape } from './accounts';
import type { RuleList } from './colourRules';
import { NO_RULES, readRuleList, ruleAreas, writeRuleList } from './colourRules';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const PORTFOLIO_TAB_KEY = 'portfolio';

export interface PortfolioResult {
  /** Cells ('Portfolio'!D2) a user typed into that the panel leaves blank, kept as they were. */
  readonly kept: readonly string[];
}

/** The panel for the Accounts tab as it is named and laid out now. */
export function portfolioFor(lang: Lang, accounts: AccountsShape, palette: Palette, help: PortfolioHelp): PortfolioLayout {
  const c = accounts.columnOf;
  return portfolioLayout(
    lang,
    {
      sheetName: accounts.name,
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
}

/** What the Portfolio tab holds now, read before anything is written (nothing for a tab the run inserts). */
export interface PortfolioRead {
  readonly found: FoundTab | null;
  readonly maxRows: number;
  readonly maxColumns: number;
  /** Cells a user typed into where the panel writes nothing. */
  readonly typed: readonly { r: number; c: number; v: unknown }[];
  /** The tab's name, read only when a typed cell is kept (the toast names it). */
  readonly name: string;
  readonly protection: ViewProtection;
  readonly rules: RuleList;
  /** Our chart(s), drawn from our data range; other charts on the tab stay. */
  readonly charts: readonly GoogleAppsScript.Spreadsheet.EmbeddedChart[];
}

export function readPortfolio(found: FoundTab | null, layout: PortfolioLayout, api: SheetsApi): PortfolioRead {
  const name = VIEW_TABS.portfolio.en;
  if (!found)
    return {
      found,
      maxRows: NEW_SHEET_ROWS,
      maxColumns: NEW_SHEET_COLUMNS,
      typed: [],
      name,
      protection: null,
      rules: NO_RULES,
      charts: [],
    };
  const sheet = found.sheet;
  const maxRows = sheet.getMaxRows();
  const maxColumns = sheet.getMaxColumns();
  const rows = Math.min(layout.values.length, maxRows);
  const cols = Math.min(layout.values[0]?.length ?? 1, maxColumns);
  // One read of what is there: the panel never overwrites what it did not write.
  const grid = sheet.getRange(1, 1, rows, cols);
  const values = grid.getValues();
  const formulas = grid.getFormulas();
  const typed = typedCells(layout, values, formulas);
  const charts = sheet.getCharts().filter((chart) => {
    const ranges = chart.getRanges();
    return ranges.length > 0 && ranges[0]?.getA1Notation() === layout.chart.dataA1;
  });
  return {
    found,
    maxRows,
    maxColumns,
    typed,
    name: typed.length ? sheet.getName() : name,
    protection: readViewProtection(sheet, api),
    rules: readRuleList(sheet),
    charts,
  };
}

export function writePortfolio(
  accounts: AccountsShape,
  layout: PortfolioLayout,
  read: PortfolioRead,
  insert: TabInserter,
  api: SheetsApi,
): PortfolioResult {
  const sheet = read.found?.sheet ?? insert(PORTFOLIO_TAB_KEY, VIEW_TABS.portfolio, 'last');
  const created = read.found === null;
  writeViewProtection(sheet, read.protection);
  // The manager list spills one row per manager: leave room for one per account.
  const needRows = layout.spillFromRow + Math.max(accounts.maxRows - FIRST_DATA_ROW + 1, layout.values.length);
  if (read.maxRows < needRows) sheet.insertRowsAfter(read.maxRows, needRows - read.maxRows);
  const maxRows = Math.max(read.maxRows, needRows);
  const width = layout.values[0]?.length ?? 1;
  if (read.maxColumns < width) sheet.insertColumnsAfter(read.maxColumns, width - read.maxColumns);

  const gridA1 = blockA1(1, 1, layout.values.length, width);
  const single = (a1s: readonly string[]): string[] => (a1s.length === 1 ? [...a1s] : []);
  const spills = layout.spillFormats.map((s) => ({ ...s, a1: blockA1(layout.spillFromRow, s.col, maxRows - layout.spillFromRow + 1, 1) }));
  const fills = [...new Set(layout.fills.map((f) => JSON.stringify(f.swatch)))].map((k) => ({
    swatch: JSON.parse(k) as { background: string; font: string },
    a1s: layout.fills.filter((f) => JSON.stringify(f.swatch) === k).map((f) => f.a1),
  }));
  const ranges = rangesOf(sheet, [
    gridA1,
    ...layout.numberFormats.flatMap((f) => single(f.a1)),
    ...single(layout.bold),
    ...fills.flatMap((f) => single(f.a1s)),
    ...layout.notes.map((n) => n.a1),
    ...spills.map((s) => s.a1),
    ...ruleAreas(layout.rules),
    layout.chart.dataA1,
  ]);
  const grid = ranges(gridA1);
  // Written whole: a formula's stored text may differ from what was written, so a read cannot prove it in place.
  const typedAt = new Map(read.typed.map((t) => [`${t.r}:${t.c}`, t.v]));
  const values = layout.values.map((line, r) =>
    line.map((mine, c): unknown => {
      if (!typedAt.has(`${r}:${c}`)) return mine;
      const v = typedAt.get(`${r}:${c}`);
      return v instanceof Date ? v : literalText(String(v));
    }),
  );
  grid.setValues(values);
  if (!created) grid.setFontWeight('normal');
  // One write per format, one for the bold cells, two per fill colour: a RangeList when they are several.
  for (const f of layout.numberFormats) targetOf(sheet, f.a1, ranges).setNumberFormat(f.format);
  if (layout.bold.length) targetOf(sheet, layout.bold, ranges).setFontWeight('bold');
  for (const f of fills) targetOf(sheet, f.a1s, ranges).setBackground(f.swatch.background).setFontColor(f.swatch.font);
  for (const n of layout.notes) ranges(n.a1).setNote(n.note);
  for (const s of spills) ranges(s.a1).setNumberFormat(s.format);
  if (created)
    for (const w of sameValueRuns(layout.columnWidths.map((value, i) => ({ col: i + 1, value }))))
      sheet.setColumnWidths(w.run.first, w.run.count, w.value);
  writeRuleList(sheet, read.rules, layout.rules, api, ranges);
  for (const chart of read.charts) sheet.removeChart(chart);
  insertChart(sheet, layout, ranges(layout.chart.dataA1));
  return { kept: read.typed.map((t) => `${quoteSheet(read.name)}!${cellA1(t.r + 1, t.c + 1)}`) };
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

/** Fits D3:E15 at the default widths and row height: beside the measures, over no panel cell. */
export const CHART_SIZE = { width: 440, height: 270 } as const;

function insertChart(sheet: Sheet, layout: PortfolioLayout, data: GoogleAppsScript.Spreadsheet.Range): void {
  const [shares, ...lines] = layout.chart.colors;
  const series: Record<number, object> = { 0: { type: 'bars', color: shares } };
  lines.forEach((color, i) => (series[i + 1] = { type: 'line', color, lineWidth: 3, pointSize: 0 }));
  const chart = sheet
    .newChart()
    .asComboChart() // the type without the Charts service (https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder#asComboChart())
    .addRange(data)
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
