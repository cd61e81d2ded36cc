/**
 * Column, setting and option notes live in src/html/Notes.html (one section
 * per key and language), not in dist/Code.js: only Create/repair, the rollup
 * set-up and the validators need them, and they read the file once per run.
 * The schema names a note by key (ColumnSpec.noteKey, SettingSpec.noteKey,
 * EnumOption.hintKey); scripts/build.mjs fails when a section lacks a language.
 */
import { helpTexts } from './helpTexts';
import type { Lang } from './i18n';

export const NOTES_FILE = 'Notes';

/** One language's notes, by key. */
export interface Notes {
  /** The note `key`; a missing one throws, naming the file, the key and the language. */
  note(key: string): string;
  /** An option's hint, when it has one. */
  hint(key: string): string | undefined;
}

const SECTION_KEY = /<section data-key="([\w.]+)" lang="(\w+)">/g;

/** The notes of `lang` in `content` (the text of Notes.html). */
export function parseNotes(content: string, lang: Lang): Notes {
  const keys = [...new Set([...content.matchAll(SECTION_KEY)].map((m) => m[1] ?? ''))];
  const all: Readonly<Record<string, string>> = helpTexts(content, NOTES_FILE, lang, keys);
  return {
    note(key) {
      const t = all[key];
      if (t === undefined) throw new Error(`${NOTES_FILE}.html has no section ${key} in ${lang}`);
      return t;
    },
    hint: (key) => all[key],
  };
}
