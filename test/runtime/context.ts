import type { CallCounter } from './counter';

/** Apps Script authorisation modes, as ScriptApp.AuthMode names them. */
export type AuthModeName = 'NONE' | 'CUSTOM_FUNCTION' | 'LIMITED' | 'FULL';

/** A settable clock: the runtime's `new Date()` and all services read it. */
export interface Clock {
  now(): Date;
  set(d: Date): void;
  advance(ms: number): void;
}

/** Recorded UI interactions (menus, toasts, alerts, sidebars, dialogs). */
export interface UiLog {
  menus: { title: string; items: { caption: string; functionName: string }[] }[];
  toasts: { message: string; title: string; timeoutSeconds: number }[];
  alerts: { title: string; prompt: string; buttons: string }[];
  sidebars: { title: string; html: string }[];
  dialogs: { title: string; html: string }[];
  /** Answers for the next alert() calls, consumed first-in first-out; default 'OK'. */
  alertAnswers: string[];
  /** Addition: recorded Ui.prompt() calls. */
  prompts?: { title: string; prompt: string; buttons: string }[];
  /** Addition: answers for the next prompt() calls (FIFO); default { button: 'OK', text: '' }. */
  promptAnswers?: { button?: string; text: string }[];
}

/**
 * What every service of the runtime shares: one counter, one clock, the
 * spreadsheet's locale and time zone, the current user and the auth mode of
 * the invocation in progress.
 */
export interface RuntimeContext {
  counter: CallCounter;
  clock: Clock;
  timeZone: string; // the spreadsheet's and the script's, IANA name
  locale: string; // e.g. 'en_US', 'ru_RU', 'lt_LT'
  user: { email: string; effectiveEmail: string };
  authMode: AuthModeName;
  /** True while a simple trigger (onOpen/onEdit/onInstall in LIMITED) or NONE runs. */
  ui: UiLog;
  /**
   * Throws the error Apps Script throws when the running code lacks the
   * authorisation that `what` needs (e.g. MailApp.sendEmail in LIMITED mode).
   */
  requireAuth(what: string, scope: string): void;
  /**
   * Addition: builds the error a service throws, made with the vm's own Error
   * (name 'Exception') once the bundle's vm exists. Optional so hand-built
   * contexts in unit tests still type-check.
   */
  exception?: (message: string) => Error;
  /**
   * Addition: false while an invocation runs without a user interface
   * (time-driven triggers), where SpreadsheetApp.getUi() throws.
   */
  hasUi?: boolean;
}
