/**
 * Java SimpleDateFormat, as Utilities.formatDate uses it
 * (https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String),
 * pattern letters per https://docs.oracle.com/javase/7/docs/api/java/text/SimpleDateFormat.html),
 * computed for any IANA zone through Intl. Names are English, as in Apps Script.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export interface CivilTime {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number; // 0-23
  minute: number;
  second: number;
  millisecond: number;
  weekday: number; // 0 = Sunday
  offsetMinutes: number; // local - UTC
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/**
 * Results already worked out, per zone and instant: a workbook's dates are a few thousand instants read and
 * written over and over, and formatToParts is the costly step. Callers get their own copy.
 */
const civilTimes = new Map<string, Map<number, CivilTime>>();

/** The wall-clock fields of an instant in a zone, plus the zone's offset then. */
export function civilTime(instant: Date, timeZone: string): CivilTime {
  const t = instant.getTime();
  if (Number.isNaN(t)) throw new RangeError('Invalid Date');
  let memo = civilTimes.get(timeZone);
  if (!memo) civilTimes.set(timeZone, (memo = new Map()));
  const known = memo.get(t);
  if (known) return { ...known };
  const fresh = computeCivilTime(instant, t, timeZone);
  if (memo.size > 50_000) memo.clear();
  memo.set(t, fresh);
  return { ...fresh };
}

function computeCivilTime(instant: Date, t: number, timeZone: string): CivilTime {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(instant)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const get = (k: string): number => parts[k] ?? 0;
  const ms = ((t % 1000) + 1000) % 1000;
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'), ms);
  const weekday = new Date(Date.UTC(get('year'), get('month') - 1, get('day'))).getUTCDay();
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
    millisecond: ms,
    weekday,
    offsetMinutes: Math.round((asUtc - t) / 60000),
  };
}

function pad(n: number, width: number): string {
  const s = String(Math.abs(n)).padStart(width, '0');
  return n < 0 ? `-${s}` : s;
}

function offset(minutes: number, colon: boolean, shortIfWhole: boolean): string {
  const sign = minutes < 0 ? '-' : '+';
  const a = Math.abs(minutes);
  const hh = pad(Math.floor(a / 60), 2);
  const mm = pad(a % 60, 2);
  if (shortIfWhole) return `${sign}${hh}${a % 60 ? mm : ''}`;
  return colon ? `${sign}${hh}:${mm}` : `${sign}${hh}${mm}`;
}

function shortZoneName(instant: Date, timeZone: string): string {
  const p = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' }).formatToParts(instant);
  return p.find((x) => x.type === 'timeZoneName')?.value ?? timeZone;
}

function dayOfYear(c: CivilTime): number {
  return Math.round((Date.UTC(c.year, c.month - 1, c.day) - Date.UTC(c.year, 0, 1)) / 86400000) + 1;
}

function field(letter: string, n: number, c: CivilTime, instant: Date, timeZone: string): string {
  switch (letter) {
    case 'G':
      return c.year > 0 ? 'AD' : 'BC';
    case 'y':
    case 'Y':
      return n === 2 ? pad(c.year % 100, 2) : pad(c.year, n);
    case 'M':
    case 'L':
      if (n >= 4) return MONTHS[c.month - 1] ?? '';
      if (n === 3) return (MONTHS[c.month - 1] ?? '').slice(0, 3);
      return pad(c.month, n);
    case 'd':
      return pad(c.day, n);
    case 'D':
      return pad(dayOfYear(c), n);
    case 'E':
      return n >= 4 ? (DAYS[c.weekday] ?? '') : (DAYS[c.weekday] ?? '').slice(0, 3);
    case 'u':
      return pad(c.weekday === 0 ? 7 : c.weekday, n);
    case 'a':
      return c.hour < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(c.hour, n);
    case 'k':
      return pad(c.hour === 0 ? 24 : c.hour, n);
    case 'K':
      return pad(c.hour % 12, n);
    case 'h':
      return pad(c.hour % 12 === 0 ? 12 : c.hour % 12, n);
    case 'm':
      return pad(c.minute, n);
    case 's':
      return pad(c.second, n);
    case 'S':
      return pad(c.millisecond, n);
    case 'z':
      // Java prints abbreviations such as EET/MSK; Intl's English short names
      // are often GMT+2 instead. Documented approximation.
      return n >= 4 ? timeZone : shortZoneName(instant, timeZone);
    case 'Z':
      return offset(c.offsetMinutes, false, false);
    case 'X':
      if (c.offsetMinutes === 0) return 'Z';
      return n === 1 ? offset(c.offsetMinutes, false, true) : offset(c.offsetMinutes, n >= 3, false);
    default:
      throw new Error(`Illegal pattern character '${letter}'`);
  }
}

/** Formats `instant` in `timeZone` with a SimpleDateFormat pattern. */
export function formatJavaDate(instant: Date, timeZone: string, pattern: string): string {
  const c = civilTime(instant, timeZone);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern.charAt(i);
    if (ch === "'") {
      // '' is a literal quote, 'text' is literal text.
      if (pattern.charAt(i + 1) === "'") {
        out += "'";
        i += 2;
        continue;
      }
      let j = i + 1;
      while (j < pattern.length) {
        if (pattern.charAt(j) === "'") {
          if (pattern.charAt(j + 1) === "'") {
            out += "'";
            j += 2;
            continue;
          }
          break;
        }
        out += pattern.charAt(j);
        j++;
      }
      i = j + 1;
      continue;
    }
    if (/[A-Za-z]/.test(ch)) {
      let n = 1;
      while (pattern.charAt(i + n) === ch) n++;
      out += field(ch, n, c, instant, timeZone);
      i += n;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}
