import type { RuntimeContext } from '../context';
import { enumOf, expose } from './expose';

/**
 * Charts: only the enums, which Sheets code passes to EmbeddedChartBuilder
 * (e.g. setChartType(Charts.ChartType.BAR),
 * https://developers.google.com/apps-script/reference/charts/charts).
 * ChartType comes from the spreadsheet emulation (sheets/enums.ts).
 * The standalone chart builders (newBarChart...) are not implemented and
 * throw NotImplementedError through counted().
 */
export function createCharts(ctx: RuntimeContext, chartType: object): GoogleAppsScript.Charts.Charts {
  const impl = {
    ChartHiddenDimensionStrategy: enumOf('IGNORE_BOTH', 'IGNORE_ROWS', 'IGNORE_COLUMNS', 'SHOW_BOTH'),
    ChartMergeStrategy: enumOf('MERGE_COLUMNS', 'MERGE_ROWS'),
    ColumnType: enumOf('DATE', 'NUMBER', 'STRING'),
    // The spreadsheet emulation's own ChartType values, so its chart builder recognises them.
    ChartType: chartType,
    CurveStyle: enumOf('NORMAL', 'SMOOTH'),
    PointStyle: enumOf('NONE', 'TINY', 'MEDIUM', 'LARGE', 'HUGE'),
    Position: enumOf('TOP', 'RIGHT', 'BOTTOM', 'NONE'),
  };
  return expose(impl, 'Charts', ctx) as unknown as GoogleAppsScript.Charts.Charts;
}
