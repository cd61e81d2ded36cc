/**
 * The words of every validation problem come from the text catalogues. A message
 * names the cell ('Contacts'!C7), the field and the value; the hint says
 * what is expected. Parsers and rules only pick a code and parameters.
 */
import type { Label, Lang, TextKey } from './i18n';
import { label, text } from './i18n';
import type { Issue, IssueCode, Severity } from './parse/issue';
import { tabSpec } from './schema/tabs';
import { columnLetters, quoteSheet } from './a1';

/**
 * Texts issue.<code>.message and issue.<code>.hint (texts/en.ts): {ref} cell, {field} column label,
 * {value} as shown; other names are the issue's params. An IssueCode without both texts fails typecheck.
 */
const issueText = (code: IssueCode, part: 'message' | 'hint'): TextKey => `issue.${code}.${part}`;

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
): RenderedIssue {
  const spec = tabSpec(issue.tab);
  const col = spec.columns.find((c) => c.key === issue.column);
  const at = columnOf ? columnOf[issue.column] : col ? spec.columns.indexOf(col) + 1 : undefined;
  const a1 = at ? `${columnLetters(at)}${issue.row}` : `${issue.row}:${issue.row}`;
  const tab = tabNames[issue.tab] ?? spec.name[lang];
  const ref = `${quoteSheet(tab)}!${a1}`;
  const field = col ? col.label[lang] : issue.column;
  const vars: Record<string, string | number> = { ref, field, value: issue.value, note: col ? col.note[lang] : '' };
  for (const [k, v] of Object.entries(issue.params)) vars[k] = textOf(v, lang);
  if (col?.options) vars['options'] = col.options.map((o) => o.label[lang]).join(', ');
  if (!('accounts' in vars)) vars['accounts'] = tabNames['accounts'] ?? tabSpec('accounts').name[lang];
  const message = text(lang, issueText(issue.code, 'message'), vars);
  const hint = text(lang, issueText(issue.code, 'hint'), vars);
  return { severity: SEVERITY_LABEL[issue.severity][lang], tab, a1, ref, field, message, hint };
}
