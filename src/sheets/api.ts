/**
 * The parts of the Spreadsheet service that no sheet or range hands out:
 * rule builders and the protection-type enum. The app layer gets them through
 * Env (app/env.ts) and passes them down, so nothing in src/sheets reads a global.
 */
export interface SheetsApi {
  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder;
  newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
  readonly protectionType: typeof GoogleAppsScript.Spreadsheet.ProtectionType;
}
