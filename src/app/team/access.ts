/**
 * Menu "Check access": who can open this file (owner, editors, viewers)
 * against the managers and supervisors of its accounts, written to the
 * Access tab with a link to each account's row. Offers, after a YES, to add
 * the managers and supervisors who cannot open it as editors (one
 * addEditors call); never removes anyone, only says whom the owner should
 * remove and why.
 *
 * Scopes: getOwner/getEditors/getViewers/addEditors are Spreadsheet methods;
 * the class reference lists spreadsheets.currentonly (or spreadsheets) for
 * its methods (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet),
 * so the manifest keeps spreadsheets.currentonly. test/runtime/README.md
 * ("OAuth scopes of these calls") records what is verified and what is not.
 */
import { cellA1, quoteSheet } from '../../core/a1';
import { stringLiteral as q } from '../../core/formulas';
import { label, text } from '../../core/i18n';
import { sectionText, sectionTexts } from '../../core/notes';
import type { ParsedRow } from '../../core/parse/parseTab';
import { parseTab, str } from '../../core/parse/parseTab';
import { tabSpec } from '../../core/schema/tabs';
import type { AccessAccount, AccessReport, Finding, Person } from '../../core/team/access';
import { checkAccess, peopleMarker } from '../../core/team/access';
import { civilOf } from '../../sheets/dates';
import { findOrInsertTab } from '../../sheets/locate';
import { findTable } from '../../sheets/table';
import { ensureColumns, ensureRows, literalText } from '../../sheets/write';
import type { Env } from '../env';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Access tab layout: two summary lines, the header, then one row per finding. */
export const ACCESS_HEADER_ROW = 3;
/** The Access tab's texts live in src/html/AccessTexts.html, read once per run (out of dist/Code.js). */
const ACCESS_TEXTS_FILE = 'AccessTexts';
type AccessText = (key: string, vars?: Readonly<Record<string, string | number>>) => string;
const COLUMNS: readonly string[] = [
  'access.col.account',
  'access.col.person',
  'access.col.role',
  'access.col.finding',
  'access.col.action',
];

export interface AccessAccounts {
  readonly accounts: readonly AccessAccount[];
  readonly sheetName: string;
  readonly sheetId: number;
}

/** The accounts with their manager and supervisor from parsed Accounts rows (shared with the home checklist). */
export function accessAccounts(rows: readonly ParsedRow[]): AccessAccount[] {
  const accounts: AccessAccount[] = [];
  for (const r of rows) {
    const id = str(r, 'account_id') ?? '';
    if (id === '') continue;
    // An unparsable address still names someone: compare what was typed (Validate reports the cell).
    const raw = (key: string): string => str(r, key) ?? String(r.raw[key] ?? '').trim();
    accounts.push({ id, name: str(r, 'name') ?? '', row: r.row, manager: raw('manager_email'), supervisor: raw('supervisor_email') });
  }
  return accounts;
}

/** The accounts with their manager and supervisor, parsed by the shared row parser; null without an Accounts tab. */
export function readAccessAccounts(env: Env): AccessAccounts | null {
  const spec = tabSpec('accounts');
  const t = findTable(env.spreadsheet, spec);
  if (!t) return null;
  const parsed = parseTab(spec, t.rows, { columnOf: t.columnOf, civilOf: (d) => civilOf(d, env.timeZone), firstRow: t.firstRow });
  return { accounts: accessAccounts(parsed.rows), sheetName: t.sheet.getName(), sheetId: t.sheet.getSheetId() };
}

/** When access was last checked, against whom, and what was found (document property, read by the home checklist). */
export const ACCESS_MARKER = 'kad.access.checked';

export interface AccessChecked {
  /** Civil date of the check in the sheet's zone. */
  readonly at: string;
  readonly people: string;
  readonly findings: number;
}

/** Everyone who can open the file; getEditors lists the owner too. */
export function readPeople(ss: Spreadsheet): Person[] {
  const owner = ss.getOwner();
  const ownerEmail = owner ? owner.getEmail().toLowerCase() : '';
  const people: Person[] = ownerEmail ? [{ email: ownerEmail, role: 'owner' }] : [];
  for (const u of ss.getEditors()) {
    const e = u.getEmail().toLowerCase();
    if (e && e !== ownerEmail) people.push({ email: e, role: 'editor' });
  }
  for (const u of ss.getViewers()) people.push({ email: u.getEmail().toLowerCase(), role: 'viewer' });
  return people;
}

const FINDING_TEXT: Record<Finding['kind'], string> = {
  outsider: 'access.outsider',
  otherKam: 'access.otherKam',
  missingManager: 'access.missingManager',
  missingSupervisor: 'access.missingSupervisor',
};

function actionKey(f: Finding): string {
  if (f.kind === 'outsider') return f.role === 'owner' ? 'access.ownerOutsider.action' : 'access.outsider.action';
  if (f.kind === 'otherKam') return 'access.otherKam.action';
  return 'access.missing.action';
}

/** The rows of the Access tab (values and link formulas), in one block. */
export function accessRows(report: AccessReport, where: AccessAccounts, t: AccessText): string[][] {
  const w = COLUMNS.length;
  const line = (s: string): string[] => [s, ...Array.from({ length: w - 1 }, () => '')];
  const list = report.people.map((p) => `${p.email} (${t(`access.role.${p.role}`)})`).join(', ');
  const out: string[][] = [
    line(t('access.summary', { people: report.people.length, accounts: report.accounts })),
    line(t('access.everyone', { list: list || '—' })),
    COLUMNS.map((k) => t(k)),
  ];
  for (const f of report.findings) {
    const a = f.account;
    const link = a
      ? `=HYPERLINK(${q(`#gid=${where.sheetId}&range=${cellA1(a.row, 1)}`)},${q(`${a.name || a.id} (${a.id}) — ${quoteSheet(where.sheetName)}!${a.row}`)})`
      : '';
    out.push([
      link,
      literalText(f.who),
      t(f.role ? `access.role.${f.role}` : 'access.role.none'),
      literalText(t(FINDING_TEXT[f.kind], { who: f.who })),
      literalText(t(actionKey(f), { who: f.who })),
    ]);
  }
  if (report.findings.length === 0) out.push(line(t('access.ok')));
  return out;
}

/** Replaces the Access tab's content: one clear, one write. */
function writeAccessTab(env: Env, rows: string[][]): void {
  const { sheet } = findOrInsertTab(env.spreadsheet, 'access', label('tab.access'), env.lang, 'last');
  const last = sheet.getLastRow();
  if (last > 0) sheet.getRange(1, 1, last, Math.max(sheet.getLastColumn(), 1)).clearContent();
  ensureRows(sheet, rows.length);
  ensureColumns(sheet, COLUMNS.length);
  sheet.getRange(1, 1, rows.length, COLUMNS.length).setValues(rows);
}

export interface AccessResult {
  readonly report: AccessReport;
  readonly added: readonly string[];
  /** What the toast said. */
  readonly message: string;
}

export function checkFileAccess(env: Env): AccessResult {
  // This run's texts (html/AccessTexts.html): one read.
  const texts = sectionTexts(env.projectHtml(ACCESS_TEXTS_FILE), ACCESS_TEXTS_FILE, env.lang);
  const t: AccessText = (key, vars) => sectionText(texts, ACCESS_TEXTS_FILE, key, vars);
  const title = t('access.title');
  const where = readAccessAccounts(env);
  if (!where) {
    const message = text(env.lang, 'validate.noDossier');
    env.toast(message, title);
    return { report: { findings: [], toAdd: [], toRemove: [], people: [], accounts: 0 }, added: [], message };
  }
  const people = readPeople(env.spreadsheet);
  let report = checkAccess(where.accounts, people);
  let added: string[] = [];
  if (report.toAdd.length > 0 && env.confirm(title, t('access.confirm', { list: report.toAdd.join('\n') }))) {
    env.spreadsheet.addEditors([...report.toAdd]);
    added = [...report.toAdd];
    report = checkAccess(where.accounts, [...people, ...added.map((email) => ({ email, role: 'editor' as const }))]);
  }
  writeAccessTab(env, accessRows(report, where, t));
  const checked: AccessChecked = {
    at: civilOf(env.now(), env.timeZone),
    people: peopleMarker(where.accounts),
    findings: report.findings.length,
  };
  env.documentProperties().set(ACCESS_MARKER, JSON.stringify(checked));
  const message = t('access.done', { n: report.findings.length, added: added.length });
  env.toast(message, title);
  return { report, added, message };
}
