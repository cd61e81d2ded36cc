/**
 * Simple onEdit trigger (LIMITED mode, 30 s): validates exactly the edited
 * rows, a pasted block included, with a constant number of calls whatever
 * its size: one read of the header rows, one read of the block's values,
 * notes and backgrounds, and one write of notes and backgrounds when a mark
 * changes. Values are never written.
 * https://developers.google.com/apps-script/guides/triggers#onedite
 */
import { foldLabel, LANGS, langOf } from '../../core/i18n';
import { renderIssue } from '../../core/messages';
import type { Issue } from '../../core/parse/issue';
import { parseTab } from '../../core/parse/parseTab';
import { rowRules } from '../../core/rules';
import { INPUT_TABS } from '../../core/schema/tabs';
import type { TabSpec } from '../../core/schema/types';
import { FIRST_DATA_ROW, HEADER_ROW, KEY_ROW } from '../../core/schema/types';
import { civilOf } from '../../sheets/dates';
import { TAB_METADATA_KEY } from '../../sheets/locate';
import { locateColumns } from '../../sheets/table';
import type { CellMark } from './marks';
import { applyMarks } from './marks';

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

export function handleEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const range = e.range;
  const sheet = range.getSheet();
  const tab = tabOfSheet(sheet);
  // Settings rows each have their own type; "Validate dossier" checks them.
  if (!tab || tab.spec.key === 'settings') return;
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
  const timeZone = ss.getSpreadsheetTimeZone();
  const today = civilOf(new Date(), timeZone);
  const parsed = parseTab(spec, values, { columnOf, firstRow: top, civilOf: (d) => civilOf(d, timeZone) });
  const issues: Issue[] = [...parsed.issues.filter((i) => i.row >= top), ...parsed.rows.flatMap((r) => rowRules(spec.key, r, today))];
  // The locale only words messages: a clean edit, the common case, does not ask for it.
  const lang = issues.length ? langOf(ss.getSpreadsheetLocale()) : 'en';

  const marks = new Map<string, { severity: Issue['severity']; messages: string[] }>();
  for (const issue of issues) {
    const col = columnOf[issue.column];
    if (!col) continue;
    const k = `${issue.row - top}:${col - 1}`;
    const r = renderIssue(issue, lang, columnOf, { [spec.key]: tab.name });
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
