/**
 * The one rule for an account's review status, last positive contact and
 * negative-contact pause. Reminders, the brief, the Dossier view and the
 * Problems tab all call it, and the Accounts "Next review due" formula
 * (formulas.ts) computes the same thing in the sheet: a review is a row in
 * Reviews or the Accounts "last review" date, whichever is later, and a date
 * after today is a typo the validator reports, never a review that silences
 * a reminder.
 */
import type { CivilDate } from './civilDate';
import { addDays, addMonths, compareCivil, daysBetween } from './civilDate';

export const laterOf = (a: CivilDate | null, b: CivilDate | null): CivilDate | null =>
  a === null ? b : b === null ? a : compareCivil(a, b) >= 0 ? a : b;

const upTo = (d: CivilDate | null, today: CivilDate): CivilDate | null => (d !== null && compareCivil(d, today) <= 0 ? d : null);

export interface ReviewStatus {
  /** Later of the Accounts "last review" and the latest Reviews row, both up to today. */
  readonly lastReview: CivilDate | null;
  /** lastReview plus the review interval (clamped to the month's last day), or null when never reviewed. */
  readonly reviewDue: CivilDate | null;
  /** Days past reviewDue (positive) or left until it (negative); null when never reviewed. */
  readonly overdueDays: number | null;
}

export function reviewStatus(
  accountLastReview: CivilDate | null,
  reviewDates: readonly CivilDate[],
  intervalMonths: number,
  today: CivilDate,
): ReviewStatus {
  let lastReview = upTo(accountLastReview, today);
  for (const d of reviewDates) lastReview = laterOf(lastReview, upTo(d, today));
  const reviewDue = lastReview === null ? null : addMonths(lastReview, intervalMonths);
  return { lastReview, reviewDue, overdueDays: reviewDue === null ? null : daysBetween(reviewDue, today) };
}

export interface ContactStatus {
  readonly lastPositive: CivilDate | null;
  readonly lastNegative: CivilDate | null;
  /** End of the pause after the last negative contact (first day contact is fine again), if still active. */
  readonly pauseEnd: CivilDate | null;
  /** When a positive contact is due: last positive + interval, never before the end of the latest negative contact's pause. */
  readonly positiveDue: CivilDate | null;
}

export function contactStatus(
  contacts: readonly { readonly date: CivilDate; readonly outcome: string | null }[],
  positiveContactDays: number,
  negativePauseDays: number,
  today: CivilDate,
): ContactStatus {
  let lastPositive: CivilDate | null = null;
  let lastNegative: CivilDate | null = null;
  for (const c of contacts) {
    if (compareCivil(c.date, today) > 0) continue;
    if (c.outcome === 'positive') lastPositive = laterOf(lastPositive, c.date);
    if (c.outcome === 'negative') lastNegative = laterOf(lastNegative, c.date);
  }
  const lastPauseEnd = lastNegative === null ? null : pauseEndAfter(lastNegative, negativePauseDays);
  const pauseEnd = runningPauseEnd(lastNegative, negativePauseDays, today);
  // A positive contact cannot be asked for during a pause, so it falls due no earlier than the end of the pause
  // after the latest negative contact, even when a positive one was logged inside that pause. So it is overdue
  // exactly when today is past it, which the Contacts highlight (formulas.ts positiveContactOverdue) computes too.
  const positiveDue = lastPositive === null ? null : laterOf(addDays(lastPositive, positiveContactDays), lastPauseEnd);
  return { lastPositive, lastNegative, pauseEnd, positiveDue };
}

// The pause after a negative contact (Settings negative_pause_days): validation (validation/contacts.ts),
// reminders (reminders/notices/derive.ts breaches) and contactStatus above all use these.

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
