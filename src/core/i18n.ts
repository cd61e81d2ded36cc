/**
 * The languages the add-on speaks and its text catalogues (texts/en.ts,
 * ru.ts, lt.ts: one flat object per locale, keyed by code, as zod keeps its
 * messages). Column and option identity never depends on them.
 */
import type { TextKey } from './texts/en';
import { en } from './texts/en';
import { lt } from './texts/lt';
import { ru } from './texts/ru';

export type { TextKey } from './texts/en';

export const LANGS = ['en', 'ru', 'lt'] as const;
export type Lang = (typeof LANGS)[number];
/** One text in every language (what dropdown matching and the schema carry). */
export type Label = Readonly<Record<Lang, string>>;

const CATALOGUES: Readonly<Record<Lang, Readonly<Record<TextKey, string>>>> = { en, ru, lt };

export function isTextKey(key: string): key is TextKey {
  return Object.prototype.hasOwnProperty.call(en, key);
}

/** A {menu.repair}-style placeholder names another text of the same catalogue (a message quoting a menu caption). */
const REF = /\{([a-z]\w*(?:\.\w+)+)\}/g;

/** The text of `key` in `lang`, references resolved and {name} placeholders filled from `vars`. */
export function text(lang: Lang, key: TextKey, vars?: Readonly<Record<string, string | number>>): string {
  const words = quoteTexts(lang, CATALOGUES[lang][key]);
  return vars ? fill(words, vars) : words;
}

/** Resolves {menu.repair}-style references in words that come from elsewhere (help texts in src/html). */
export function quoteTexts(lang: Lang, words: string): string {
  const cat = CATALOGUES[lang];
  return words.replace(REF, (m, k: string) => (isTextKey(k) ? cat[k] : m));
}

/** The words of one key in every language. */
export function label(key: TextKey): Label {
  return perLang((l) => text(l, key));
}

/** label() for a key built from schema keys (`col.${tab}.${column}`); a missing one fails when the module loads. */
export function labelOf(key: string): Label {
  if (!isTextKey(key)) throw new Error(`No text ${key} in the catalogue`);
  return label(key);
}

/** A label built the same way in every language. */
export function perLang(make: (lang: Lang) => string): Label {
  return { en: make('en'), ru: make('ru'), lt: make('lt') };
}

/** Every text whose key starts with `prefix`, in one language (the sidebar's strings). */
export function textsWithPrefix(lang: Lang, prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of Object.keys(en)) if (k.startsWith(prefix) && isTextKey(k)) out[k.slice(prefix.length)] = text(lang, k);
  return out;
}

/** Picks the UI language from a spreadsheet locale such as 'ru_RU', 'lt_LT' or 'en_GB'. */
export function langOf(locale: string | undefined | null): Lang {
  const l = locale ?? '';
  if (/^lt(?:$|[_-])/i.test(l)) return 'lt';
  if (/^ru(?:$|[_-])/i.test(l)) return 'ru';
  return 'en';
}

/**
 * Normalises text for label matching: case, spacing and ё/е do not matter.
 * Lithuanian letters (ą č ę ė į š ų ū ž) fold by case through toLowerCase and
 * keep their marks, so "Sprendimą" never equals "Sprendima".
 */
export function foldLabel(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}

/** Replaces {name} placeholders; unknown ones stay visible rather than vanish. */
export function fill(template: string, vars: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}
