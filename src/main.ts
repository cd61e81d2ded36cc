/**
 * Entry points only: each top-level export becomes a function declaration
 * in dist/Code.js (scripts/build.mjs), and each one only wires services to
 * the app layer.
 */
import { langOf } from './core/i18n';
import { createOrRepair } from './app/createOrRepair';
import { appsScriptEnv, appsScriptSheetsApi, installExternalTexts } from './app/env';
import { addMenu } from './app/menu';
import { applyRiskFormatting } from './app/risk/entry';
import type { BriefPayload } from './app/brief';
import { briefData, openAccountRow, showBrief } from './app/brief';
import { showHelp } from './app/help';
import { dailyReminders, previewReminders, remindersOff, remindersOn, sendRemindersNow } from './app/reminders/entry';
import { handleEdit, validateDossier } from './app/validation/entry';
import { checkFileAccess } from './app/team/access';
import { setUpRollup } from './app/team/rollup';
import type { ReviewForm, ReviewPreview, ReviewSaved } from './app/review/record';
import { recordReview, reviewPreview, showReview } from './app/review/record';
import type { HomeData } from './app/home/data';
import { homeData } from './app/home/data';
import type { ActionResult } from './app/home/actions';
import { homeAction } from './app/home/actions';
import type { FormResult } from './app/home/saveSettings';
import { saveSettings } from './app/home/saveSettings';
import type { AccountAdded } from './app/home/addAccount';
import { addAccount } from './app/home/addAccount';
import type { PreviewPayload } from './app/home/preview';
import { previewDigest } from './app/home/preview';
import { showHome } from './app/home/show';

/** Simple trigger. In AuthMode.NONE (add-on not yet used in this file) only the menu is added. */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  installExternalTexts();
  let locale = '';
  try {
    locale = e && e.authMode !== ScriptApp.AuthMode.NONE ? e.source.getSpreadsheetLocale() : Session.getActiveUserLocale();
  } catch (_err) {
    locale = ''; // the menu still appears, in English
  }
  addMenu(SpreadsheetApp.getUi(), langOf(locale));
}

/** Runs when the add-on is installed from the Marketplace. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

export function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  installExternalTexts();
  handleEdit(e, appsScriptSheetsApi());
}

export function kadCreateOrRepair(): void {
  createOrRepair(appsScriptEnv());
}

export function kadValidate(): void {
  validateDossier(appsScriptEnv());
}

export function kadApplyRisk(): void {
  applyRiskFormatting(appsScriptEnv());
}

export function kadPreviewReminders(): void {
  previewReminders(appsScriptEnv());
}

export function kadSendReminders(): void {
  sendRemindersNow(appsScriptEnv());
}

export function kadRemindersOn(): void {
  remindersOn(appsScriptEnv());
}

export function kadRemindersOff(): void {
  remindersOff(appsScriptEnv());
}

/** Installable hourly time-driven trigger handler: no UI here, ever. */
export function kadDailyReminders(_e: unknown): void {
  dailyReminders(appsScriptEnv());
}

/** Menu: opens the meeting-brief sidebar. */
export function kadShowHelp(): void {
  showHelp(appsScriptEnv());
}

export function kadShowBrief(): void {
  showBrief(appsScriptEnv());
}

/** Called by the sidebar through google.script.run. */
export function kadBriefData(accountId: string): BriefPayload {
  return briefData(appsScriptEnv(), typeof accountId === 'string' ? accountId : '');
}

/** Called by the brief's "Open in sheet": selects the account's row on the Accounts tab. */
export function kadBriefOpenAccount(accountId: unknown): number {
  return openAccountRow(appsScriptEnv(), typeof accountId === 'string' ? accountId : '');
}

/** Menu: who can open this file against the accounts' managers and supervisors (Access tab). */
export function kadCheckAccess(): void {
  checkFileAccess(appsScriptEnv());
}

/** Menu, in the head of sales' file: Sources and Rollup tabs over the KAMs' dossier files. */
export function kadSetUpRollup(): void {
  setUpRollup(appsScriptEnv());
}

/** Menu, and the brief's button: opens the "Record a review" sidebar (on the brief's account when given). */
export function kadShowReview(accountId?: unknown): void {
  showReview(appsScriptEnv(), typeof accountId === 'string' ? accountId : '');
}

/** Called by the review sidebar: what changed since the previous review, before saving. */
export function kadReviewPreview(accountId: unknown, date: unknown): ReviewPreview {
  return reviewPreview(appsScriptEnv(), typeof accountId === 'string' ? accountId : '', typeof date === 'string' ? date : '');
}

/** Called by the review sidebar: appends the Reviews row and stores the snapshot. */
export function kadRecordReview(form: unknown): ReviewSaved {
  return recordReview(appsScriptEnv(), typeof form === 'object' && form !== null ? (form as ReviewForm) : {});
}

/** Menu (first item), and after "Create or repair dossier": the home sidebar. */
export function kadShowHome(): void {
  showHome(appsScriptEnv());
}

/** Called by the home sidebar: checklist, reminder status and the two forms, from a few batched reads. */
export function kadHomeData(): HomeData {
  return homeData(appsScriptEnv());
}

/** Called by the home sidebar's buttons (validate, risk, access, on, off, sendPlan, send, test, preview). */
export function kadHomeAction(name: unknown): ActionResult {
  return homeAction(appsScriptEnv(), typeof name === 'string' ? name : '');
}

const record = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {});

/** Called by the home sidebar's Settings form with the changed fields (key → text typed). */
export function kadSaveSettings(changes: unknown): FormResult {
  return saveSettings(appsScriptEnv(), record(changes));
}

/** Called by the home sidebar's Add account form (column key → text typed). */
export function kadAddAccount(form: unknown): AccountAdded {
  return addAccount(appsScriptEnv(), record(form));
}

/** Called by the preview dialog: one recipient's rendered digest and the list of recipients. */
export function kadPreviewDigest(recipient: unknown): PreviewPayload {
  return previewDigest(appsScriptEnv(), typeof recipient === 'string' ? recipient : '');
}
