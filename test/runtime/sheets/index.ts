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
}

export function createSpreadsheetApp(
  ctx: RuntimeContext,
  options: SpreadsheetAppOptions = {},
): { app: GoogleAppsScript.Spreadsheet.SpreadsheetApp; spreadsheet: HarnessSpreadsheet; workbook: Workbook } {
  const workbook = new Workbook(ctx, options.workbook);
  const app = wrap<GoogleAppsScript.Spreadsheet.SpreadsheetApp, SpreadsheetAppImpl>(
    new SpreadsheetAppImpl(workbook, options.ui),
    'SpreadsheetApp',
  );
  const spreadsheet = new HarnessSpreadsheet(workbook);
  wrap(spreadsheet, 'Spreadsheet');
  return { app, spreadsheet, workbook };
}
