/**
 * Cell values as Sheets stores them: dates are serial numbers (days since
 * 1899-12-30) of the wall-clock time in the spreadsheet's time zone; text a
 * user types is parsed into numbers, percentages, booleans and dates.
 * https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluevalue
 * https://developers.google.com/sheets/api/guides/formats (serial dates)
 */

import { civilTime } from '../services/date-format';

const EPOCH_OFFSET_DAYS = 25569; // serial of 1970-01-01
const DAY_MS = 86400000;

interface WallClock {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
}

/** Wall-clock fields of an instant in a zone (the same Intl reading Utilities.formatDate uses). */
export function wallClock(d: Date, timeZone: string): WallClock {
  const c = civilTime(d, timeZone);
  return { year: c.year, month: c.month, day: c.day, hour: c.hour, minute: c.minute, second: c.second, ms: c.millisecond };
}

function wallToUtcMs(w: WallClock): number {
  const t = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.ms);
  // Date.UTC maps years 0-99 to 1900-1999; undo that.
  if (w.year >= 0 && w.year < 100) return new Date(t).setUTCFullYear(w.year);
  return t;
}

/** The instant at which the wall clock in timeZone shows w. */
export function instantOfWallClock(w: WallClock, timeZone: string): Date {
  const asUtc = wallToUtcMs(w);
  let guess = asUtc;
  // Two passes converge except inside DST gaps, where Sheets also shifts forward.
  for (let i = 0; i < 3; i++) {
    const seen = wallToUtcMs(wallClock(new Date(guess), timeZone));
    const diff = seen - asUtc;
    if (diff === 0) break;
    guess -= diff;
  }
  return new Date(guess);
}

export function dateToSerial(d: Date, timeZone: string): number {
  return wallToUtcMs(wallClock(d, timeZone)) / DAY_MS + EPOCH_OFFSET_DAYS;
}

/** Wall-clock fields of a serial number (no time zone involved). */
export function serialToWall(serial: number): WallClock {
  const ms = Math.round((serial - EPOCH_OFFSET_DAYS) * DAY_MS);
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    ms: d.getUTCMilliseconds(),
  };
}

export function serialToDate(serial: number, timeZone: string): Date {
  return instantOfWallClock(serialToWall(serial), timeZone);
}

/** Strips quoted literals, escapes and [..] sections from a number format. */
function formatSkeleton(fmt: string): string {
  return fmt
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
}

export function isDateTimeFormat(fmt: string | undefined): boolean {
  if (!fmt || fmt === '@') return false;
  const s = formatSkeleton(fmt.split(';')[0] ?? '');
  return /[dmyhs]/i.test(s) && !/^[#0,.%\sE+-]*$/.test(s);
}

export function isPlainTextFormat(fmt: string | undefined): boolean {
  return fmt === '@';
}

/** Default date formats per spreadsheet locale (what Sheets applies to typed dates). */
export function localeDateFormat(locale: string): string {
  const l = locale.toLowerCase();
  if (l.startsWith('en_us') || l === 'en') return 'M/d/yyyy';
  if (l.startsWith('en_gb') || l.startsWith('fr') || l.startsWith('es') || l.startsWith('it')) return 'dd/MM/yyyy';
  if (l.startsWith('ru') || l.startsWith('de') || l.startsWith('pl') || l.startsWith('uk')) return 'dd.MM.yyyy';
  if (l.startsWith('lt') || l.startsWith('sv')) return 'yyyy-MM-dd';
  return 'M/d/yyyy';
}

export function localeDateTimeFormat(locale: string): string {
  return `${localeDateFormat(locale)} H:mm:ss`;
}

export type Scalar = number | string | boolean;

/** What a typed string becomes in USER_ENTERED mode. */
export interface Parsed {
  value: Scalar;
  /** Number format Sheets applies automatically, if any. */
  format?: string;
}

const NUM = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?$/;

function parseNumber(s: string): number | undefined {
  if (!NUM.test(s) || !/\d/.test(s)) return undefined;
  const n = Number(s.replace(/,/g, ''));
  return Number.isFinite(n) ? n : undefined;
}

function ymdSerial(y: number, m: number, d: number, h = 0, mi = 0, sec = 0): number | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 59) return undefined;
  const t = Date.UTC(y, m - 1, d, h, mi, sec);
  const back = new Date(t);
  if (back.getUTCDate() !== d) return undefined;
  return t / DAY_MS + EPOCH_OFFSET_DAYS;
}

/** Parses text the way Sheets does for typed input (en_US conventions plus ISO and dd.MM.yyyy). */
export function parseUserEntered(raw: string, locale: string): Parsed {
  const s = raw.trim();
  if (s === '') return { value: raw };
  const upper = s.toUpperCase();
  if (upper === 'TRUE') return { value: true };
  if (upper === 'FALSE') return { value: false };
  const n = parseNumber(s);
  if (n !== undefined) return { value: n };
  if (s.endsWith('%')) {
    const p = parseNumber(s.slice(0, -1).trim());
    if (p !== undefined) {
      const decimals = (s.split('.')[1] ?? '').replace(/[^0-9]/g, '').length;
      return { value: p / 100, format: decimals ? `0.${'0'.repeat(decimals)}%` : '0%' };
    }
  }
  const cur = /^([+-]?)\$(.*)$/.exec(s);
  if (cur) {
    const p = parseNumber(cur[2] ?? '');
    if (p !== undefined) return { value: cur[1] === '-' ? -p : p, format: '"$"#,##0.00' };
  }
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(s);
  if (m) {
    const v = ymdSerial(+m[1]!, +m[2]!, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
    if (v !== undefined) return { value: v, format: m[4] ? 'yyyy-mm-dd H:mm:ss' : 'yyyy-mm-dd' };
  }
  m = /^(\d{1,2})([./])(\d{1,2})\2(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(s);
  if (m) {
    // '.' is day-first everywhere; '/' follows the locale (M/d in en_US).
    const dayFirst = m[2] === '.' || !locale.toLowerCase().startsWith('en_us');
    const a = +m[1]!;
    const b = +m[3]!;
    const v = ymdSerial(+m[4]!, dayFirst ? b : a, dayFirst ? a : b, +(m[5] ?? 0), +(m[6] ?? 0), +(m[7] ?? 0));
    if (v !== undefined) {
      const base = m[2] === '.' ? 'dd.MM.yyyy' : dayFirst ? 'dd/MM/yyyy' : 'M/d/yyyy';
      return { value: v, format: m[5] ? `${base} H:mm:ss` : base };
    }
  }
  return { value: raw };
}

// ---------------------------------------------------------------- display

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function pad(n: number, w: number): string {
  return String(n).padStart(w, '0');
}

/** Formats a serial with a Sheets date/time pattern (yyyy, MM, M, dd, d, HH, H, mm, ss, am/pm, MMM, ddd). */
export function formatDateSerial(serial: number, fmt: string): string {
  const w = serialToWall(serial);
  const weekday = new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay();
  const ampm = /am\/pm|a\/p/i.test(fmt);
  const tokens = fmt.match(/"[^"]*"|\\.|am\/pm|a\/p|y+|m+|d+|h+|s+|\.0+|[^"\\ymdhsa]+|./gi) ?? [];
  let out = '';
  let lastWasHour = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const lower = t.toLowerCase();
    if (t.startsWith('"')) out += t.slice(1, -1);
    else if (t.startsWith('\\')) out += t.slice(1);
    else if (lower === 'am/pm') out += w.hour < 12 ? 'AM' : 'PM';
    else if (lower === 'a/p') out += w.hour < 12 ? 'A' : 'P';
    else if (lower[0] === 'y') out += lower.length <= 2 ? pad(w.year % 100, 2) : String(w.year);
    else if (lower[0] === 'd') {
      if (lower.length === 1) out += String(w.day);
      else if (lower.length === 2) out += pad(w.day, 2);
      else if (lower.length === 3) out += DAYS[weekday]!.slice(0, 3);
      else out += DAYS[weekday]!;
    } else if (lower[0] === 'h') {
      const h = ampm ? ((w.hour + 11) % 12) + 1 : w.hour;
      out += lower.length >= 2 ? pad(h, 2) : String(h);
      lastWasHour = true;
      continue;
    } else if (lower[0] === 's') out += lower.length >= 2 ? pad(w.second, 2) : String(w.second);
    else if (lower[0] === 'm') {
      // m after h or before s means minutes (as in Sheets and Excel).
      const next = tokens.slice(i + 1).find((x) => /^[a-z]/i.test(x));
      const minutes = lastWasHour || (next !== undefined && next.toLowerCase().startsWith('s'));
      if (minutes) out += lower.length >= 2 ? pad(w.minute, 2) : String(w.minute);
      else if (lower.length === 1) out += String(w.month);
      else if (lower.length === 2) out += pad(w.month, 2);
      else if (lower.length === 3) out += MONTHS[w.month - 1]!.slice(0, 3);
      else out += MONTHS[w.month - 1]!;
    } else if (t.startsWith('.0')) out += '.' + pad(Math.floor(w.ms / Math.pow(10, 3 - Math.min(3, t.length - 1))), t.length - 1);
    else out += t;
    if (/[a-z]/i.test(t)) lastWasHour = false;
  }
  return out;
}

function groupThousands(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Formats a number with a Sheets number pattern such as 0, 0.00, #,##0.00, 0.0%, "€"#,##0. */
export function formatNumber(value: number, fmt: string): string {
  const sections = fmt.split(';');
  let section = sections[0] ?? '';
  let v = value;
  if (value < 0 && sections.length > 1) {
    section = sections[1] ?? section;
    v = -value;
  } else if (value === 0 && sections.length > 2) section = sections[2] ?? section;
  // Find the numeric core: the run of 0 # , . characters.
  const core = /[0#][0#,]*(\.[0#]+)?|\.[0#]+/.exec(section.replace(/"[^"]*"/g, (q) => ' '.repeat(q.length)));
  if (!core) return section.replace(/"([^"]*)"/g, '$1');
  const percent = section.includes('%');
  if (percent) v *= 100;
  const decimals = core[1] ? core[1].length - 1 : core[0].startsWith('.') ? core[0].length - 1 : 0;
  const fixed = Math.abs(v).toFixed(decimals);
  const [intRaw, fracPart] = fixed.split('.');
  let intPart = intRaw ?? '0';
  if (core[0].includes(',')) intPart = groupThousands(intPart);
  if (!core[0].replace(/\..*/, '').includes('0') && intPart === '0' && decimals > 0) intPart = '';
  let num = fracPart !== undefined ? `${intPart}.${fracPart}` : intPart;
  if (v < 0 && Number(fixed) !== 0) num = '-' + num;
  const prefix = section.slice(0, core.index);
  const suffix = section.slice(core.index + core[0].length);
  const lit = (s: string) =>
    s
      .replace(/"([^"]*)"/g, '$1')
      .replace(/\[\$([^\]-]*)[^\]]*\]/g, '$1')
      .replace(/\\(.)/g, '$1')
      .replace(/_./g, ' ');
  return lit(prefix) + num + lit(suffix);
}

/** Sheets' automatic format: up to 10 significant digits, no grouping. */
export function formatGeneral(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  const abs = Math.abs(value);
  if (abs !== 0 && (abs >= 1e15 || abs < 1e-9)) return value.toExponential(2).toUpperCase().replace('E', 'E');
  return String(Number(value.toPrecision(10)));
}

export function formatForDisplay(value: Scalar | null, fmt: string | undefined): string {
  if (value === null || value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (!fmt || fmt === 'General' || fmt === '@') return formatGeneral(value);
  if (isDateTimeFormat(fmt)) return formatDateSerial(value, fmt);
  return formatNumber(value, fmt);
}

/** Date check that also holds for Dates made in another realm (the bundle's vm). */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}
