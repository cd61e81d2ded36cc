/**
 * Calendar dates without a time zone ('YYYY-MM-DD'). The pure core reasons
 * only in civil dates; adapters convert the Date objects Sheets returns with
 * civilOf(d, spreadsheetTimeZone) from sheets/dates.ts, so "due today"
 * means today where the spreadsheet lives (Vilnius, Moscow, ...).
 */
export type CivilDate = string & { readonly __civil?: true };

const RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 (proleptic Gregorian); exact integer arithmetic. */
export function toDayNumber(d: CivilDate): number {
  const m = RE.exec(d);
  if (!m) throw new Error(`Not a civil date: ${d}`);
  return Math.round(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86400000);
}

export function fromDayNumber(n: number): CivilDate {
  return new Date(n * 86400000).toISOString().slice(0, 10);
}

export function isCivilDate(s: unknown): s is CivilDate {
  if (typeof s !== 'string') return false;
  const m = RE.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function daysInMonth(year: number, month1: number): number {
  return new Date(Date.UTC(year, month1, 0)).getUTCDate();
}

export function addDays(d: CivilDate, days: number): CivilDate {
  return fromDayNumber(toDayNumber(d) + days);
}

/** Calendar months, clamped to the month's last day: 31 Jan + 1 = 29 Feb in 2024. */
export function addMonths(d: CivilDate, months: number): CivilDate {
  const m = RE.exec(d);
  if (!m) throw new Error(`Not a civil date: ${d}`);
  const total = Number(m[1]) * 12 + (Number(m[2]) - 1) + months;
  const y = Math.floor(total / 12);
  const mo = total - y * 12 + 1;
  const day = Math.min(Number(m[3]), daysInMonth(y, mo));
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** b - a in days. */
export function daysBetween(a: CivilDate, b: CivilDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** 0 = Sunday ... 6 = Saturday, as Date.getUTCDay. */
export function weekday(d: CivilDate): number {
  return new Date(toDayNumber(d) * 86400000).getUTCDay();
}

export function compareCivil(a: CivilDate, b: CivilDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
