import type { Env } from '../env';

const notYet = (env: Env): void => env.toast(env.lang === 'ru' ? 'Напоминания пока недоступны.' : 'Reminders are not available yet.');

/** Menu items and the daily trigger. (Issue #5 fills these in.) */
export const previewReminders = notYet;
export const sendRemindersNow = notYet;
export const remindersOn = notYet;
export const remindersOff = notYet;
export function dailyReminders(_e: unknown): void {
  // Intentionally empty until reminders land.
}
