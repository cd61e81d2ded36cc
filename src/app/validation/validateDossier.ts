/** Menu "Validate dossier": every tab read once, every rule run, the Problems tab rewritten, a toast with counts. */
import { fill } from '../../core/i18n';
import { CHECKS_CODES, CHECKS_FILE, renderIssue, UI_TEXT } from '../../core/messages';
import { NOTES_FILE, parseNotes, sectionTexts } from '../../core/notes';
import type { Issue } from '../../core/parse/issue';
import { dossierRules } from '../../core/validation';
import { TABLE_TABS } from '../../core/schema/tabs';
import type { ColumnSpec } from '../../core/schema/types';
import { civilOf } from '../../sheets/dates';
import type { Env } from '../env';
import { captureTypedReviews } from '../review/record';
import type { ProblemRow } from './problemsTab';
import { writeProblems } from './problemsTab';
import { readDossier } from './readDossier';

const TAB_ORDER = new Map(TABLE_TABS.map((t, i) => [t.key as string, i]));
const COLUMN_ORDER = new Map(TABLE_TABS.flatMap((t) => t.columns.map((c, i) => [`${t.key}.${c.key}`, i] as const)));

/** Errors first, then in the order a user reads the workbook: tab, row, column. */
function byPlace(a: Issue, b: Issue): number {
  const tab = (i: Issue) => TAB_ORDER.get(i.tab) ?? 0;
  const col = (i: Issue) => COLUMN_ORDER.get(`${i.tab}.${i.column}`) ?? -1;
  return (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) || tab(a) - tab(b) || a.row - b.row || col(a) - col(b);
}

export interface ValidationSummary {
  readonly errors: number;
  readonly warnings: number;
  /** What the toast said. */
  readonly message: string;
}

export function validateDossier(env: Env): ValidationSummary {
  const ss = env.spreadsheet;
  const read = readDossier(ss, env.timeZone);
  const today = civilOf(env.now(), env.timeZone);
  const issues = [...read.issues, ...dossierRules({ tabs: read.tabs, settings: read.settings, today })].sort(byPlace);
  const sheetIds = new Map<string, number>();
  const tabNames: Record<string, string> = {};
  for (const [key, l] of Object.entries(read.layout)) {
    if (!l) continue;
    sheetIds.set(key, l.sheet.getSheetId());
    tabNames[key] = l.sheet.getName(); // as named now: the user may have renamed it
  }
  // The notes file is read once, and only when a required value is missing (its hint quotes the column's note).
  const notes = issues.some((i) => i.code === 'required') ? parseNotes(env.projectHtml(NOTES_FILE), env.lang) : null;
  const noteOf = (c: ColumnSpec): string | undefined => notes?.note(c.noteKey);
  // The depth checks' words (html/Checks.html), read once and only when one of them found something.
  const checks = issues.some((i) => (CHECKS_CODES as readonly string[]).includes(i.code))
    ? sectionTexts(env.projectHtml(CHECKS_FILE), CHECKS_FILE, env.lang)
    : {};
  const rows: ProblemRow[] = issues.map((i) => ({
    ...renderIssue(i, env.lang, read.layout[i.tab]?.columnOf, tabNames, noteOf, checks),
    sheetId: sheetIds.get(i.tab) ?? null,
  }));
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  const title = UI_TEXT.toastTitle[env.lang];
  if (!read.layout.accounts || !writeProblems(ss, env.lang, rows, today)) {
    env.toast(UI_TEXT.noDossier[env.lang], title);
    return { errors, warnings, message: UI_TEXT.noDossier[env.lang] };
  }
  const message = issues.length ? fill(UI_TEXT.toastCounts[env.lang], { errors, warnings }) : UI_TEXT.toastClean[env.lang];
  env.toast(message, title);
  // Reviews typed by hand get their snapshot here (see app/review/record.ts).
  captureTypedReviews(env);
  return { errors, warnings, message };
}
