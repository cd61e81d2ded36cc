/**
 * Simple onEdit trigger (LIMITED mode, 30 s): validates the edited rows, a
 * pasted block included, with a constant number of calls whatever its size.
 * On a tab without cross-row rules: one read of the header rows, one read of
 * the block's values, notes and backgrounds, and one write of notes and
 * backgrounds when a mark changes. On the others, crossRowEdit.ts also
 * re-marks the rows the edit's warnings tie together. Values are never written.
 * https://developers.google.com/apps-script/guides/triggers#onedite
 */
import { foldLabel, LANGS, langOf } from '../../core/i18n';
import { renderIssue } from '../../core/messages';
import type { Issue } from '../../core/parse/issue';
import { parseTab } from '../../core/parse/parseTab';
import { CROSS_ROW_RULES, rowRules } from '../../core/validation';
import type { SheetsApi } from '../../sheets/api';
import { hasDependents, refreshDependentRows } from '../dependentLists';
import { accountKey, issueAt } from '../../core/validation/context';
import { INPUT_TABS, tabSpec } from '../../core/schema/tabs';
import type { ColumnSpec, TabSpec } from '../../core/schema/types';
import { FIRST_DATA_ROW, HEADER_ROW, KEY_ROW } from '../../core/schema/types';
import { civilOf } from '../../sheets/dates';
import { findTabSheet, TAB_METADATA_KEY } from '../../sheets/locate';
import { locateColumns, readTable } from '../../sheets/table';
import type { CellMark } from './marks';
import { applyMarks } from './marks';
import { crossRowEdit } from './crossRowEdit';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Which of our tabs the sheet is: by the tab's developer metadata first (a renamed tab keeps it; a new empty
 * sheet that took the old name has none), else by name in any language. Also returns the name as it is now.
 */
function tabOfSheet(sheet: Sheet): { spec: TabSpec; name: string } | null {
  const name = sheet.getName();
  const tag = sheet
    .getDeveloperMetadata()
    .find((m) => m.getKey() === TAB_METADATA_KEY)
    ?.getValue();
  const byTag = INPUT_TABS.find((t) => t.key === tag);
  if (byTag) return { spec: byTag, name };
  if (tag) return null; // one of our other tabs (a view)
  const folded = foldLabel(name);
  const byName = INPUT_TABS.find((t) => LANGS.some((l) => foldLabel(t.name[l]) === folded));
  return byName ? { spec: byName, name } : null;
}

export function handleEdit(e: GoogleAppsScript.Events.SheetsOnEdit, api?: SheetsApi): void {
  const sheet = e.range.getSheet();
  const tab = tabOfSheet(sheet);
  // Settings rows each have their own type; "Validate dossier" checks them.
  if (!tab || tab.spec.key === 'settings') return;
  const key = tab.spec.key;
  // Tabs whose cells a cross-row rule marks (warnings included) re-check the rows those rules tie together.
  if (CROSS_ROW_RULES.some((r) => r.marks[key])) crossRowEdit(e, sheet, tab.spec, tab.name);
  else rowEdit(e, sheet, tab, api);
}

/** A tab without cross-row rules: exactly the edited rows, and Accounts only when they name an account. */
function rowEdit(e: GoogleAppsScript.Events.SheetsOnEdit, sheet: Sheet, tab: { spec: TabSpec; name: string }, api?: SheetsApi): void {
  const range = e.range;
  const spec = tab.spec;
  const top = Math.max(range.getRow(), FIRST_DATA_ROW);
  const bottom = range.getLastRow();
  if (bottom < top) return;
  const width = sheet.getLastColumn();
  if (width < 1) return;

  const head = sheet.getRange(KEY_ROW, 1, HEADER_ROW - KEY_ROW + 1, width).getValues();
  const columnOf = locateColumns(spec, head[0] ?? [], head[HEADER_ROW - 1] ?? []);
  const block = sheet.getRange(top, 1, bottom - top + 1, width);
  const values = block.getValues();
  const notes = block.getNotes();
  const backgrounds = block.getBackgrounds();

  const ss = e.source;
  // A changed approach re-points its row's method dropdown to that approach's methods (app/dependentLists.ts).
  if (api && hasDependents(spec.key))
    refreshDependentRows(ss, sheet, spec, columnOf, top, values, { first: range.getColumn(), last: range.getLastColumn() }, api);
  const timeZone = ss.getSpreadsheetTimeZone();
  const today = civilOf(new Date(), timeZone);
  const parsed = parseTab(spec, values, { columnOf, firstRow: top, civilOf: (d) => civilOf(d, timeZone) });
  const issues: Issue[] = [...parsed.issues.filter((i) => i.row >= top), ...parsed.rows.flatMap((r) => rowRules(spec.key, r, today))];
  const tabNames: Record<string, string> = { [spec.key]: tab.name };
  issues.push(...unknownAccounts(ss, spec, parsed.rows, tabNames));
  // The locale only words messages: a clean edit, the common case, does not ask for it.
  const lang = issues.length ? langOf(ss.getSpreadsheetLocale()) : 'en';

  // A missing required value's hint quotes the column's note: read from the header notes on the sheet (one read,
  // only then), not from html/Notes.html, so this simple trigger calls no other service. The note is their first line.
  const headerNotes = issues.some((i) => i.code === 'required') ? (sheet.getRange(HEADER_ROW, 1, 1, width).getNotes()[0] ?? []) : [];
  const noteOf = (c: ColumnSpec): string | undefined => {
    const at = columnOf[c.key];
    return at ? String(headerNotes[at - 1] ?? '').split('\n')[0] || undefined : undefined;
  };
  const marks = new Map<string, { severity: Issue['severity']; messages: string[] }>();
  for (const issue of issues) {
    const col = columnOf[issue.column];
    if (!col) continue;
    const k = `${issue.row - top}:${col - 1}`;
    const r = renderIssue(issue, lang, columnOf, tabNames, noteOf);
    const m = marks.get(k) ?? { severity: issue.severity, messages: [] };
    if (issue.severity === 'error') m.severity = 'error';
    m.messages.push(`${r.message} ${r.hint}`);
    marks.set(k, m);
  }
  const computed = new Set(spec.columns.filter((c) => c.type === 'computed').map((c) => (columnOf[c.key] ?? 0) - 1));
  const result = applyMarks(notes, backgrounds, (i, j): CellMark | null => (computed.has(j) ? null : (marks.get(`${i}:${j}`) ?? null)));
  if (!result.changed) return;
  block.setNotes(result.notes);
  block.setBackgrounds(result.backgrounds);
}

/**
 * Account codes in the edited rows that the Accounts tab does not hold, marked in their cell as Validate
 * reports them. Accounts is read (one table read) only when an edited row names an account.
 */
function unknownAccounts(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  spec: TabSpec,
  rows: ReturnType<typeof parseTab>['rows'],
  tabNames: Record<string, string>,
): Issue[] {
  const refs = spec.columns.filter((c) => c.type === 'accountRef');
  if (!refs.length || !rows.some((r) => refs.some((c) => accountKey(r.values[c.key]) !== null))) return [];
  const accountsSpec = tabSpec('accounts');
  const sheet = findTabSheet(ss, 'accounts', accountsSpec.name);
  if (!sheet) return [];
  const table = readTable(sheet, accountsSpec);
  tabNames['accounts'] = sheet.getName();
  const idCol = table.columnOf['account_id'];
  if (!idCol) return [];
  const ids = new Set(table.rows.map((r) => accountKey(r[idCol - 1])).filter((k) => k !== null));
  return rows.flatMap((r) =>
    refs
      .filter((c) => {
        const k = accountKey(r.values[c.key]);
        return k !== null && !ids.has(k);
      })
      .map((c) => issueAt('error', 'unknownAccount', spec.key, r, c.key)),
  );
}
