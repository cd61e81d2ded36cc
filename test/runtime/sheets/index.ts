/**
 * Entry point of the local Spreadsheet service. createSpreadsheetApp builds
 * one workbook (the active spreadsheet) and the counted SpreadsheetApp the
 * bundle sees; the raw SpreadsheetImpl carries uncounted `_` helpers for tests.
 */
import type { RuntimeContext } from '../context';
import { SpreadsheetAppImpl } from './app';
import { wrap } from './facade';
import * as H from './harness';
import type { ChartSpec, WorkbookModel } from './model';
import { SpreadsheetRegistry } from './registry';
import { SpreadsheetImpl } from './spreadsheet';
import type { ValidationResult } from './validation';
import { Workbook, type WorkbookOptions } from './workbook';

export { Charts } from './enums';
export type {
  WorkbookModel,
  SheetExportModel,
  CellModel,
  ValidationModel,
  ConditionalFormatModel,
  ProtectionModel,
  NamedRangeModel,
  MetadataModel,
  ChartSpec,
} from './model';
export type { UserEditResult, SheetSnapshot } from './harness';
export type { ValidationResult } from './validation';
export type { WorkbookOptions } from './workbook';
export { Workbook } from './workbook';
export { SpreadsheetRegistry, spreadsheetIdOf, spreadsheetUrl, IMPORT_NEEDS_ACCESS, IMPORT_NO_PERMISSION } from './registry';
export type { RegistryState } from './registry';
export type { Role, Sharing, SpreadsheetSpec } from './registry';

export interface SpreadsheetAppOptions {
  /** Provides SpreadsheetApp.getUi(); without it getUi() throws as in a context with no UI. */
  ui?: () => GoogleAppsScript.Base.Ui;
  workbook?: WorkbookOptions;
}

/**
 * The active spreadsheet with uncounted harness helpers. The bundle never
 * sees this object (SpreadsheetApp hands out plain SpreadsheetImpl facades).
 */
export class HarnessSpreadsheet extends SpreadsheetImpl {
  effectiveBackground(sheetName: string, a1: string): string {
    return H.effectiveBackground(this._wb, sheetName, a1);
  }
  effectiveFontColor(sheetName: string, a1: string): string {
    return H.effectiveFontColor(this._wb, sheetName, a1);
  }
  effectiveBold(sheetName: string, a1: string): boolean {
    return H.effectiveBold(this._wb, sheetName, a1);
  }
  checkValidation(sheetName: string, a1: string): ValidationResult {
    return H.checkValidation(this._wb, sheetName, a1);
  }
  /** What the cell's dropdown offers now (a list rule's items or a range rule's cells); null without a dropdown. */
  dropdownOptions(sheetName: string, a1: string): string[] | null {
    return H.dropdownOptions(this._wb, sheetName, a1);
  }
  userEdit(sheetName: string, a1: string, values: unknown[][]): H.UserEditResult {
    return H.userEdit(this._wb, sheetName, a1, values);
  }
  chartSpecs(sheetName: string): ChartSpec[] {
    return H.chartSpecs(this._wb, sheetName);
  }
  snapshot(sheetName: string): H.SheetSnapshot {
    return H.snapshot(this._wb, sheetName);
  }
  toWorkbookModel(): WorkbookModel {
    return H.toWorkbookModel(this._wb);
  }
  /**
   * The message behind a cell's error value (what hovering the cell shows in
   * Sheets, e.g. IMPORTRANGE's "You need to connect these sheets."), or
   * undefined when the cell holds no error.
   */
  errorMessage(sheetName: string, a1: string): string | undefined {
    return H.errorMessage(this._wb, sheetName, a1);
  }
}

/** The harness view of any workbook (cached so `rt.spreadsheet` stays the same object). */
const harnesses = new WeakMap<Workbook, HarnessSpreadsheet>();
export function harnessFor(wb: Workbook): HarnessSpreadsheet {
  let h = harnesses.get(wb);
  if (!h) {
    h = new HarnessSpreadsheet(wb);
    wrap(h, 'Spreadsheet');
    harnesses.set(wb, h);
  }
  return h;
}

export function createSpreadsheetApp(
  ctx: RuntimeContext,
  options: SpreadsheetAppOptions = {},
): {
  app: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  spreadsheet: HarnessSpreadsheet;
  workbook: Workbook;
  registry: SpreadsheetRegistry;
} {
  const workbook = new Workbook(ctx, options.workbook);
  const registry = new SpreadsheetRegistry(ctx, workbook);
  const app = wrap<GoogleAppsScript.Spreadsheet.SpreadsheetApp, SpreadsheetAppImpl>(
    new SpreadsheetAppImpl(workbook, options.ui, registry),
    'SpreadsheetApp',
  );
  return { app, spreadsheet: harnessFor(workbook), workbook, registry };
}
