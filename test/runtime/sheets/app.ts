/**
 * SpreadsheetApp: the active spreadsheet, rule builders and the enums add-ons use.
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app
 */
type GApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

import { newRuleBuilder } from './conditionalFormat';
import * as E from './enums';
import { sheetsError } from './errors';
import { Facade } from './facade';
import { newSpreadsheet } from './spreadsheet';
import { newDataValidationBuilder } from './validation';
import type { Workbook } from './workbook';

export class SpreadsheetAppImpl extends Facade<GApp> implements Partial<GApp> {
  readonly DataValidationCriteria = E.DataValidationCriteria as unknown as GApp['DataValidationCriteria'];
  readonly BooleanCriteria = E.BooleanCriteria as unknown as GApp['BooleanCriteria'];
  readonly ProtectionType = E.ProtectionType as unknown as GApp['ProtectionType'];
  readonly DeveloperMetadataVisibility = E.DeveloperMetadataVisibility as unknown as GApp['DeveloperMetadataVisibility'];
  readonly DeveloperMetadataLocationType = E.DeveloperMetadataLocationType as unknown as GApp['DeveloperMetadataLocationType'];
  readonly BorderStyle = E.BorderStyle as unknown as GApp['BorderStyle'];
  readonly WrapStrategy = E.WrapStrategy as unknown as GApp['WrapStrategy'];
  readonly Dimension = E.Dimension as unknown as GApp['Dimension'];
  readonly SheetType = E.SheetType as unknown as GApp['SheetType'];
  readonly RelativeDate = E.RelativeDate as unknown as GApp['RelativeDate'];

  constructor(
    wb: Workbook,
    private readonly uiHook: (() => GoogleAppsScript.Base.Ui) | undefined,
  ) {
    super(wb);
  }
  getActive(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return newSpreadsheet(this._wb);
  }
  getActiveSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return newSpreadsheet(this._wb);
  }
  getActiveSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return newSpreadsheet(this._wb).getActiveSheet();
  }
  /** Null when nothing is selected (e.g. time-driven triggers). */
  getActiveRange(): GoogleAppsScript.Spreadsheet.Range {
    return newSpreadsheet(this._wb).getActiveRange() as GoogleAppsScript.Spreadsheet.Range;
  }
  openById(id: string): GoogleAppsScript.Spreadsheet.Spreadsheet {
    if (id !== this._wb.id) throw sheetsError('Unexpected error while getting the method or property openById on object SpreadsheetApp.');
    return newSpreadsheet(this._wb);
  }
  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return newDataValidationBuilder(this._wb);
  }
  newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return newRuleBuilder(this._wb);
  }
  /** Writes apply immediately in the local runtime; flush only counts. */
  flush(): void {}
  getUi(): GoogleAppsScript.Base.Ui {
    if (!this.uiHook || this._wb.ctx.hasUi === false) throw sheetsError('Cannot call SpreadsheetApp.getUi() from this context.');
    return this.uiHook();
  }
}
