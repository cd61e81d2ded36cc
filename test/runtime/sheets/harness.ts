/**
 * Harness helpers for tests: what the user would see (conditional formats,
 * validation state), user edits (with "Reject input" validation), chart
 * specs, snapshots and a whole-workbook model. None of these are counted.
 */
import type { RawCellContent } from 'hyperformula';
import { cellA1, quoteSheetName, rectToA1, type GridRect } from './a1';
import { effectiveFormat, readFormulas, readValues, writeValues } from './cells';
import { chartSpec, type ChartSpec } from './charts';
import { matchingRule } from './conditionalFormat';
import { sheetsError } from './errors';
import { ERROR_STRINGS } from './formulaEngine';
import type { CellModel, MetadataModel, SheetExportModel, WorkbookModel } from './model';
import { DEFAULT_NUMBER_FORMAT, sheetExtent } from './range';
import type { CellMeta, DataValidationData, SheetModel } from './store';
import { checkCell, dropdownOptions as dropdownOf, type ValidationResult } from './validation';
import { isDateTimeFormat } from './values';
import type { Workbook } from './workbook';

function locate(wb: Workbook, sheetName: string, a1: string): { sheet: SheetModel; rect: GridRect } {
  const sheet = wb.sheetByName(sheetName);
  if (!sheet) throw new Error(`harness: no sheet named ${sheetName}`);
  return wb.resolve(a1, sheet);
}

export function effectiveBackground(wb: Workbook, sheetName: string, a1: string): string {
  const { sheet, rect } = locate(wb, sheetName, a1);
  const rule = matchingRule(wb, sheet, rect.row, rect.col);
  return rule?.format.background ?? wb.meta(sheet, rect.row, rect.col)?.background ?? '#ffffff';
}

export function effectiveFontColor(wb: Workbook, sheetName: string, a1: string): string {
  const { sheet, rect } = locate(wb, sheetName, a1);
  const rule = matchingRule(wb, sheet, rect.row, rect.col);
  return rule?.format.fontColor ?? wb.meta(sheet, rect.row, rect.col)?.fontColor ?? '#000000';
}

export function effectiveBold(wb: Workbook, sheetName: string, a1: string): boolean {
  const { sheet, rect } = locate(wb, sheetName, a1);
  const rule = matchingRule(wb, sheet, rect.row, rect.col);
  if (rule?.format.bold !== undefined && rule.format.bold !== null) return rule.format.bold;
  return wb.meta(sheet, rect.row, rect.col)?.fontWeight === 'bold';
}

export function checkValidation(wb: Workbook, sheetName: string, a1: string): ValidationResult {
  const { sheet, rect } = locate(wb, sheetName, a1);
  return checkCell(wb, sheet, rect.row, rect.col);
}

/** The items the cell's dropdown offers (list or range rule), or null when it has none. */
export function dropdownOptions(wb: Workbook, sheetName: string, a1: string): string[] | null {
  const { sheet, rect } = locate(wb, sheetName, a1);
  return dropdownOf(wb, sheet, rect.row, rect.col);
}

export interface UserEditResult {
  /** True when a "Reject input" rule refused the edit; nothing changed then. */
  rejected: boolean;
  /** Cells whose rule (allowInvalid true) now flags the value, or that caused the rejection. */
  invalid: { a1: string; rule: string; helpText: string | null }[];
  oldValues: unknown[][];
  newValues: unknown[][];
  range: { sheet: string; a1: string; row: number; column: number; numRows: number; numColumns: number };
}

/**
 * Types values into cells as a user would (same parsing as setValues).
 * A rule with allowInvalid=false rejects the whole edit, as Sheets does.
 */
export function userEdit(wb: Workbook, sheetName: string, a1: string, values: unknown[][]): UserEditResult {
  const { sheet, rect } = locate(wb, sheetName, a1);
  if (values.length !== rect.numRows || values.some((r) => r.length !== rect.numCols))
    throw sheetsError('userEdit: data does not match the range size');
  const oldValues = readValues(wb, sheet, rect);
  // Capture what is needed to roll back: HF contents and per-cell meta.
  const oldRaw: RawCellContent[][] = [];
  const oldMeta: (CellMeta | undefined)[][] = [];
  const engineVals = wb.engine.getValues(sheet.hfId, rect.row - 1, rect.col - 1, rect.numRows, rect.numCols);
  for (let i = 0; i < rect.numRows; i++) {
    const raws: RawCellContent[] = [];
    const metas: (CellMeta | undefined)[] = [];
    for (let j = 0; j < rect.numCols; j++) {
      const m = wb.meta(sheet, rect.row + i, rect.col + j);
      metas.push(m ? { ...m } : undefined);
      const f = m?.formula ? wb.engine.formula(sheet.hfId, rect.row - 1 + i, rect.col - 1 + j) : undefined;
      const v = engineVals[i]?.[j] ?? null;
      raws.push(f ?? (typeof v === 'string' ? `'${v}` : v));
    }
    oldRaw.push(raws);
    oldMeta.push(metas);
  }
  writeValues(wb, sheet, rect.row, rect.col, values);
  const invalid: UserEditResult['invalid'] = [];
  let rejected = false;
  for (let i = 0; i < rect.numRows; i++) {
    for (let j = 0; j < rect.numCols; j++) {
      const res = checkCell(wb, sheet, rect.row + i, rect.col + j);
      if (res.valid || !res.rule) continue;
      invalid.push({ a1: cellA1(rect.row + i, rect.col + j), rule: res.rule, helpText: res.helpText });
      const rule = wb.meta(sheet, rect.row + i, rect.col + j)?.validation?.rule as DataValidationData;
      if (!rule.allowInvalid) rejected = true;
    }
  }
  if (rejected) {
    wb.engine.setContents(sheet.hfId, rect.row - 1, rect.col - 1, oldRaw);
    for (let i = 0; i < rect.numRows; i++) {
      const row = sheet.cells[rect.row - 1 + i] ?? (sheet.cells[rect.row - 1 + i] = []);
      for (let j = 0; j < rect.numCols; j++) row[rect.col - 1 + j] = oldMeta[i]![j];
    }
    wb.version++;
  }
  return {
    rejected,
    invalid,
    oldValues,
    newValues: readValues(wb, sheet, rect),
    range: { sheet: sheet.name, a1: rectToA1(rect), row: rect.row, column: rect.col, numRows: rect.numRows, numColumns: rect.numCols },
  };
}

export function chartSpecs(wb: Workbook, sheetName: string): ChartSpec[] {
  const sheet = wb.sheetByName(sheetName);
  if (!sheet) throw new Error(`harness: no sheet named ${sheetName}`);
  return sheet.charts.map(chartSpec);
}

export interface SheetSnapshot {
  a1: string;
  values: unknown[][];
  formulas: string[][];
  notes: string[][];
  backgrounds: string[][];
  numberFormats: string[][];
}

/** Contents and formats of the used range (A1 to last row/column). */
export function snapshot(wb: Workbook, sheetName: string): SheetSnapshot {
  const sheet = wb.sheetByName(sheetName);
  if (!sheet) throw new Error(`harness: no sheet named ${sheetName}`);
  const { lastRow, lastCol } = sheetExtent(wb, sheet);
  const rect = { row: 1, col: 1, numRows: Math.max(1, lastRow), numCols: Math.max(1, lastCol) };
  const grid = <T>(fn: (m: CellMeta | undefined) => T): T[][] =>
    Array.from({ length: rect.numRows }, (_, i) => Array.from({ length: rect.numCols }, (_, j) => fn(wb.meta(sheet, i + 1, j + 1))));
  return {
    a1: rectToA1(rect),
    values: readValues(wb, sheet, rect),
    formulas: readFormulas(wb, sheet, rect),
    notes: grid((m) => m?.note ?? ''),
    backgrounds: grid((m) => m?.background ?? '#ffffff'),
    numberFormats: grid((m) => m?.numberFormat ?? DEFAULT_NUMBER_FORMAT),
  };
}

function validationModel(d: DataValidationData) {
  const values =
    d.criteria === 'VALUE_IN_RANGE' && d.source
      ? [d.source.valid ? `${quoteSheetName(d.source.sheet.name)}!${rectToA1(d.source.rect())}` : '#REF!', d.values[1]]
      : [...d.values];
  return { criteria: d.criteria, values, allowInvalid: d.allowInvalid, helpText: d.helpText };
}

function sheetModel(wb: Workbook, sheet: SheetModel, index: number): SheetExportModel {
  const { lastRow, lastCol } = sheetExtent(wb, sheet);
  const values = wb.engine.sheetValues(sheet.hfId);
  const cells: CellModel[] = [];
  // One model per rule: a rule set on a range is one object shared by its cells (readers only read them).
  const validations = new Map<DataValidationData, ReturnType<typeof validationModel>>();
  const validationOf = (rule: DataValidationData): ReturnType<typeof validationModel> => {
    let model = validations.get(rule);
    if (!model) validations.set(rule, (model = validationModel(rule)));
    return model;
  };
  const height = Math.max(values.length, sheet.cells.length);
  for (let r = 0; r < height; r++) {
    const vrow = values[r] ?? [];
    const mrow = sheet.cells[r] ?? [];
    const width = Math.max(vrow.length, mrow.length);
    for (let c = 0; c < width; c++) {
      const value = vrow[c] ?? null;
      const m = mrow[c];
      if (value === null && !m) continue;
      const fmt = typeof value === 'number' ? effectiveFormat(wb, sheet, r + 1, c + 1) : m?.numberFormat;
      const cell: CellModel = {
        row: r + 1,
        col: c + 1,
        a1: cellA1(r + 1, c + 1),
        value,
        isDate: typeof value === 'number' && isDateTimeFormat(fmt),
        isError: typeof value === 'string' && ERROR_STRINGS.has(value) && !!m?.formula,
      };
      if (m?.formula) cell.formula = readFormulas(wb, sheet, { row: r + 1, col: c + 1, numRows: 1, numCols: 1 })[0]![0];
      if (fmt) cell.numberFormat = fmt;
      if (m?.note) cell.note = m.note;
      if (m?.background) cell.background = m.background;
      if (m?.fontWeight) cell.fontWeight = m.fontWeight;
      if (m?.fontColor) cell.fontColor = m.fontColor;
      if (m?.fontStyle) cell.fontStyle = m.fontStyle;
      if (m?.hAlign) cell.horizontalAlignment = m.hAlign;
      if (m?.vAlign) cell.verticalAlignment = m.vAlign;
      if (m?.wrap) cell.wrap = m.wrap;
      if (m?.validation) cell.validation = validationOf(m.validation.rule);
      cells.push(cell);
    }
  }
  const byIndex = (arr: (number | undefined)[]) => Object.fromEntries(arr.flatMap((v, i) => (v === undefined ? [] : [[i + 1, v]])));
  const flagged = (arr: (boolean | undefined)[]) => arr.flatMap((v, i) => (v ? [i + 1] : []));
  return {
    name: sheet.name,
    index,
    sheetId: sheet.gid,
    hidden: sheet.hidden,
    tabColor: sheet.tabColor,
    maxRows: sheet.maxRows,
    maxColumns: sheet.maxCols,
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenCols,
    columnWidths: byIndex(sheet.colWidths),
    rowHeights: byIndex(sheet.rowHeights),
    hiddenRows: flagged(sheet.hiddenRows),
    hiddenColumns: flagged(sheet.hiddenCols),
    lastRow,
    lastColumn: lastCol,
    cells,
    conditionalFormats: sheet.cfRules.map((r) => ({
      ranges: r.ranges.filter((t) => t.valid).map((t) => rectToA1(t.rect())),
      condition: r.condition?.type ?? '',
      values: [...(r.condition?.values ?? [])],
      background: r.format.background ?? null,
      fontColor: r.format.fontColor ?? null,
      bold: r.format.bold ?? null,
      italic: r.format.italic ?? null,
    })),
    charts: sheet.charts.map(chartSpec),
  };
}

export function toWorkbookModel(wb: Workbook): WorkbookModel {
  return {
    id: wb.id,
    name: wb.name,
    locale: wb.ctx.locale,
    timeZone: wb.ctx.timeZone,
    sheets: wb.sheets.map((s, i) => sheetModel(wb, s, i + 1)),
    namedRanges: [...wb.namedRanges.values()].map((n) => ({ name: n.name, sheet: n.range.sheet.name, range: rectToA1(n.range.rect()) })),
    protections: wb.protections.map((p) => ({
      type: p.type,
      sheet: p.range.sheet.name,
      range: rectToA1(p.range.rect()),
      description: p.description,
      warningOnly: p.warningOnly,
      editors: [...p.editors],
    })),
    developerMetadata: wb.metadata.map((m): MetadataModel => {
      const loc = m.location;
      const location =
        loc.type === 'SPREADSHEET'
          ? { type: loc.type }
          : loc.type === 'SHEET'
            ? { type: loc.type, sheet: loc.sheet.name }
            : { type: loc.type, sheet: loc.range.sheet.name, range: rectToA1(loc.range.rect()) };
      return { id: m.id, key: m.key, value: m.value, visibility: m.visibility, location };
    }),
  };
}

/** The message behind an error value at one cell (HF's DetailedCellError message), undefined if no error. */
export function errorMessage(wb: Workbook, sheetName: string, a1: string): string | undefined {
  const { sheet, rect } = locate(wb, sheetName, a1);
  return wb.engine.errorMessage(sheet.hfId, rect.row - 1, rect.col - 1);
}
