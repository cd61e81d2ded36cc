/**
 * "Do and don't": the seed articles' do and don't lists and typical mistakes, in our own words, as a sidebar
 * the KAM opens beside the meeting brief. The words live in src/html/KamHelp.html (one section per language,
 * not in the bundle); the template shows the sheet's language.
 */
import { CAPTION } from '../core/menuCaptions';
import type { Env } from './env';

export const HELP_FILE = 'KamHelp';

export function showHelp(env: Env): void {
  env.showSidebar(HELP_FILE, CAPTION.help[env.lang], { lang: env.lang });
}
