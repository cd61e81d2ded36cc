/**
 * The services the app layer uses, injected so tests and entry points decide
 * where they come from (as apps-script-oauth2 injects its stores). Only
 * appsScriptEnv() reads Apps Script globals; nothing below it does (ESLint's
 * no-restricted-globals in eslint.config.mjs enforces it). Each
 * service is small and typed for what the features need, no more.
 */
import type { Lang } from '../core/i18n';
import { langOf, setExternalTexts } from '../core/i18n';
import type { SheetsApi } from '../sheets/api';

export type { SheetsApi } from '../sheets/api';

/** A property store (document or user properties), read and written as plain strings. */
export interface KeyValueStore {
  get(key: string): string | null;
  all(): Record<string, string>;
  set(key: string, value: string): void;
  /** One call for several keys; `replaceAll` drops every other key (Properties.setProperties(p, true)). */
  setMany(values: Record<string, string>, replaceAll?: boolean): void;
  remove(key: string): void;
}

export interface OutgoingMail {
  readonly to: string;
  readonly subject: string;
  readonly body: string;
  readonly htmlBody: string;
  readonly name: string;
  readonly replyTo?: string;
}

export interface MailService {
  /** Recipients the effective user may still mail today. */
  remainingQuota(): number;
  send(mail: OutgoingMail): void;
}

/** The document lock (LockService.getDocumentLock()). */
export interface DocumentLock {
  tryLock(ms: number): boolean;
  release(): void;
}

/** A time-driven trigger as the features see it. */
export interface ClockTrigger {
  readonly id: string;
  readonly handler: string;
  remove(): void;
}

export interface TriggerService {
  /** This user's triggers for the document, plus the project trigger with `rememberedId` if any. */
  mine(rememberedId: string | null): ClockTrigger[];
  /** An hourly time-driven trigger on `handler`; returns its id. */
  createHourly(handler: string): string;
}

export interface Env {
  readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** The clock: Apps Script's Date, replaceable in tests. */
  now(): Date;
  readonly lang: Lang;
  readonly timeZone: string;
  /** Short non-blocking message in the sheet's corner. */
  toast(message: string, title?: string): void;
  /** A YES/NO dialog; true for YES. Only from a menu item (there is no UI in triggers). */
  confirm(title: string, message: string): boolean;
  /** A modal message with OK, for a refusal the user must not miss. */
  alert(title: string, message: string): void;
  /** Commits pending sheet writes (SpreadsheetApp.flush). */
  flush(): void;
  /** The account the script runs as (mail goes from it); '' when unknown. */
  effectiveUser(): string;
  /** The person at the keyboard (Session.getActiveUser); '' when Google withholds it. */
  activeUser(): string;
  readonly mail: MailService;
  documentLock(): DocumentLock;
  documentProperties(): KeyValueStore;
  userProperties(): KeyValueStore;
  readonly triggers: TriggerService;
  /** Rule builders and enums of the Spreadsheet service (no sheet hands them out). */
  readonly sheetsApi: SheetsApi;
  /** Shows `file` (an HTML file of src/html) as a templated sidebar; `vars` become the template's variables. */
  showSidebar(file: string, title: string, vars: Readonly<Record<string, string>>): void;
  /** Shows `file` as a templated modal dialog of the given size in pixels. */
  showDialog(file: string, title: string, vars: Readonly<Record<string, string>>, width: number, height: number): void;
  /** The text of an HTML file of src/html (long help texts kept out of the bundle): two service calls, once per execution. */
  projectHtml(file: string): string;
}

/** Opens the store on first use only (properties are off limits in AuthMode.NONE), then reuses it. */
function store(open: () => GoogleAppsScript.Properties.Properties): KeyValueStore {
  let p: GoogleAppsScript.Properties.Properties | null = null;
  const get = (): GoogleAppsScript.Properties.Properties => (p ??= open());
  return {
    get: (k) => get().getProperty(k),
    all: () => get().getProperties(),
    set: (k, v) => void get().setProperty(k, v),
    setMany: (values, replaceAll = false) => void get().setProperties(values, replaceAll),
    remove: (k) => void get().deleteProperty(k),
  };
}

/** Project HTML files read in this execution: each is read once (help, notes and external texts may share one). */
let htmlRead = new Map<string, string>();

// https://developers.google.com/apps-script/reference/html/html-service#createHtmlOutputFromFile(String)
function projectHtml(file: string): string {
  let content = htmlRead.get(file);
  if (content === undefined) {
    content = HtmlService.createHtmlOutputFromFile(file).getContent();
    htmlRead.set(file, content);
  }
  return content;
}

/**
 * Every entry point starts with this (appsScriptEnv does it): a new execution reads files afresh, and
 * core/i18n.ts reads the texts kept out of the bundle (core/texts/external.ts: Texts.html, PortfolioHelp.html)
 * through projectHtml, as Env.projectHtml does, the first time this execution needs one of them.
 */
export function installExternalTexts(): void {
  htmlRead = new Map();
  setExternalTexts(projectHtml);
}

/** An HTML file of src/html evaluated as a template with `vars` as its variables. */
function template(file: string, vars: Readonly<Record<string, string>>): GoogleAppsScript.HTML.HtmlOutput {
  const page = HtmlService.createTemplateFromFile(file);
  for (const [k, v] of Object.entries(vars)) page[k] = v;
  return page.evaluate();
}

export function appsScriptEnv(): Env {
  installExternalTexts();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const asClock = (t: GoogleAppsScript.Script.Trigger): ClockTrigger => ({
    id: t.getUniqueId(),
    handler: t.getHandlerFunction(),
    remove: () => ScriptApp.deleteTrigger(t),
  });
  const docProps = store(() => PropertiesService.getDocumentProperties());
  let timeZone: string | null = null;
  const userProps = store(() => PropertiesService.getUserProperties());
  return {
    spreadsheet,
    now: () => new Date(),
    lang: langOf(spreadsheet.getSpreadsheetLocale()),
    // Read on first use: creating or repairing the dossier never needs it.
    get timeZone() {
      return (timeZone ??= spreadsheet.getSpreadsheetTimeZone());
    },
    toast: (message, title) => spreadsheet.toast(message, title ?? 'Key Account Dossier', 8),
    confirm: (title, message) => {
      const ui = SpreadsheetApp.getUi();
      return ui.alert(title, message, ui.ButtonSet.YES_NO) === ui.Button.YES;
    },
    alert: (title, message) => {
      const ui = SpreadsheetApp.getUi();
      ui.alert(title, message, ui.ButtonSet.OK);
    },
    flush: () => SpreadsheetApp.flush(),
    effectiveUser: () => Session.getEffectiveUser().getEmail(),
    // https://developers.google.com/apps-script/reference/base/session#getActiveUser()
    activeUser: () => Session.getActiveUser().getEmail(),
    mail: {
      remainingQuota: () => MailApp.getRemainingDailyQuota(),
      send: (m) => MailApp.sendEmail({ ...m }),
    },
    documentLock: () => {
      const lock = LockService.getDocumentLock();
      return { tryLock: (ms) => lock.tryLock(ms), release: () => lock.releaseLock() };
    },
    documentProperties: () => docProps,
    userProperties: () => userProps,
    triggers: {
      mine: (rememberedId) => {
        const found = new Map<string, ClockTrigger>();
        for (const t of ScriptApp.getUserTriggers(spreadsheet)) found.set(t.getUniqueId(), asClock(t));
        if (rememberedId && !found.has(rememberedId))
          for (const t of ScriptApp.getProjectTriggers()) if (t.getUniqueId() === rememberedId) found.set(rememberedId, asClock(t));
        return [...found.values()];
      },
      createHourly: (handler) => ScriptApp.newTrigger(handler).timeBased().everyHours(1).create().getUniqueId(),
    },
    sheetsApi: appsScriptSheetsApi(),
    projectHtml,
    showSidebar: (file, title, vars) => SpreadsheetApp.getUi().showSidebar(template(file, vars).setTitle(title)),
    // https://developers.google.com/apps-script/reference/base/ui#showModalDialog(Object,String)
    showDialog: (file, title, vars, width, height) =>
      SpreadsheetApp.getUi().showModalDialog(template(file, vars).setWidth(width).setHeight(height), title),
  };
}

/** The rule builders alone, for the simple onEdit trigger (it needs no other service of Env). */
export function appsScriptSheetsApi(): SheetsApi {
  return {
    newDataValidation: () => SpreadsheetApp.newDataValidation(),
    newConditionalFormatRule: () => SpreadsheetApp.newConditionalFormatRule(),
    protectionType: SpreadsheetApp.ProtectionType,
  };
}
