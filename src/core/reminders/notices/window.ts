/**
 * When reminders may go out, in the spreadsheet's time zone: outside the
 * quiet hours window [start, end) (it may wrap midnight; start = end means
 * no quiet hours) and, if so set, not on the Settings weekend days. Held
 * notices are not lost: nothing is recorded as sent, so the next run in the
 * window derives and sends them.
 */
import type { CivilDate } from '../../civilDate';
import { weekday } from '../../civilDate';
import type { Settings } from '../../settingsValues';

export interface WindowSettings {
  readonly quietHoursStart: number;
  readonly quietHoursEnd: number;
  /** Days held (0 Sunday .. 6 Saturday); empty when weekends are not skipped. */
  readonly weekendDays: readonly number[];
}

export type Hold = 'weekend' | 'quiet_hours';

/** Weekend days per WEEKEND_DAYS option key (schema/settings.ts). */
const WEEKENDS: Readonly<Record<string, readonly number[]>> = {
  sat_sun: [6, 0],
  fri_sat: [5, 6],
  fri: [5],
  sat: [6],
  sun: [0],
};

export function windowSettings(s: Settings): WindowSettings {
  return {
    quietHoursStart: s.quiet_hours_start,
    quietHoursEnd: s.quiet_hours_end,
    weekendDays: s.skip_weekends ? (WEEKENDS[s.weekend_days] ?? WEEKENDS['sat_sun'] ?? []) : [],
  };
}

export function inQuietHours(hour: number, s: Pick<WindowSettings, 'quietHoursStart' | 'quietHoursEnd'>): boolean {
  const { quietHoursStart: a, quietHoursEnd: b } = s;
  if (a === b) return false;
  return a < b ? hour >= a && hour < b : hour >= a || hour < b;
}

/** null when mail may go out now; otherwise why it waits. */
export function holdReason(today: CivilDate, hour: number, s: WindowSettings): Hold | null {
  if (s.weekendDays.includes(weekday(today))) return 'weekend';
  if (inQuietHours(hour, s)) return 'quiet_hours';
  return null;
}
