/**
 * The words of every validation problem come from the text catalogues. A message
 * names the cell ('Contacts'!C7), the field and the value; the hint says
 * what is expected. Parsers and rules only pick a code and parameters.
 */
import type { Label, Lang, TextKey } from './i18n';
import { fill, label, text } from './i18n';
import type { Issue, IssueCode, Severity } from './parse/issue';
import { tabSpec } from './schema/tabs';
import type { ColumnSpec } from './schema/types';
import { columnLetters, quoteSheet } from './a1';

/**
 * Texts issue.<code>.message and issue.<code>.hint (texts/en.ts): {ref} cell, {field} column label,
 * {value} as shown; other names are the issue's params. An IssueCode without both texts fails typecheck.
 */
const issueText = (code: Exclude<IssueCode, ChecksCode>, part: 'message' | 'hint'): TextKey => `issue.${code}.${part}`;

/**
 * Checks that only "Validate dossier" runs keep their words in src/html/Checks.html (out of the bundle): the
 * caller reads the file when such a problem is found and passes its texts (core/notes.ts sectionTexts).
 */
export const CHECKS_FILE = 'Checks';
export const CHECKS_CODES = [
  'lowShareRevenue',
  'prospectNoBudget',
  'noSponsor',
  'negativeDecider',
  'contactsTooOften',
  'competitorStale',
] as const satisfies readonly IssueCode[];
export type ChecksCode = (typeof CHECKS_CODES)[number];
const isChecksCode = (code: IssueCode): code is ChecksCode => (CHECKS_CODES as readonly string[]).includes(code);

export const SEVERITY_LABEL: Readonly<Record<Severity, Label>> = {
  error: label('severity.error'),
  warning: label('severity.warning'),
};

export const UI_TEXT = {
  noProblems: label('validate.noProblems'),
  moreProblems: label('validate.moreProblems'),
  toastTitle: label('validate.toastTitle'),
  toastCounts: label('validate.toastCounts'),
  toastClean: label('validate.toastClean'),
  noDossier: label('validate.noDossier'),
} as const satisfies Record<string, Label>;

export interface RenderedIssue {
  readonly severity: string;
  readonly tab: string;
  /** A1 of the cell ('C7'), or the row ('7:7') when its column is not on the sheet. */
  readonly a1: string;
  /** 'Contacts'!C7 */
  readonly ref: string;
  readonly field: string;
  readonly message: string;
  readonly hint: string;
}

function textOf(v: string | number | Label, lang: Lang): string {
  return typeof v === 'object' ? v[lang] : String(v);
}

/** Where a schema column sits on the sheet: the actual columnOf when known, else the template's order. */
/**
 * Where a schema column sits on the sheet: the actual columnOf when known, else the template's order. Tabs are
 * named as they are named now (`tabNames`, e.g. after the user renamed one), else by the schema.
 */
export function renderIssue(
  issue: Issue,
  lang: Lang,
  columnOf?: Readonly<Record<string, number>>,
  tabNames: Readonly<Partial<Record<string, string>>> = {},
  noteOf: (col: ColumnSpec) => string | undefined = () => undefined,
  checks: Readonly<Record<string, string>> = {},
): RenderedIssue {
  const spec = tabSpec(issue.tab);
  const col = spec.columns.find((c) => c.key === issue.column);
  const at = columnOf ? columnOf[issue.column] : col ? spec.columns.indexOf(col) + 1 : undefined;
  const a1 = at ? `${columnLetters(at)}${issue.row}` : `${issue.row}:${issue.row}`;
  const tab = tabNames[issue.tab] ?? spec.name[lang];
  const ref = `${quoteSheet(tab)}!${a1}`;
  const field = col ? col.label[lang] : issue.column;
  // The column's note (html/Notes.html, or the header note on the sheet) follows "Fill in <field>." when known.
  const note = col ? noteOf(col) : undefined;
  const vars: Record<string, string | number> = { ref, field, value: issue.value, note: note ? ` ${note}` : '' };
  for (const [k, v] of Object.entries(issue.params)) vars[k] = textOf(v, lang);
  if (col?.options) vars['options'] = col.options.map((o) => o.label[lang]).join(', ');
  if (!('accounts' in vars)) vars['accounts'] = tabNames['accounts'] ?? tabSpec('accounts').name[lang];
  const words = (part: 'message' | 'hint'): string => {
    const code = issue.code;
    if (!isChecksCode(code)) return text(lang, issueText(code, part), vars);
    const t = checks[`issue.${code}.${part}`];
    if (t === undefined) throw new Error(`${CHECKS_FILE}.html has no section issue.${code}.${part}`);
    return fill(t, vars);
  };
  const message = words('message');
  const hint = words('hint');
  return { severity: SEVERITY_LABEL[issue.severity][lang], tab, a1, ref, field, message, hint };
}
