/**
 * The home sidebar's words (texts home.*) live in src/html/HomeTexts.html, in
 * en, ru and lt, out of dist/Code.js: read once per call that shows or says
 * something (one Env.projectHtml).
 */
import type { Lang } from '../../core/i18n';
import { sectionText, sectionTexts } from '../../core/notes';
import type { Env } from '../env';

export const HOME_TEXTS_FILE = 'HomeTexts';

/** A text of the file with its {placeholders} filled; a missing one throws, naming the file and the key. */
export type HomeText = (key: string, vars?: Readonly<Record<string, string | number>>) => string;

export interface HomeWords {
  /** Every text of the sheet's language, by key without its "home." prefix (what the pages get). */
  readonly all: Readonly<Record<string, string>>;
  readonly t: HomeText;
}

export function homeWordsOf(content: string, lang: Lang): HomeWords {
  const texts = sectionTexts(content, HOME_TEXTS_FILE, lang);
  const all = Object.fromEntries(Object.entries(texts).map(([k, v]) => [k.replace(/^home\./, ''), v]));
  return { all, t: (key, vars) => sectionText(texts, HOME_TEXTS_FILE, `home.${key}`, vars) };
}

export function homeWords(env: Env): HomeWords {
  return homeWordsOf(env.projectHtml(HOME_TEXTS_FILE), env.lang);
}
