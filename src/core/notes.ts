/**
 * Column, setting and option notes live in src/html/Notes.html (one section
 * per key and language), not in dist/Code.js: only Create/repair, the rollup
 * set-up and the validators need them, and they read the file once per run.
 * The schema names a note by key (ColumnSpec.noteKey, SettingSpec.noteKey,
 * EnumOption.hintKey); scripts/build.mjs fails when a section lacks a language.
 */
import { helpTexts } from './helpTexts';
import type { Lang } from './i18n';
import { fill } from './i18n';

export const NOTES_FILE = 'Notes';

/** One language's notes, by key. */
export interface Notes {
  /** The note `key`; a missing one throws, naming the file, the key and the language. */
  note(key: string): string;
  /** An option's hint, when it has one. */
  hint(key: string): string | undefined;
}

const SECTION_KEY = /<section data-key="([\w.]+)" lang="(\w+)">/g;

/** Every section of `lang` in `content` (the text of src/html/<file>.html), by key; a section lacking `lang` throws. */
export function sectionTexts(content: string, file: string, lang: Lang): Readonly<Record<string, string>> {
  const keys = [...new Set([...content.matchAll(SECTION_KEY)].map((m) => m[1] ?? ''))];
  return helpTexts(content, file, lang, keys);
}

/** A text of `all` (from `file`) with its {placeholders} filled; a missing one throws, naming the file and the key. */
export function sectionText(
  all: Readonly<Record<string, string>>,
  file: string,
  key: string,
  vars?: Readonly<Record<string, string | number>>,
): string {
  const t = all[key];
  if (t === undefined) throw new Error(`${file}.html has no section ${key}`);
  return vars ? fill(t, vars) : t;
}

/** The notes of `lang` in `content` (the text of Notes.html). */
export function parseNotes(content: string, lang: Lang): Notes {
  const all = sectionTexts(content, NOTES_FILE, lang);
  return { note: (key) => sectionText(all, NOTES_FILE, key), hint: (key) => all[key] };
}
