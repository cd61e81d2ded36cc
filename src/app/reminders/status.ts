/**
 * The reminder status block on the Settings tab, rewritten by every run and
 * by turning reminders on or off: on/off and who turned them on, hour and
 * zone, the last run, the next one, today's quota and a warning line. It
 * sits below the settings (found again by its named range, so moved rows
 * keep it) and is written in one setValues; its key cells stay empty, so
 * settings parsing ignores it.
 */
import type { CivilDate } from '../../core/civilDate';
import { addDays } from '../../core/civilDate';
import { fill } from '../../core/i18n';
import type { WindowSettings } from '../../core/reminders/notices';
import { holdReason, inQuietHours, windowSettings } from '../../core/reminders/notices';
import { tabSpec } from '../../core/schema/tabs';
import type { Settings } from '../../core/settingsValues';
import type { Env } from '../env';
import { STATUS } from './messages';
import type { RunSummary } from './run';
import { LAST_RUN_PROPERTY, STATUS_RANGE } from './run';
import { civilOf, hourOf } from '../../sheets/dates';
import { findTable } from '../../sheets/table';
import { literalText } from '../../sheets/write';

type Range = GoogleAppsScript.Spreadsheet.Range;
const ROWS = 7;

/** The next civil date from `from` on that is not held as a weekend day. */
function nextWorkingDay(from: CivilDate, w: WindowSettings): CivilDate {
  let d = from;
  for (let i = 0; i < 7 && holdReason(d, 12, { ...w, quietHoursStart: 0, quietHoursEnd: 0 }) === 'weekend'; i++) d = addDays(d, 1);
  return d;
}

/** The block's lines as label and value, also what the home sidebar shows. */
export function statusLines(env: Env, settings: Settings, owner: string | null, last: RunSummary | null): [string, string][] {
  const L = env.lang;
  const stamp = (d: Date): string => `${civilOf(d, env.timeZone)} ${hh(d, env.timeZone)}`;
  const hour = settings.reminder_hour;
  const w = windowSettings(settings);
  const today = civilOf(env.now(), env.timeZone);
  const lastLine =
    last === null
      ? '—'
      : last.error
        ? `${stamp(new Date(last.at))}: ${last.error}`
        : fill(STATUS.lastValue[L], { at: stamp(new Date(last.at)), sent: last.sent, deferred: last.deferred, failed: last.failed }) +
          (last.stoppedEarly ? STATUS.stoppedByTime[L] : '');
  const unfinished = last !== null && (last.deferred > 0 || last.failed > 0 || last.error !== null || last.logError !== null);
  const doneToday = last !== null && last.today === today && !unfinished && last.mode === 'trigger';
  const nextDay = nextWorkingDay(doneToday || hourOf(env.now(), env.timeZone) >= hour ? addDays(today, 1) : today, w);
  const next =
    owner === null
      ? STATUS.nextOff[L]
      : unfinished
        ? STATUS.nextSoon[L]
        : `${nextDay} ${String(hour).padStart(2, '0')}:00 (${env.timeZone})`;
  const warnings: string[] = [];
  if (inQuietHours(hour, w)) warnings.push(fill(STATUS.quietHour[L], { hour, start: w.quietHoursStart, end: w.quietHoursEnd }));
  if (last?.error) warnings.push(last.error);
  if (last?.logError) warnings.push(last.logError);
  if (last && last.deferred > 0 && last.quotaLeft === 0) warnings.push(STATUS.quotaShort[L]);
  if (last && last.failures.length) warnings.push(last.failures.join('; '));
  return [
    [STATUS.heading[L], fill(STATUS.updated[L], { at: stamp(env.now()) })],
    [STATUS.state[L], owner === null ? STATUS.off[L] : fill(STATUS.on[L], { who: owner })],
    [STATUS.hour[L], fill(STATUS.hourValue[L], { hour, zone: env.timeZone })],
    [STATUS.last[L], lastLine],
    [STATUS.next[L], next],
    [STATUS.quota[L], last?.quotaLeft === null || last === null ? STATUS.unknown[L] : String(last.quotaLeft)],
    [STATUS.warning[L], warnings.join(' ').slice(0, 1000)],
  ];
}

export function statusRows(env: Env, settings: Settings, owner: string | null, last: RunSummary | null): string[][] {
  return statusLines(env, settings, owner, last).map((r) => r.map((c) => literalText(c)));
}

/** The last run's summary as stored by the run (kad.reminders.lastRun); null when none or unreadable. */
export function storedLastRun(props: Readonly<Record<string, string>>): RunSummary | null {
  try {
    const s = JSON.parse(props[LAST_RUN_PROPERTY] ?? 'null') as RunSummary | null;
    return s && typeof s.at === 'string' ? s : null;
  } catch (_e) {
    return null;
  }
}

function hh(d: Date, timeZone: string): string {
  const f = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return f.format(d);
}

/** Writes the block (2 columns: the Setting and Value columns), creating it below the settings the first time. */
export function writeStatus(
  env: Env,
  settings: Settings,
  owner: string | null,
  last: RunSummary | null,
  at: Range | null = env.spreadsheet.getRangeByName(STATUS_RANGE),
): void {
  const ss = env.spreadsheet;
  const rows = statusRows(env, settings, owner, last);
  let range = at;
  if (!range) {
    const t = findTable(ss, tabSpec('settings'));
    if (!t) return; // no Settings tab: the toast and the run summary still tell
    const col = t.columnOf['setting'] ?? 2;
    const top = Math.max(t.sheet.getLastRow(), 2) + 2;
    if (t.sheet.getMaxRows() < top + ROWS - 1) t.sheet.insertRowsAfter(t.sheet.getMaxRows(), top + ROWS - 1 - t.sheet.getMaxRows());
    range = t.sheet.getRange(top, col, ROWS, 2);
    ss.setNamedRange(STATUS_RANGE, range);
  }
  range.setValues(rows);
}
