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
import type { SpreadsheetRegistry } from './registry';
import { spreadsheetIdOf } from './registry';
import { newDataValidationBuilder } from './validation';
import type { Workbook } from './workbook';

/**
 * openById/openByUrl need the full spreadsheets scope, not
 * spreadsheets.currentonly: Apps Script's message in a simple trigger is
 * "You do not have permission to call SpreadsheetApp.openById. Required
 * permissions: https://www.googleapis.com/auth/spreadsheets"
 * (https://github.com/andrewroberts/BBLog/issues/4, https://github.com/peterherrmann/BetterLog/issues/29).
 */
export const SPREADSHEETS_SCOPE = 'https://www.googleapis.com/auth/spreadsheets';
/**
 * Apps Script's answer when the file exists but is not shared with the
 * user (widely reported wording; not on Google's reference page).
 */
export const NO_ACCESS_MESSAGE = 'You do not have permission to access the requested document.';

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
    private readonly registry?: SpreadsheetRegistry,
  ) {
    super(wb);
  }
  /** The spreadsheet the script runs in (the registry's active one). */
  private get active(): Workbook {
    return this.registry?.active ?? this._wb;
  }
  getActive(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return newSpreadsheet(this.active);
  }
  getActiveSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return newSpreadsheet(this.active);
  }
  getActiveSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return newSpreadsheet(this.active).getActiveSheet();
  }
  /** Null when nothing is selected (e.g. time-driven triggers). */
  getActiveRange(): GoogleAppsScript.Spreadsheet.Range {
    return newSpreadsheet(this.active).getActiveRange() as GoogleAppsScript.Spreadsheet.Range;
  }
  /** A spreadsheet of the runtime the current user can open (owner, editor or viewer). */
  openById(id: string): GoogleAppsScript.Spreadsheet.Spreadsheet {
    this._wb.ctx.requireAuth('SpreadsheetApp.openById', SPREADSHEETS_SCOPE);
    return this.openFile(String(id), 'openById');
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#openbyurlurl */
  openByUrl(url: string): GoogleAppsScript.Spreadsheet.Spreadsheet {
    this._wb.ctx.requireAuth('SpreadsheetApp.openByUrl', SPREADSHEETS_SCOPE);
    const id = /\/spreadsheets\/d\/[A-Za-z0-9_-]+/.test(String(url)) ? spreadsheetIdOf(String(url)) : undefined;
    if (id === undefined) throw sheetsError('Invalid argument: url');
    return this.openFile(id, 'openByUrl');
  }
  private openFile(id: string, method: string): GoogleAppsScript.Spreadsheet.Spreadsheet {
    const wb = this.registry ? this.registry.byId(id) : id === this._wb.id ? this._wb : undefined;
    if (!wb) throw sheetsError(`Unexpected error while getting the method or property ${method} on object SpreadsheetApp.`);
    if (this.registry && !this.registry.canOpen(wb, this._wb.ctx.user.email)) throw sheetsError(NO_ACCESS_MESSAGE);
    return newSpreadsheet(wb);
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
