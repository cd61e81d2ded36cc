/** The languages the add-on speaks; column identity never depends on them. */
export const LANGS = ['en', 'ru'] as const;
export type Lang = (typeof LANGS)[number];
export type Label = Readonly<Record<Lang, string>>;

/** A label built the same way in every language. */
export function perLang(text: (lang: Lang) => string): Label {
  return { en: text('en'), ru: text('ru') };
}

/** Picks the UI language from a spreadsheet locale such as 'ru_RU' or 'en_GB'. */
export function langOf(locale: string | undefined | null): Lang {
  return /^ru\b|^ru[_-]/i.test(locale ?? '') ? 'ru' : 'en';
}

/** Normalises text for label matching: case, spacing and ё/е do not matter. */
export function foldLabel(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}

/** Replaces {name} placeholders; unknown ones stay visible rather than vanish. */
export function fill(template: string, vars: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}
