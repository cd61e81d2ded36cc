/**
 * Help texts longer than a line live in HTML files under src/html (pushed
 * beside the bundle, read only when a feature needs them), not in
 * dist/Code.js. A file holds `<section data-key="…" lang="…">` elements of
 * plain text: spaces and line breaks of the file collapse to one space (a
 * formatter may rewrap them), `<br />` starts a new line, and a
 * {menu.risk}-style placeholder quotes a catalogue text.
 */
import type { Lang } from './i18n';
import { quoteTexts } from './i18n';

/** The Portfolio tab's paragraphs, in src/html/PortfolioHelp.html. */
export const PORTFOLIO_HELP_FILE = 'PortfolioHelp';
export const PORTFOLIO_HELP_KEYS = ['intro', 'colours', 'hhiLegend', 'hhiNote', 'managerNote'] as const;
export type PortfolioHelp = Readonly<Record<(typeof PORTFOLIO_HELP_KEYS)[number], string>>;

const SECTION = /<section data-key="(\w+)" lang="(\w+)">([\s\S]*?)<\/section>/g;

/** Every `keys` text of `lang` in `content`; a missing one throws, naming the file and the text. */
export function helpTexts<K extends string>(content: string, file: string, lang: Lang, keys: readonly K[]): Readonly<Record<K, string>> {
  const found = new Map<string, string>();
  for (const m of content.matchAll(SECTION)) {
    if (m[2] !== lang) continue;
    const words = (m[3] ?? '')
      .split(/<br\s*\/?>/)
      .map((line) => line.replace(/[ \t\r\n]+/g, ' ').trim()) // only ASCII spacing: a no-break space in "2 500" stays
      .join('\n');
    found.set(m[1] ?? '', quoteTexts(lang, words));
  }
  const out = {} as Record<K, string>;
  for (const k of keys) {
    const t = found.get(k);
    if (t === undefined) throw new Error(`${file}.html has no section ${k} in ${lang}`);
    out[k] = t;
  }
  return out;
}
