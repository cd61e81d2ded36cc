/**
 * Sheets hands back dates as Date instants (midnight in the spreadsheet's
 * time zone); the core reasons in civil dates. Utilities.formatDate per cell
 * is a service call per value, so the conversion uses Intl, which Apps
 * Script's V8 runtime implements in full (pure JS, no round-trip).
 * https://developers.google.com/apps-script/guides/v8-runtime
 */
import type { CivilDate } from '../core/civilDate';

const formatters = new Map<string, Intl.DateTimeFormat>();
const memo = new Map<string, Map<number, CivilDate>>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

interface Wall {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
}

function wallClock(ms: number, timeZone: string): Wall {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(ms))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return { y: parts.year ?? 0, mo: parts.month ?? 1, d: parts.day ?? 1, h: parts.hour ?? 0, mi: parts.minute ?? 0, s: parts.second ?? 0 };
}

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

/** True for a Date holding a real instant (Sheets never returns Invalid Date, users' scripts might). */
export function isValidDate(d: unknown): d is Date {
  return d instanceof Date && !isNaN(d.getTime());
}

/**
 * The calendar day of an instant in a time zone: civilOf(new Date('2026-01-31T22:30:00Z'), 'Europe/Vilnius') is
 * '2026-02-01'. Throws RangeError for an invalid Date (check with isValidDate) or an unknown zone.
 */
export function civilOf(d: Date, timeZone: string): CivilDate {
  const ms = d.getTime();
  if (isNaN(ms)) throw new RangeError('Invalid Date');
  let cache = memo.get(timeZone);
  if (!cache) memo.set(timeZone, (cache = new Map()));
  const hit = cache.get(ms);
  if (hit) return hit;
  const w = wallClock(ms, timeZone);
  const out = `${pad(w.y, 4)}-${pad(w.mo, 2)}-${pad(w.d, 2)}`;
  if (cache.size > 50000) cache.clear(); // bounded: one run sees a few thousand distinct days at most
  cache.set(ms, out);
  return out;
}

/** The hour (0-23) of an instant on the wall clock of a time zone: Date#getHours would use the script's zone. */
export function hourOf(d: Date, timeZone: string): number {
  return wallClock(d.getTime(), timeZone).h;
}

/** Like civilOf, but null for an invalid Date instead of throwing. */
export function civilOrNull(d: Date, timeZone: string): CivilDate | null {
  return isValidDate(d) ? civilOf(d, timeZone) : null;
}

/**
 * The inverse: the instant of local midnight of a civil date in a time zone, which is what Sheets stores for a
 * typed date (or of another wall-clock time that day). Where midnight does not exist (a DST jump at 00:00) the
 * first instant of the day is returned.
 */
export function dateOfCivil(day: CivilDate, timeZone: string, hour = 0, minute = 0): Date {
  const [y, mo, d] = day.split('-').map(Number) as [number, number, number];
  const target = Date.UTC(y, mo - 1, d, hour, minute);
  let guess = target;
  // Two corrections settle any zone offset, including a DST change between guess and target.
  for (let i = 0; i < 3; i++) {
    const w = wallClock(guess, timeZone);
    const wallAsUtc = Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s);
    const diff = wallAsUtc - target;
    if (diff === 0) break;
    guess -= diff;
  }
  return new Date(guess);
}
