/** Reminder menu items and the daily trigger handler, wired to the use cases. */
import { fill } from '../../core/i18n';
import type { Env } from '../env';
import { appsScriptEnv } from '../env';
import { MSG, summaryText } from './messages';
import { readSettings } from '../../sheets/settings';
import { writePreview } from './preview';
import { runReminders } from './run';
import { followReminderHour, installDailyTrigger, removeDailyTrigger } from './triggers';

export function previewReminders(env: Env): void {
  const r = writePreview(env);
  env.toast(fill(MSG.previewDone[env.lang], { n: r.digests, items: r.items }), MSG.title[env.lang]);
}

export function sendRemindersNow(env: Env): void {
  const s = runReminders(env);
  env.toast(summaryText(s, env.lang), MSG.title[env.lang]);
}

export function remindersOn(env: Env): void {
  const hour = readSettings(env.spreadsheet).reminder_hour;
  installDailyTrigger(env.spreadsheet, hour, env.timeZone);
  env.toast(fill(MSG.on[env.lang], { hour, zone: env.timeZone }), MSG.title[env.lang]);
}

export function remindersOff(env: Env): void {
  const n = removeDailyTrigger(env.spreadsheet);
  env.toast(fill(MSG.off[env.lang], { n }), MSG.title[env.lang]);
}

/** Time-driven trigger: no UI here (SpreadsheetApp.getUi() throws without one), not even a toast. */
export function dailyReminders(_e: unknown): void {
  const env = appsScriptEnv();
  const s = runReminders(env);
  if (s.reminderHour !== null) followReminderHour(env.spreadsheet, s.reminderHour, env.timeZone);
}
