/** Opens the home sidebar (menu item, and after "Create or repair dossier"), speaking the sheet's language. */
import { text } from '../../core/i18n';
import { CAPTION } from '../../core/menuCaptions';
import type { Env } from '../env';
import { homeWords } from './texts';

/** The page's own words: texts home.* and the menu captions its buttons repeat, as a script literal. */
export function homeTexts(env: Env): string {
  const lang = env.lang;
  const menu = Object.fromEntries(Object.entries(CAPTION).map(([k, l]) => [`menu_${k}`, l[lang]]));
  const words = {
    lang,
    ...homeWords(env).all,
    ...menu,
    reminders: text(lang, 'reminders.title'),
    settings: text(lang, 'tab.settings'),
    cancelled: text(lang, 'reminders.cancelled'),
  };
  // <?!= ?> prints it unescaped (https://developers.google.com/apps-script/guides/html/templates): no "</script>" inside.
  return JSON.stringify(words).replace(/</g, '\\u003c');
}

export function showHome(env: Env): void {
  env.showSidebar('Home', CAPTION.home[env.lang], { texts: homeTexts(env) });
}
