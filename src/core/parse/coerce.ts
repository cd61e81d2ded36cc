/**
 * Coercion of what Sheets' getValues really returns: numbers, strings ('' for
 * an empty cell), booleans and Date objects; plus numbers and dates that a
 * user typed as text (into a plain-text cell, or pasted from elsewhere), in
 * either the English or the Russian/Lithuanian way of writing them.
 * https://developers.google.com/apps-script/reference/spreadsheet/range#getValues()
 */
import type { CivilDate } from '../civilDate';
import { isCivilDate } from '../civilDate';
import type { EnumOption } from '../domain';
import { foldLabel, LANGS } from '../i18n';

/** What went wrong with one cell; each code has a message in messages.ts. */
export type CellProblem =
  'required' | 'notNumber' | 'numberAsText' | 'negative' | 'notInteger' | 'notDate' | 'notEmail' | 'notOption' | 'outOfRange';

export type Coerced<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: CellProblem };

const ok = <T>(value: T): Coerced<T> => ({ ok: true, value });
const bad = (problem: CellProblem): Coerced<never> => ({ ok: false, problem });

/** An empty cell: '' from getValues, or null/undefined from a short row or a missing column. */
export function isEmptyCell(v: unknown): boolean {
  return v === '' || v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

// Group separators people type: space, no-break space, narrow no-break space, thin space, apostrophe.
const GROUP_SPACES = /[\s\u00a0\u202f\u2009']/g;
const CURRENCY = /^(?:[€$£₽¥]|eur|usd|rub|gbp|руб\.?|р\.)\s*|\s*(?:[€$£₽¥]|eur|usd|rub|gbp|руб\.?|р\.)$/i;

const MAX_NUMBER_TEXT = 64;

/**
 * "1 200,50", "1,200.50", "1.200,50", "−5", "15%", "€1,200" → number. With one kind of separator, a single
 * separator followed by exactly three digits is read as thousands ("1,200" is 1200), otherwise as decimals
 * ("1,5" is 1.5); several of the same kind are thousands ("1.200.000").
 */
export function parseNumberText(text: string): number | null {
  if (text.length > MAX_NUMBER_TEXT) return null; // no number is that long; spares the regexes a 50,000-char cell
  let s = text.trim().replace(/\u2212/g, '-');
  let percent = false;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1).trim();
  }
  s = s.replace(CURRENCY, '').trim();
  let sign = 1;
  if (s.startsWith('-') || s.startsWith('+')) {
    if (s.startsWith('-')) sign = -1;
    s = s.slice(1).trim();
  }
  s = s.replace(CURRENCY, '').replace(GROUP_SPACES, '');
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return null;
  const commas = (s.match(/,/g) ?? []).length;
  const dots = (s.match(/\./g) ?? []).length;
  let normal: string;
  if (commas && dots) {
    // Both kinds: whichever comes last is the decimal mark.
    const decimal = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    if ((decimal === ',' ? commas : dots) > 1) return null;
    normal = s.split(group).join('').replace(decimal, '.');
  } else if (commas || dots) {
    const mark = commas ? ',' : '.';
    const count = commas || dots;
    const parts = s.split(mark);
    const groupsOk = parts.slice(1).every((p) => p.length === 3) && (parts[0] ?? '').length >= 1 && (parts[0] ?? '').length <= 3;
    if (count > 1) {
      if (!groupsOk) return null;
      normal = parts.join('');
    } else {
      normal = groupsOk && mark === ',' ? parts.join('') : parts.join('.');
    }
  } else {
    normal = s;
  }
  if (!/^\d*\.?\d*$/.test(normal) || normal === '.') return null;
  const n = sign * Number(normal);
  if (!Number.isFinite(n)) return null;
  return percent ? n / 100 : n;
}

/**
 * Number from a cell: only a real number counts. Text that reads as a number ("600 000", "€600,000") is
 * still text to the sheet's formulas (share, band, Portfolio sums skip it), so the core must not count it
 * either: it is an error of its own whose hint names the number to type (numberAsTextHint).
 */
export function coerceNumber(v: unknown): Coerced<number> {
  if (typeof v === 'number') return Number.isFinite(v) ? ok(v) : bad('notNumber');
  if (typeof v === 'string') return parseNumberText(v) === null ? bad('notNumber') : bad('numberAsText');
  return bad('notNumber');
}

/** The number a text cell means, as the user should type it instead ("600000", "15%"); '' when none. */
export function numberAsTextHint(v: unknown, percent: boolean): string {
  const n = typeof v === 'string' ? parseNumberText(v) : null;
  if (n === null) return '';
  const plain = (x: number): string => String(Math.round(x * 1e6) / 1e6);
  return percent ? `${plain(n * 100)}%` : plain(n);
}

export function coerceMoney(v: unknown): Coerced<number> {
  const n = coerceNumber(v);
  if (!n.ok) return n;
  return n.value < 0 ? bad('negative') : n;
}

export function coerceInteger(v: unknown): Coerced<number> {
  const n = coerceNumber(v);
  if (!n.ok) return n;
  if (!Number.isInteger(n.value)) return bad('notInteger');
  return n.value < 0 ? bad('negative') : n;
}

/** Percent cells hold fractions (0.15 shows as 15%); "15%" typed as text means the same. */
export function coercePercent(v: unknown): Coerced<number> {
  return coerceNumber(v);
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const DMY = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/;

function civil(y: string, m: string, d: string): CivilDate | null {
  const s = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isCivilDate(s) ? s : null;
}

/** '2026-01-31' (ISO, a time part is ignored) and '31.01.2026' / '31/01/2026' (day first, as in ru/lt/most of Europe). */
export function parseDateText(text: string): CivilDate | null {
  if (text.length > 40) return null;
  const s = text.trim();
  const iso = ISO.exec(s);
  if (iso) return civil(iso[1] as string, iso[2] as string, iso[3] as string);
  const dmy = DMY.exec(s);
  if (dmy) return civil(dmy[3] as string, dmy[2] as string, dmy[1] as string);
  return null;
}

/** Years Sheets can hold as dates and people mean in a dossier. */
function plausible(d: CivilDate): boolean {
  const y = Number(d.slice(0, 4));
  return y >= 1900 && y <= 2999;
}

/** Date cells come back as Date objects (converted in the spreadsheet's zone by `civilOf`) or as typed text. */
export function coerceDate(v: unknown, civilOf: (d: Date) => CivilDate): Coerced<CivilDate> {
  let d: CivilDate | null = null;
  if (v instanceof Date) d = isNaN(v.getTime()) ? null : civilOf(v);
  else if (typeof v === 'string') d = parseDateText(v);
  // isCivilDate again: civilOf of a far-off instant yields a 5-digit year.
  return d !== null && isCivilDate(d) && plausible(d) ? ok(d) : bad('notDate');
}

// Deliberately loose (one @, a dot in the domain, no spaces): the mail server is the real judge.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function coerceEmail(v: unknown): Coerced<string> {
  if (typeof v !== 'string') return bad('notEmail');
  const s = v.trim();
  return s.length <= 254 && EMAIL.test(s) ? ok(s) : bad('notEmail');
}

/** Free text: whatever was typed, as a string; '=1+1' typed into a plain-text cell stays that string. */
export function coerceText(v: unknown, civilOf: (d: Date) => CivilDate): Coerced<string> {
  if (typeof v === 'string') return ok(v.trim());
  if (typeof v === 'number') return ok(String(v));
  if (typeof v === 'boolean') return ok(v ? 'TRUE' : 'FALSE');
  if (v instanceof Date) return isNaN(v.getTime()) ? bad('notDate') : ok(civilOf(v));
  return ok(String(v));
}

/** Option index by folded label in every language and by key, so a sheet switched to Russian still parses. */
export function optionIndex(options: readonly EnumOption[]): ReadonlyMap<string, string> {
  const m = new Map<string, string>();
  for (const o of options) {
    m.set(foldLabel(o.key), o.key);
    for (const l of LANGS) m.set(foldLabel(o.label[l]), o.key);
  }
  return m;
}

export function coerceOption(v: unknown, index: ReadonlyMap<string, string>): Coerced<string> {
  if (typeof v !== 'string') return bad('notOption');
  const key = index.get(foldLabel(v));
  return key === undefined ? bad('notOption') : ok(key);
}
