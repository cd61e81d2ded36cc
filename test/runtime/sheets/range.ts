/**
 * Range: a fixed rectangle of a sheet. Strict like Sheets: data dimensions
 * must match, and messages are Sheets' own.
 * https://developers.google.com/apps-script/reference/spreadsheet/range
 */
type GRange = GoogleAppsScript.Spreadsheet.Range;

import { cellA1, rectToA1, type GridRect } from './a1';
import { clearContents, readDisplayValues, readFormulas, readValues, usedExtent, writeValues } from './cells';
import { normalizeColor } from './colors';
import { enumName } from './enums';
import { shiftRelative } from './formulaText';
import { sheetsError } from './errors';
import { Facade, unwrap, wrap } from './facade';
import { addMetadata, metadataFinder, metadataForRange, rangeMetadataLocation } from './metadata';
import { createProtection } from './protection';
import { newSheet } from './sheet';
import { sortRect } from './sort';
import type { BorderSpec, CellMeta, SheetModel } from './store';
import { DataValidationImpl, newDataValidation } from './validation';
import type { Workbook } from './workbook';

/** Sheets' answer for a cell with no explicit number format. */
export const DEFAULT_NUMBER_FORMAT = '0.###############';

/** Checks arguments the way Sheet.getRange does and returns the wrapped Range. */
export function newRange(wb: Workbook, sheet: SheetModel, row: number, col: number, numRows = 1, numCols = 1): GRange {
  if (row < 1) throw sheetsError('The starting row of the range is too small.');
  if (col < 1) throw sheetsError('The starting column of the range is too small.');
  if (numRows < 1) throw sheetsError('The number of rows in the range must be at least 1.');
  if (numCols < 1) throw sheetsError('The number of columns in the range must be at least 1.');
  if (row + numRows - 1 > sheet.maxRows || col + numCols - 1 > sheet.maxCols)
    throw sheetsError('The coordinates of the range are outside the dimensions of the sheet.');
  return wrap(new RangeImpl(wb, sheet, { row, col, numRows, numCols }), 'Range');
}

export function rangeFromRect(wb: Workbook, sheet: SheetModel, rect: GridRect): GRange {
  return newRange(wb, sheet, rect.row, rect.col, rect.numRows, rect.numCols);
}

type StyleKey =
  | 'note'
  | 'background'
  | 'fontWeight'
  | 'fontColor'
  | 'fontStyle'
  | 'fontLine'
  | 'fontFamily'
  | 'hAlign'
  | 'vAlign'
  | 'wrap'
  | 'numberFormat';

export class RangeImpl extends Facade<GRange> implements Partial<GRange> {
  constructor(
    wb: Workbook,
    readonly _sheet: SheetModel,
    readonly _rect: GridRect,
  ) {
    super(wb);
  }

  // ------------------------------------------------------------ geometry
  getA1Notation(): string {
    return rectToA1(this._rect);
  }
  getRow(): number {
    return this._rect.row;
  }
  getRowIndex(): number {
    return this._rect.row;
  }
  getColumn(): number {
    return this._rect.col;
  }
  getNumRows(): number {
    return this._rect.numRows;
  }
  getNumColumns(): number {
    return this._rect.numCols;
  }
  getHeight(): number {
    return this._rect.numRows;
  }
  getWidth(): number {
    return this._rect.numCols;
  }
  getLastRow(): number {
    return this._rect.row + this._rect.numRows - 1;
  }
  getLastColumn(): number {
    return this._rect.col + this._rect.numCols - 1;
  }
  getGridId(): number {
    return this._sheet.gid;
  }
  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return newSheet(this._wb, this._sheet);
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): GRange {
    const r = this._rect;
    return newRange(this._wb, this._sheet, r.row + rowOffset, r.col + columnOffset, numRows ?? r.numRows, numColumns ?? r.numCols);
  }
  getCell(row: number, column: number): GRange {
    if (row < 1 || column < 1 || row > this._rect.numRows || column > this._rect.numCols) throw sheetsError('Cell reference out of range');
    return newRange(this._wb, this._sheet, this._rect.row + row - 1, this._rect.col + column - 1);
  }
  activate(): GRange {
    this._wb.active = this._sheet;
    this._wb.activeRange = { sheet: this._sheet, rect: { ...this._rect } };
    return this._self;
  }
  canEdit(): boolean {
    return true;
  }
  isPartOfMerge(): boolean {
    return false;
  }
  getMergedRanges(): GRange[] {
    return [];
  }

  // -------------------------------------------------------------- values
  getValues(): unknown[][] {
    return readValues(this._wb, this._sheet, this._rect);
  }
  getValue(): unknown {
    return readValues(this._wb, this._sheet, this._topLeft())[0]![0];
  }
  getDisplayValues(): string[][] {
    return readDisplayValues(this._wb, this._sheet, this._rect);
  }
  getDisplayValue(): string {
    return readDisplayValues(this._wb, this._sheet, this._topLeft())[0]![0]!;
  }
  setValues(values: unknown[][]): GRange {
    this._checkDims(values);
    writeValues(this._wb, this._sheet, this._rect.row, this._rect.col, values);
    return this._self;
  }
  /** setValue fills every cell of the range with the value. */
  setValue(value: unknown): GRange {
    writeValues(this._wb, this._sheet, this._rect.row, this._rect.col, this._fill(value));
    return this._self;
  }
  getFormulas(): string[][] {
    return readFormulas(this._wb, this._sheet, this._rect);
  }
  getFormula(): string {
    return readFormulas(this._wb, this._sheet, this._topLeft())[0]![0]!;
  }
  setFormulas(formulas: string[][]): GRange {
    this._checkDims(formulas);
    writeValues(this._wb, this._sheet, this._rect.row, this._rect.col, formulas);
    return this._self;
  }
  /** Sheets adjusts relative references for each cell when one formula is set on a block. */
  setFormula(formula: string): GRange {
    writeValues(this._wb, this._sheet, this._rect.row, this._rect.col, this._fillFormula(formula));
    return this._self;
  }
  isBlank(): boolean {
    const vals = this._wb.engine.getValues(
      this._sheet.hfId,
      this._rect.row - 1,
      this._rect.col - 1,
      this._rect.numRows,
      this._rect.numCols,
    );
    if (vals.some((r) => r.some((v) => v !== null))) return false;
    return !this.getFormulas().some((r) => r.some((f) => f !== ''));
  }
  clearContent(): GRange {
    clearContents(this._wb, this._sheet, this._rect);
    return this._self;
  }
  clear(options?: {
    commentsOnly?: boolean;
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
    skipFilteredRows?: boolean;
  }): GRange {
    const all = !options || (!options.commentsOnly && !options.contentsOnly && !options.formatOnly && !options.validationsOnly);
    if (all || options?.contentsOnly) clearContents(this._wb, this._sheet, this._rect);
    if (all || options?.formatOnly) this.clearFormat();
    if (all || options?.validationsOnly) this.clearDataValidations();
    if (all || options?.commentsOnly) this.clearNote();
    return this._self;
  }
  clearFormat(): GRange {
    this._eachMeta((m) => {
      for (const k of [
        'numberFormat',
        'background',
        'fontWeight',
        'fontColor',
        'fontStyle',
        'fontLine',
        'fontFamily',
        'fontSize',
        'hAlign',
        'vAlign',
        'wrap',
        'border',
      ] as const)
        delete m[k];
    });
    return this._self;
  }
  clearNote(): GRange {
    this._eachMeta((m) => delete m.note);
    return this._self;
  }

  // ------------------------------------------------------------- styles
  getNote(): string {
    return this._get('note', '');
  }
  getNotes(): string[][] {
    return this._getAll('note', '');
  }
  setNote(note: string | null): GRange {
    return this._setAll('note', note === null || note === '' ? undefined : String(note));
  }
  setNotes(notes: Array<Array<string | null>>): GRange {
    return this._setEach('note', notes, (n) => (n === null || n === '' ? undefined : String(n)));
  }
  getBackground(): string {
    return this._get('background', '#ffffff');
  }
  getBackgrounds(): string[][] {
    return this._getAll('background', '#ffffff');
  }
  setBackground(color: string | null): GRange {
    return this._setAll('background', color === null ? undefined : normalizeColor(color));
  }
  setBackgroundRGB(red: number, green: number, blue: number): GRange {
    const hex = (n: number) =>
      Math.max(0, Math.min(255, Math.round(n)))
        .toString(16)
        .padStart(2, '0');
    return this.setBackground(`#${hex(red)}${hex(green)}${hex(blue)}`);
  }
  setBackgrounds(color: Array<Array<string | null>>): GRange {
    return this._setEach('background', color, (c) => (c === null || c === '' ? undefined : normalizeColor(c)));
  }
  getFontColor(): string {
    return this._get('fontColor', '#000000');
  }
  getFontColors(): string[][] {
    return this._getAll('fontColor', '#000000');
  }
  setFontColor(color: string | null): GRange {
    return this._setAll('fontColor', color === null ? undefined : normalizeColor(color));
  }
  setFontColors(colors: unknown[][]): GRange {
    return this._setEach('fontColor', colors, (c) => (c === null || c === '' ? undefined : normalizeColor(String(c))));
  }
  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return this._get('fontWeight', 'normal') as GoogleAppsScript.Spreadsheet.FontWeight;
  }
  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return this._getAll('fontWeight', 'normal') as GoogleAppsScript.Spreadsheet.FontWeight[][];
  }
  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): GRange {
    return this._setAll('fontWeight', fontWeight === null || fontWeight === 'normal' ? undefined : fontWeight);
  }
  setFontWeights(fontWeights: Array<Array<GoogleAppsScript.Spreadsheet.FontWeight | null>>): GRange {
    return this._setEach('fontWeight', fontWeights, (w) => (w === null || w === 'normal' ? undefined : w));
  }
  getFontStyle(): GoogleAppsScript.Spreadsheet.FontStyle {
    return this._get('fontStyle', 'normal') as GoogleAppsScript.Spreadsheet.FontStyle;
  }
  setFontStyle(fontStyle: GoogleAppsScript.Spreadsheet.FontStyle | null): GRange {
    return this._setAll('fontStyle', fontStyle === null || fontStyle === 'normal' ? undefined : fontStyle);
  }
  setFontStyles(fontStyles: Array<Array<GoogleAppsScript.Spreadsheet.FontStyle | null>>): GRange {
    return this._setEach('fontStyle', fontStyles, (s) => (s === null || s === 'normal' ? undefined : s));
  }
  setFontLine(fontLine: GoogleAppsScript.Spreadsheet.FontLine | null): GRange {
    return this._setAll('fontLine', fontLine === null || fontLine === 'none' ? undefined : fontLine);
  }
  setFontFamily(fontFamily: string | null): GRange {
    return this._setAll('fontFamily', fontFamily ?? undefined);
  }
  setFontSize(size: number): GRange {
    this._eachMeta((m) => (m.fontSize = size), true);
    return this._self;
  }
  getHorizontalAlignment(): string {
    return this._get('hAlign', 'general');
  }
  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): GRange {
    return this._setAll('hAlign', alignment === null || alignment === 'normal' ? undefined : alignment);
  }
  setHorizontalAlignments(alignments: Array<Array<'left' | 'center' | 'normal' | 'right' | null>>): GRange {
    return this._setEach('hAlign', alignments, (a) => (a === null || a === 'normal' ? undefined : a));
  }
  getVerticalAlignment(): string {
    return this._get('vAlign', 'bottom');
  }
  setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): GRange {
    return this._setAll('vAlign', alignment === null || alignment === 'bottom' ? undefined : alignment);
  }
  setWrap(isWrapEnabled: boolean): GRange {
    return this._setAll('wrap', isWrapEnabled ? 'WRAP' : 'OVERFLOW');
  }
  setWraps(isWrapEnabled: boolean[][]): GRange {
    return this._setEach('wrap', isWrapEnabled, (w) => (w ? 'WRAP' : 'OVERFLOW'));
  }
  getWrap(): boolean {
    return this._get('wrap', 'OVERFLOW') === 'WRAP';
  }
  setWrapStrategy(strategy: GoogleAppsScript.Spreadsheet.WrapStrategy): GRange {
    return this._setAll('wrap', enumName(strategy));
  }
  getNumberFormat(): string {
    return this._get('numberFormat', DEFAULT_NUMBER_FORMAT);
  }
  getNumberFormats(): string[][] {
    return this._getAll('numberFormat', DEFAULT_NUMBER_FORMAT);
  }
  setNumberFormat(numberFormat: string): GRange {
    return this._setAll('numberFormat', numberFormat === '' || numberFormat === 'General' ? undefined : numberFormat);
  }
  setNumberFormats(numberFormats: string[][]): GRange {
    return this._setEach('numberFormat', numberFormats, (f) => (f === '' || f === 'General' || f === null ? undefined : String(f)));
  }
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color?: string | null,
    style?: GoogleAppsScript.Spreadsheet.BorderStyle | null,
  ): GRange {
    const spec: BorderSpec = {
      top,
      left,
      bottom,
      right,
      vertical,
      horizontal,
      color: color ? normalizeColor(color) : null,
      style: style ? enumName(style) : null,
    };
    this._eachMeta((m) => (m.border = spec), true);
    return this._self;
  }

  // ---------------------------------------------------------- validation
  getDataValidation(): GoogleAppsScript.Spreadsheet.DataValidation | null {
    const v = this._wb.meta(this._sheet, this._rect.row, this._rect.col)?.validation;
    return v ? newDataValidation(this._wb, v.rule) : null;
  }
  getDataValidations(): Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>> {
    return this._map((m) => (m?.validation ? newDataValidation(this._wb, m.validation.rule) : null));
  }
  /** One rule on a block: custom formulas are relative to the block's top-left cell. */
  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): GRange {
    const data = rule === null ? null : unwrap(rule, DataValidationImpl, 'rule')._data;
    this._forEachCell((row, col, i, j) => {
      if (data) this._wb.metaForWrite(this._sheet, row, col).validation = { rule: data, dr: i, dc: j };
      else {
        const m = this._wb.meta(this._sheet, row, col);
        if (m) delete m.validation;
      }
    });
    this._wb.version++;
    return this._self;
  }
  setDataValidations(rules: Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>>): GRange {
    this._checkDims(rules);
    const datas = rules.map((r) => r.map((x) => (x === null ? null : unwrap(x, DataValidationImpl, 'rules')._data)));
    this._forEachCell((row, col, i, j) => {
      const data = datas[i]![j]!;
      if (data) this._wb.metaForWrite(this._sheet, row, col).validation = { rule: data, dr: 0, dc: 0 };
      else {
        const m = this._wb.meta(this._sheet, row, col);
        if (m) delete m.validation;
      }
    });
    this._wb.version++;
    return this._self;
  }
  clearDataValidations(): GRange {
    return this.setDataValidation(null);
  }
  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): GRange {
    const values = checkedValue === undefined ? [] : uncheckedValue === undefined ? [checkedValue] : [checkedValue, uncheckedValue];
    const data = { criteria: 'CHECKBOX', values, allowInvalid: false, helpText: null };
    this._forEachCell((row, col, i, j) => (this._wb.metaForWrite(this._sheet, row, col).validation = { rule: data, dr: i, dc: j }));
    const unchecked = uncheckedValue ?? (checkedValue === undefined ? false : '');
    writeValues(this._wb, this._sheet, this._rect.row, this._rect.col, this._fill(unchecked));
    return this._self;
  }
  isChecked(): boolean | null {
    const v = this.getValue();
    return v === true ? true : v === false ? false : null;
  }

  // ------------------------------------------------- protection, metadata
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    return createProtection(this._wb, 'RANGE', this._sheet, this._rect);
  }
  addDeveloperMetadata(
    key: string,
    valueOrVisibility?: unknown,
    visibility?: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility,
  ): GRange {
    addMetadata(this._wb, rangeMetadataLocation(this._wb, this._sheet, this._rect), key, valueOrVisibility, visibility);
    return this._self;
  }
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return metadataForRange(this._wb, this._sheet, this._rect);
  }
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return metadataFinder(this._wb, { kind: 'range', sheet: this._sheet, rect: { ...this._rect } });
  }

  // ---------------------------------------------------------------- sort
  /** sort(2), sort({column: 2, ascending: false}) or an array of those; columns are sheet columns. */
  sort(sortSpecObj: unknown): GRange {
    const list: unknown[] = Array.isArray(sortSpecObj) ? sortSpecObj : [sortSpecObj];
    const specs = list.map((s) => {
      const spec =
        typeof s === 'number'
          ? { column: s, ascending: true }
          : { column: Number((s as { column: unknown }).column), ascending: (s as { ascending?: boolean }).ascending !== false };
      if (spec.column < this._rect.col || spec.column >= this._rect.col + this._rect.numCols)
        throw sheetsError(`The sort column must be within the specified range (${this.getA1Notation()}).`);
      return spec;
    });
    sortRect(this._wb, this._sheet, this._rect, specs);
    return this._self;
  }

  // ------------------------------------------------------------ helpers
  _topLeft(): GridRect {
    return { row: this._rect.row, col: this._rect.col, numRows: 1, numCols: 1 };
  }
  _a1(): string {
    return cellA1(this._rect.row, this._rect.col);
  }
  /** Sheets' wording: https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluesvalues */
  _checkDims(data: unknown): void {
    if (!Array.isArray(data))
      throw sheetsError("The parameters (String) don't match the method signature for SpreadsheetApp.Range.setValues.");
    if (data.length !== this._rect.numRows) {
      throw sheetsError(
        `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${this._rect.numRows}.`,
      );
    }
    for (const row of data) {
      const len = Array.isArray(row) ? row.length : 0;
      if (len !== this._rect.numCols) {
        throw sheetsError(
          `The number of columns in the data does not match the number of columns in the range. The data has ${len} but the range has ${this._rect.numCols}.`,
        );
      }
    }
  }
  _fill(value: unknown): unknown[][] {
    return Array.from({ length: this._rect.numRows }, () => new Array<unknown>(this._rect.numCols).fill(value));
  }
  _fillFormula(formula: string): unknown[][] {
    if (!formula.startsWith('=')) return this._fill(formula);
    return Array.from({ length: this._rect.numRows }, (_, i) =>
      Array.from({ length: this._rect.numCols }, (_, j) => shiftRelative(formula, i, j)),
    );
  }
  _forEachCell(fn: (row: number, col: number, i: number, j: number) => void): void {
    for (let i = 0; i < this._rect.numRows; i++)
      for (let j = 0; j < this._rect.numCols; j++) fn(this._rect.row + i, this._rect.col + j, i, j);
  }
  _eachMeta(fn: (m: CellMeta) => void, create = false): void {
    this._forEachCell((row, col) => {
      const m = create ? this._wb.metaForWrite(this._sheet, row, col) : this._wb.meta(this._sheet, row, col);
      if (m) fn(m);
    });
    this._wb.version++;
  }
  _map<T>(fn: (m: CellMeta | undefined) => T): T[][] {
    const out: T[][] = [];
    for (let i = 0; i < this._rect.numRows; i++) {
      const metaRow = this._sheet.cells[this._rect.row - 1 + i];
      const row: T[] = new Array(this._rect.numCols);
      for (let j = 0; j < this._rect.numCols; j++) row[j] = fn(metaRow?.[this._rect.col - 1 + j]);
      out.push(row);
    }
    return out;
  }
  _get(key: StyleKey, dflt: string): string {
    return (this._wb.meta(this._sheet, this._rect.row, this._rect.col)?.[key] as string | undefined) ?? dflt;
  }
  _getAll(key: StyleKey, dflt: string): string[][] {
    return this._map((m) => (m?.[key] as string | undefined) ?? dflt);
  }
  _setAll(key: StyleKey, value: string | undefined): GRange {
    this._eachMeta((m) => {
      if (value === undefined) delete m[key];
      else m[key] = value;
    }, value !== undefined);
    return this._self;
  }
  _setEach<T>(key: StyleKey, grid: T[][], map: (v: T) => string | undefined): GRange {
    this._checkDims(grid);
    this._forEachCell((row, col, i, j) => {
      const v = map(grid[i]![j]!);
      if (v === undefined) {
        const m = this._wb.meta(this._sheet, row, col);
        if (m) delete m[key];
      } else this._wb.metaForWrite(this._sheet, row, col)[key] = v;
    });
    this._wb.version++;
    return this._self;
  }
}

/** Last used row/column of a sheet (cached per workbook version). */
const extentCache = new WeakMap<SheetModel, { version: string; lastRow: number; lastCol: number }>();
export function sheetExtent(wb: Workbook, sheet: SheetModel): { lastRow: number; lastCol: number } {
  // Imported ranges re-spill when their source changed: refresh them before trusting the cache.
  wb.refreshImports();
  const stamp = `${wb.version}:${wb.importEpoch}`;
  const hit = extentCache.get(sheet);
  if (hit && hit.version === stamp) return hit;
  const e = { version: stamp, ...usedExtent(wb, sheet) };
  extentCache.set(sheet, e);
  return e;
}
