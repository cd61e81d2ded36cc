/**
 * Sheet: grid size, structure edits, layout (frozen panes, widths, hidden
 * rows/columns), rules, protections, metadata and charts.
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet
 */
type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GRange = GoogleAppsScript.Spreadsheet.Range;

import { writeValues } from './cells';
import { ChartImpl, chartBuilder, wrapChart } from './charts';
import { ConditionalFormatRuleImpl, wrapRule } from './conditionalFormat';
import { SheetType } from './enums';
import { sheetsError } from './errors';
import { Facade, unwrap, wrap } from './facade';
import { addMetadata, metadataFinder, metadataForSheet } from './metadata';
import { createProtection, listProtections } from './protection';
import { newRange, sheetExtent } from './range';
import { newRangeList } from './rangeList';
import { sortRect } from './sort';
import { newSpreadsheet, wrapNamedRange } from './spreadsheet';
import type { SheetModel } from './store';
import { deleteColumns, deleteRows, insertColumns, insertRows } from './structure';
import type { Workbook } from './workbook';

export function newSheet(wb: Workbook, sheet: SheetModel): GSheet {
  return wrap(new SheetImpl(wb, sheet), 'Sheet');
}

const DEFAULT_COLUMN_WIDTH = 100;
const DEFAULT_ROW_HEIGHT = 21;

export class SheetImpl extends Facade<GSheet> implements Partial<GSheet> {
  constructor(
    wb: Workbook,
    readonly _sheet: SheetModel,
  ) {
    super(wb);
  }
  _live(): SheetModel {
    if (this._sheet.deleted) throw sheetsError('The sheet has been deleted.');
    return this._sheet;
  }

  getName(): string {
    return this._sheet.name;
  }
  getSheetName(): string {
    return this._sheet.name;
  }
  setName(name: string): GSheet {
    if (typeof name !== 'string' || name.trim() === '') throw sheetsError('Invalid argument: name');
    this._wb.renameSheet(this._live(), name);
    return this._self;
  }
  getSheetId(): number {
    return this._sheet.gid;
  }
  getIndex(): number {
    return this._wb.sheets.indexOf(this._sheet) + 1;
  }
  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return newSpreadsheet(this._wb);
  }
  getType(): GoogleAppsScript.Spreadsheet.SheetType {
    return SheetType.GRID as unknown as GoogleAppsScript.Spreadsheet.SheetType;
  }
  activate(): GSheet {
    this._wb.active = this._live();
    return this._self;
  }

  /** getRange(row, column[, numRows[, numColumns]]) or getRange(a1Notation). */
  getRange(rowOrA1: number | string, column?: number, numRows?: number, numColumns?: number): GRange {
    const sheet = this._live();
    if (typeof rowOrA1 === 'string') {
      const { sheet: s, rect } = this._wb.resolve(rowOrA1, sheet);
      if (s !== sheet && !rowOrA1.includes('!')) throw sheetsError('Range not found');
      return newRange(this._wb, s, rect.row, rect.col, rect.numRows, rect.numCols);
    }
    if (column === undefined)
      throw sheetsError("The parameters (number) don't match the method signature for SpreadsheetApp.Sheet.getRange.");
    return newRange(this._wb, sheet, rowOrA1, column, numRows ?? 1, numColumns ?? 1);
  }
  getRangeList(a1Notations: string[]): GoogleAppsScript.Spreadsheet.RangeList {
    return newRangeList(this._wb, this._live(), a1Notations);
  }
  getDataRange(): GRange {
    const { lastRow, lastCol } = sheetExtent(this._wb, this._live());
    return newRange(this._wb, this._sheet, 1, 1, Math.max(1, lastRow), Math.max(1, lastCol));
  }
  getLastRow(): number {
    return sheetExtent(this._wb, this._live()).lastRow;
  }
  getLastColumn(): number {
    return sheetExtent(this._wb, this._live()).lastCol;
  }
  getMaxRows(): number {
    return this._live().maxRows;
  }
  getMaxColumns(): number {
    return this._live().maxCols;
  }
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    const r = this._live();
    const rows = numRows === -1 ? Math.max(1, sheetExtent(this._wb, r).lastRow - startRow + 1) : numRows;
    const cols = numColumns === -1 ? Math.max(1, sheetExtent(this._wb, r).lastCol - startColumn + 1) : numColumns;
    return (newRange(this._wb, r, startRow, startColumn, rows, cols) as GRange).getValues();
  }
  /** Appends after the last row with content; grows the grid if needed, as Sheets does. */
  appendRow(rowContents: unknown[]): GSheet {
    const sheet = this._live();
    const row = sheetExtent(this._wb, sheet).lastRow + 1;
    if (row > sheet.maxRows) insertRows(this._wb, sheet, sheet.maxRows + 1, 1);
    if (rowContents.length > sheet.maxCols) insertColumns(this._wb, sheet, sheet.maxCols + 1, rowContents.length - sheet.maxCols);
    writeValues(this._wb, sheet, row, 1, [rowContents]);
    return this._self;
  }

  // ------------------------------------------------------------ structure
  insertRowsAfter(afterPosition: number, howMany: number): GSheet {
    insertRows(this._wb, this._live(), afterPosition + 1, howMany);
    return this._self;
  }
  insertRowsBefore(beforePosition: number, howMany: number): GSheet {
    insertRows(this._wb, this._live(), beforePosition, howMany);
    return this._self;
  }
  insertRowAfter(afterPosition: number): GSheet {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertRowBefore(beforePosition: number): GSheet {
    return this.insertRowsBefore(beforePosition, 1);
  }
  insertRows(rowIndex: number, numRows?: number): void {
    insertRows(this._wb, this._live(), rowIndex, numRows ?? 1);
  }
  deleteRows(rowPosition: number, howMany: number): void {
    deleteRows(this._wb, this._live(), rowPosition, howMany);
  }
  deleteRow(rowPosition: number): GSheet {
    deleteRows(this._wb, this._live(), rowPosition, 1);
    return this._self;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): GSheet {
    insertColumns(this._wb, this._live(), afterPosition + 1, howMany);
    return this._self;
  }
  insertColumnsBefore(beforePosition: number, howMany: number): GSheet {
    insertColumns(this._wb, this._live(), beforePosition, howMany);
    return this._self;
  }
  insertColumnAfter(afterPosition: number): GSheet {
    return this.insertColumnsAfter(afterPosition, 1);
  }
  insertColumnBefore(beforePosition: number): GSheet {
    return this.insertColumnsBefore(beforePosition, 1);
  }
  insertColumns(columnIndex: number, numColumns?: number): void {
    insertColumns(this._wb, this._live(), columnIndex, numColumns ?? 1);
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    deleteColumns(this._wb, this._live(), columnPosition, howMany);
  }
  deleteColumn(columnPosition: number): GSheet {
    deleteColumns(this._wb, this._live(), columnPosition, 1);
    return this._self;
  }
  /** Sorts the rows below the frozen rows by one column. */
  sort(columnPosition: number, ascending?: boolean): GSheet {
    const sheet = this._live();
    const { lastRow, lastCol } = sheetExtent(this._wb, sheet);
    const first = sheet.frozenRows + 1;
    if (lastRow >= first)
      sortRect(this._wb, sheet, { row: first, col: 1, numRows: lastRow - first + 1, numCols: Math.max(lastCol, columnPosition) }, [
        { column: columnPosition, ascending: ascending !== false },
      ]);
    return this._self;
  }
  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): GSheet {
    const sheet = this._live();
    // Sheet.clear() clears contents and formats (not validation or notes).
    const r = newRange(this._wb, sheet, 1, 1, sheet.maxRows, sheet.maxCols) as GRange;
    if (!options || options.contentsOnly) r.clear({ contentsOnly: true });
    if (!options || options.formatOnly) r.clear({ formatOnly: true });
    return this._self;
  }
  clearContents(): GSheet {
    return this.clear({ contentsOnly: true });
  }
  clearFormats(): GSheet {
    return this.clear({ formatOnly: true });
  }
  clearNotes(): GSheet {
    const sheet = this._live();
    (newRange(this._wb, sheet, 1, 1, sheet.maxRows, sheet.maxCols) as GRange).clearNote();
    return this._self;
  }

  // --------------------------------------------------------------- layout
  setFrozenRows(rows: number): void {
    const sheet = this._live();
    if (rows < 0 || rows > sheet.maxRows) throw sheetsError('Those rows are out of bounds.');
    if (rows >= sheet.maxRows) throw sheetsError("You can't freeze all visible rows on the sheet.");
    sheet.frozenRows = rows;
  }
  getFrozenRows(): number {
    return this._sheet.frozenRows;
  }
  setFrozenColumns(columns: number): void {
    const sheet = this._live();
    if (columns < 0 || columns > sheet.maxCols) throw sheetsError('Those columns are out of bounds.');
    if (columns >= sheet.maxCols) throw sheetsError("You can't freeze all visible columns on the sheet.");
    sheet.frozenCols = columns;
  }
  getFrozenColumns(): number {
    return this._sheet.frozenCols;
  }
  private checkCol(col: number): void {
    if (col < 1 || col > this._sheet.maxCols) throw sheetsError('Those columns are out of bounds.');
  }
  private checkRow(row: number): void {
    if (row < 1 || row > this._sheet.maxRows) throw sheetsError('Those rows are out of bounds.');
  }
  setColumnWidth(columnPosition: number, width: number): GSheet {
    this.checkCol(columnPosition);
    this._sheet.colWidths[columnPosition - 1] = width;
    return this._self;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): GSheet {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.setColumnWidth(c, width);
    return this._self;
  }
  getColumnWidth(columnPosition: number): number {
    this.checkCol(columnPosition);
    return this._sheet.colWidths[columnPosition - 1] ?? DEFAULT_COLUMN_WIDTH;
  }
  /** No fonts to measure: widths become a rough estimate from the longest displayed text. */
  autoResizeColumns(startColumn: number, numColumns: number): GSheet {
    const sheet = this._live();
    const { lastRow } = sheetExtent(this._wb, sheet);
    const display = lastRow ? (newRange(this._wb, sheet, 1, startColumn, lastRow, numColumns) as GRange).getDisplayValues() : [];
    for (let j = 0; j < numColumns; j++) {
      const longest = display.reduce((m, r) => Math.max(m, (r[j] ?? '').length), 0);
      sheet.colWidths[startColumn - 1 + j] = Math.max(30, Math.min(1000, 7 * longest + 12));
    }
    return this._self;
  }
  autoResizeColumn(columnPosition: number): GSheet {
    return this.autoResizeColumns(columnPosition, 1);
  }
  setRowHeight(rowPosition: number, height: number): GSheet {
    this.checkRow(rowPosition);
    this._sheet.rowHeights[rowPosition - 1] = height;
    return this._self;
  }
  setRowHeights(startRow: number, numRows: number, height: number): GSheet {
    for (let r = startRow; r < startRow + numRows; r++) this.setRowHeight(r, height);
    return this._self;
  }
  getRowHeight(rowPosition: number): number {
    this.checkRow(rowPosition);
    return this._sheet.rowHeights[rowPosition - 1] ?? DEFAULT_ROW_HEIGHT;
  }
  hideRows(rowIndex: number, numRows?: number): void {
    for (let r = rowIndex; r < rowIndex + (numRows ?? 1); r++) {
      this.checkRow(r);
      this._sheet.hiddenRows[r - 1] = true;
    }
  }
  showRows(rowIndex: number, numRows?: number): void {
    for (let r = rowIndex; r < rowIndex + (numRows ?? 1); r++) {
      this.checkRow(r);
      this._sheet.hiddenRows[r - 1] = undefined;
    }
  }
  isRowHiddenByUser(rowPosition: number): boolean {
    this.checkRow(rowPosition);
    return this._sheet.hiddenRows[rowPosition - 1] === true;
  }
  hideColumns(columnIndex: number, numColumns?: number): void {
    for (let c = columnIndex; c < columnIndex + (numColumns ?? 1); c++) {
      this.checkCol(c);
      this._sheet.hiddenCols[c - 1] = true;
    }
  }
  showColumns(columnIndex: number, numColumns?: number): void {
    for (let c = columnIndex; c < columnIndex + (numColumns ?? 1); c++) {
      this.checkCol(c);
      this._sheet.hiddenCols[c - 1] = undefined;
    }
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    this.checkCol(columnPosition);
    return this._sheet.hiddenCols[columnPosition - 1] === true;
  }
  setTabColor(color: string | null): GSheet {
    this._sheet.tabColor = color === null ? null : color.toLowerCase();
    return this._self;
  }
  getTabColor(): string | null {
    return this._sheet.tabColor;
  }
  isSheetHidden(): boolean {
    return this._sheet.hidden;
  }
  /** Sheets refuses to hide the only visible sheet. */
  hideSheet(): GSheet {
    const visible = this._wb.sheets.filter((s) => !s.hidden);
    if (visible.length === 1 && visible[0] === this._sheet) throw sheetsError("You can't hide all the sheets in a document.");
    this._sheet.hidden = true;
    return this._self;
  }
  showSheet(): GSheet {
    this._sheet.hidden = false;
    return this._self;
  }

  // ---------------------------------------------------------------- rules
  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    return this._sheet.cfRules.map((r) => wrapRule(this._wb, r));
  }
  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    const sheet = this._live();
    const next = rules.map((r) => {
      const d = unwrap(r, ConditionalFormatRuleImpl, 'rules')._d;
      for (const t of d.ranges) if (t.sheet !== sheet) throw sheetsError('Conditional format rule cannot reference a different sheet.');
      return { ...d, ranges: d.ranges.map((t) => this._wb.track(sheet, t.rect())) };
    });
    for (const old of sheet.cfRules) for (const t of old.ranges) this._wb.untrack(t);
    sheet.cfRules = next;
    this._wb.version++;
  }
  clearConditionalFormatRules(): void {
    this.setConditionalFormatRules([]);
  }

  // --------------------------------------------- protection and metadata
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    const sheet = this._live();
    return createProtection(this._wb, 'SHEET', sheet, { row: 1, col: 1, numRows: sheet.maxRows, numCols: sheet.maxCols });
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    return listProtections(this._wb, type, this._sheet);
  }
  addDeveloperMetadata(
    key: string,
    valueOrVisibility?: unknown,
    visibility?: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility,
  ): GSheet {
    addMetadata(this._wb, { type: 'SHEET', sheet: this._live() }, key, valueOrVisibility, visibility);
    return this._self;
  }
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return metadataForSheet(this._wb, this._sheet);
  }
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return metadataFinder(this._wb, { kind: 'sheet', sheet: this._sheet });
  }
  getNamedRanges(): GoogleAppsScript.Spreadsheet.NamedRange[] {
    return [...this._wb.namedRanges.values()].filter((n) => n.range.sheet === this._sheet).map((n) => wrapNamedRange(this._wb, n));
  }

  // --------------------------------------------------------------- charts
  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    return chartBuilder(this._wb, this._live());
  }
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const c = unwrap(chart, ChartImpl, 'chart');
    if (c._d.id === 0) c._d.id = this._wb.newId();
    this._live().charts.push(c._d);
  }
  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    return this._sheet.charts.map((c) => wrapChart(this._wb, this._sheet, c));
  }
  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const c = unwrap(chart, ChartImpl, 'chart');
    this._sheet.charts = this._sheet.charts.filter((x) => x.id !== c._d.id);
  }
  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const c = unwrap(chart, ChartImpl, 'chart');
    const i = this._sheet.charts.findIndex((x) => x.id === c._d.id);
    if (i < 0) throw sheetsError('Chart not found.');
    this._sheet.charts[i] = c._d;
  }
}
