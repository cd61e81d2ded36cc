/**
 * The services the app layer uses, injected so tests and entry points decide
 * where they come from (as apps-script-oauth2 injects its stores). Entry
 * points build one from the Apps Script globals; nothing below them reads
 * a global service directly.
 */
import type { Lang } from '../core/i18n';
import { langOf } from '../core/i18n';

export interface Env {
  readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** The clock: Apps Script's Date, replaceable in tests. */
  now(): Date;
  readonly lang: Lang;
  readonly timeZone: string;
  /** Short non-blocking message in the sheet's corner. */
  toast(message: string, title?: string): void;
}

export function appsScriptEnv(): Env {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  return {
    spreadsheet,
    now: () => new Date(),
    lang: langOf(spreadsheet.getSpreadsheetLocale()),
    timeZone: spreadsheet.getSpreadsheetTimeZone(),
    toast: (message, title) => spreadsheet.toast(message, title ?? 'Key Account Dossier', 8),
  };
}
