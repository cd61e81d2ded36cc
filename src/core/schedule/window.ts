/**
 * When reminders may go out: not before the Settings quiet-hours end and,
 * if so set, not on Saturday or Sunday, both in the spreadsheet's time zone.
 * Held notices are not lost: nothing is recorded as sent, so the next run
 * in the window (Monday morning) derives and sends them.
 */
import type { CivilDate } from '../civilDate';
import { weekday } from '../civilDate';

export interface WindowSettings {
  readonly quietHoursEnd: number;
  readonly skipWeekends: boolean;
}

export type Hold = 'weekend' | 'quiet_hours';

/** null when mail may go out now; otherwise why it waits. */
export function holdReason(today: CivilDate, hour: number, s: WindowSettings): Hold | null {
  const wd = weekday(today);
  if (s.skipWeekends && (wd === 0 || wd === 6)) return 'weekend';
  if (hour < s.quietHoursEnd) return 'quiet_hours';
  return null;
}
