/**
 * Embedded charts are recorded, not drawn: type, source ranges, options and
 * position, so tests can assert what the add-on asked Sheets to draw.
 * https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder
 */
type GChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type GBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;

import { rectToA1, quoteSheetName } from './a1';
import { ChartType, enumName } from './enums';
import { Facade, unwrap, wrap } from './facade';
import { RangeImpl, rangeFromRect } from './range';
import { TrackedRange, type ChartData, type SheetModel } from './store';
import type { Workbook } from './workbook';

export interface ChartSpec {
  id: number;
  type: string;
  ranges: string[];
  options: Record<string, unknown>;
  position: ChartData['position'];
}

export function chartSpec(c: ChartData): ChartSpec {
  return {
    id: c.id,
    type: c.type,
    ranges: c.ranges.filter((t) => t.valid).map((t) => `${quoteSheetName(t.sheet.name)}!${rectToA1(t.rect())}`),
    options: Object.fromEntries(c.options),
    position: { ...c.position },
  };
}

function chartOptions(c: ChartData): GoogleAppsScript.Charts.ChartOptions {
  return { get: (option: string) => c.options.get(option) ?? null } as GoogleAppsScript.Charts.ChartOptions;
}

export function chartBuilder(wb: Workbook, sheet: SheetModel, from?: ChartData): GBuilder {
  const d: ChartData = from
    ? { ...from, ranges: [...from.ranges], options: new Map(from.options), position: { ...from.position } }
    : { id: 0, type: 'COLUMN', ranges: [], options: new Map(), position: { anchorRow: 1, anchorCol: 1, offsetX: 0, offsetY: 0 } };
  return wrap(new ChartBuilderImpl(wb, sheet, d), 'EmbeddedChartBuilder');
}

export function wrapChart(wb: Workbook, sheet: SheetModel, d: ChartData): GChart {
  return wrap(new ChartImpl(wb, sheet, d), 'EmbeddedChart');
}

export class ChartImpl extends Facade<GChart> implements Partial<GChart> {
  constructor(
    wb: Workbook,
    readonly _sheet: SheetModel,
    readonly _d: ChartData,
  ) {
    super(wb);
  }
  /** Null until the chart is inserted, as in Sheets. */
  getChartId(): number | null {
    return this._d.id === 0 ? null : this._d.id;
  }
  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this._d.ranges.filter((t) => t.valid).map((t) => rangeFromRect(this._wb, t.sheet, t.rect()));
  }
  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    return chartOptions(this._d);
  }
  getContainerInfo(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    const p = this._d.position;
    return {
      getAnchorRow: () => p.anchorRow,
      getAnchorColumn: () => p.anchorCol,
      getOffsetX: () => p.offsetX,
      getOffsetY: () => p.offsetY,
    };
  }
  modify(): GBuilder {
    return chartBuilder(this._wb, this._sheet, this._d);
  }
}

export class ChartBuilderImpl extends Facade<GBuilder> implements Partial<GBuilder> {
  constructor(
    wb: Workbook,
    readonly _sheet: SheetModel,
    readonly _d: ChartData,
  ) {
    super(wb);
  }
  addRange(range: GoogleAppsScript.Spreadsheet.Range): GBuilder {
    const r = unwrap(range, RangeImpl, 'range');
    this._d.ranges.push(this._wb.track(r._sheet, r._rect));
    return this._self;
  }
  removeRange(range: GoogleAppsScript.Spreadsheet.Range): GBuilder {
    const r = unwrap(range, RangeImpl, 'range');
    this._d.ranges = this._d.ranges.filter(
      (t: TrackedRange) =>
        !(
          t.sheet === r._sheet &&
          t.row === r._rect.row &&
          t.col === r._rect.col &&
          t.numRows === r._rect.numRows &&
          t.numCols === r._rect.numCols
        ),
    );
    return this._self;
  }
  clearRanges(): GBuilder {
    this._d.ranges = [];
    return this._self;
  }
  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this._d.ranges.filter((t) => t.valid).map((t) => rangeFromRect(this._wb, t.sheet, t.rect()));
  }
  setChartType(type: GoogleAppsScript.Charts.ChartType): GBuilder {
    this._d.type = enumName(type);
    return this._self;
  }
  getChartType(): GoogleAppsScript.Charts.ChartType {
    return (ChartType as Record<string, unknown>)[this._d.type] as GoogleAppsScript.Charts.ChartType;
  }
  setOption(option: string, value: unknown): GBuilder {
    this._d.options.set(option, value);
    return this._self;
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): GBuilder {
    this._d.position = { anchorRow: anchorRowPos, anchorCol: anchorColPos, offsetX, offsetY };
    return this._self;
  }
  setNumHeaders(headers: number): GBuilder {
    this._d.options.set('__numHeaders', headers);
    return this._self;
  }
  setTransposeRowsAndColumns(transpose: boolean): GBuilder {
    this._d.options.set('__transpose', transpose);
    return this._self;
  }
  getContainer(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    const p = this._d.position;
    return {
      getAnchorRow: () => p.anchorRow,
      getAnchorColumn: () => p.anchorCol,
      getOffsetX: () => p.offsetX,
      getOffsetY: () => p.offsetY,
    };
  }
  /** The as*Chart() variants only switch the type here (their extra setters are not modelled). */
  asColumnChart(): GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder {
    this._d.type = 'COLUMN';
    return this._self as unknown as GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder;
  }
  asBarChart(): GoogleAppsScript.Spreadsheet.EmbeddedBarChartBuilder {
    this._d.type = 'BAR';
    return this._self as unknown as GoogleAppsScript.Spreadsheet.EmbeddedBarChartBuilder;
  }
  asLineChart(): GoogleAppsScript.Spreadsheet.EmbeddedLineChartBuilder {
    this._d.type = 'LINE';
    return this._self as unknown as GoogleAppsScript.Spreadsheet.EmbeddedLineChartBuilder;
  }
  asPieChart(): GoogleAppsScript.Spreadsheet.EmbeddedPieChartBuilder {
    this._d.type = 'PIE';
    return this._self as unknown as GoogleAppsScript.Spreadsheet.EmbeddedPieChartBuilder;
  }
  asComboChart(): GoogleAppsScript.Spreadsheet.EmbeddedComboChartBuilder {
    this._d.type = 'COMBO';
    return this._self as unknown as GoogleAppsScript.Spreadsheet.EmbeddedComboChartBuilder;
  }
  build(): GChart {
    const d: ChartData = { ...this._d, ranges: [...this._d.ranges], options: new Map(this._d.options), position: { ...this._d.position } };
    return wrapChart(this._wb, this._sheet, d);
  }
}
