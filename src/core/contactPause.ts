/**
 * The pause after a negative contact (Settings "negative_pause_days"): for
 * that many days no personal contact. One rule for validation
 * (rules/contacts.ts), reminders (schedule/derive.ts) and the brief (brief.ts).
 */
import type { CivilDate } from './civilDate';
import { addDays, compareCivil, daysBetween } from './civilDate';

/**
 * Whether a contact on `date` breaks the pause that a negative contact on
 * `negative` started: strictly later (same-day contacts cannot be ordered)
 * and fewer than `pauseDays` days after it.
 */
export function insidePause(negative: CivilDate, date: CivilDate, pauseDays: number): boolean {
  if (pauseDays <= 0) return false;
  const gap = daysBetween(negative, date);
  return gap > 0 && gap < pauseDays;
}

/** The first day contact is fine again after a negative contact on `negative`, or null when there is no pause. */
export function pauseEndAfter(negative: CivilDate, pauseDays: number): CivilDate | null {
  return pauseDays > 0 ? addDays(negative, pauseDays) : null;
}

/** That day while the pause is still running on `today`; null once it is over. */
export function runningPauseEnd(negative: CivilDate | null, pauseDays: number, today: CivilDate): CivilDate | null {
  const end = negative === null ? null : pauseEndAfter(negative, pauseDays);
  return end !== null && compareCivil(today, end) < 0 ? end : null;
}
