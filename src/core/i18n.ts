/**
 * The languages the add-on speaks and its text catalogues (texts/en.ts,
 * ru.ts, lt.ts: one flat object per locale, keyed by code, as zod keeps its
 * messages). Column and option identity never depends on them.
 */
import type { TextKey } from './texts/en';
import { en } from './texts/en';
import { lt } from './texts/lt';
import { ru } from './texts/ru';
import { EXTERNAL_TEXT_FILES, externalFileOf } from './texts/external';

export type { TextKey } from './texts/en';

export const LANGS = ['en', 'ru', 'lt'] as const;
export type Lang = (typeof LANGS)[number];
/** One text in every language (what dropdown matching and the schema carry). */
export type Label = Readonly<Record<Lang, string>>;

const CATALOGUES: Readonly<Record<Lang, Readonly<Partial<Record<string, string>>>>> = { en, ru, lt };
const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/**
 * In dist/Code.js the catalogues lack the keys texts/external.ts names: the build writes
 * them to HTML files, and the entry points install a loader returning such a file. Each
 * file is read once per execution (setExternalTexts starts each one afresh), on the first
 * lookup of one of its keys. Under jest the TypeScript catalogues hold every key, so the
 * loader is never needed there.
 */
let loadExternal: ((file: string) => string) | null = null;
let external = new Map<string, Readonly<Record<Lang, Readonly<Partial<Record<string, string>>>>>>();

/** Installs the reader of the files of external texts (null: none) and forgets what an earlier execution read. */
export function setExternalTexts(load: ((file: string) => string) | null): void {
  loadExternal = load;
  external = new Map();
}

/** The texts of one such file: a JSON object {en: {key: text}, ru: …, lt: …} in its <script type="application/json">. */
export function parseExternalTexts(html: string, file: string): Record<Lang, Record<string, string>> {
  const m = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(html);
  if (!m) throw new Error(`No texts in ${file}.html`);
  return JSON.parse(m[1] ?? '') as Record<Lang, Record<string, string>>;
}

/** The external texts of `file`, read on first use in this execution; null when no loader is installed. */
function externalTexts(file: string): Readonly<Record<Lang, Readonly<Partial<Record<string, string>>>>> | null {
  const known = external.get(file);
  if (known || !loadExternal) return known ?? null;
  const read = parseExternalTexts(loadExternal(file), file);
  external.set(file, read);
  return read;
}

function lookUp(lang: Lang, key: string): string | undefined {
  if (hasOwn(CATALOGUES[lang], key)) return CATALOGUES[lang][key];
  const file = externalFileOf(key);
  const ext = file === null ? null : externalTexts(file);
  return ext && hasOwn(ext[lang], key) ? ext[lang][key] : undefined;
}

export function isTextKey(key: string): key is TextKey {
  return lookUp('en', key) !== undefined;
}

/** A {menu.repair}-style placeholder names another text of the same catalogue (a message quoting a menu caption). */
const REF = /\{([a-z]\w*(?:\.\w+)+)\}/g;

/** The text of `key` in `lang`, references resolved and {name} placeholders filled from `vars`. */
export function text(lang: Lang, key: TextKey, vars?: Readonly<Record<string, string | number>>): string {
  const own = lookUp(lang, key);
  if (own === undefined) throw new Error(`No text ${key} in the ${lang} catalogue`);
  const words = quoteTexts(lang, own);
  return vars ? fill(words, vars) : words;
}

/** Resolves {menu.repair}-style references in words that come from elsewhere (help texts in src/html). */
export function quoteTexts(lang: Lang, words: string): string {
  return words.replace(REF, (m, k: string) => lookUp(lang, k) ?? m);
}

/** The words of one key in every language. */
export function label(key: TextKey): Label {
  return perLang((l) => text(l, key));
}

/**
 * label() looked up when a language is read, not when it is called: for tables of texts
 * that modules build when they load, where the words may be external (texts/external.ts).
 */
export function lazyLabel(key: TextKey): Label {
  const out = {};
  for (const l of LANGS) Object.defineProperty(out, l, { get: () => text(l, key), enumerable: true });
  return out as Label;
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
  const keys = Object.keys(en);
  for (const [file, prefixes] of Object.entries(EXTERNAL_TEXT_FILES)) {
    const ext = prefixes.some((p) => p.startsWith(prefix) || prefix.startsWith(p)) ? externalTexts(file) : null;
    if (ext) keys.push(...Object.keys(ext.en));
  }
  for (const k of keys) if (k.startsWith(prefix) && isTextKey(k)) out[k.slice(prefix.length)] = text(lang, k);
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
