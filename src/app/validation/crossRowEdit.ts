/**
 * onEdit on a tab with cross-row rules (Accounts, Decision group,
 * Competitors, Contacts): errors and warnings are marked in their cells as
 * you type, and an edit that fixes (or causes) a warning on another row of
 * the same account, or on the account's Accounts row, re-marks that row too.
 *
 * Batched and cheap, whatever the row count: the edited tab is read whole in
 * one getValues (it replaces the header and block reads), Accounts once (it
 * says which accounts are open and which ids exist), each setting a rule
 * needs through its named range; rules run for the whole tables in memory;
 * then one read of notes and backgrounds per rectangle of re-marked cells
 * (the edited rows; the other rows of the accounts the edit touched, in the
 * columns the affected rules mark; the Accounts rows of accounts whose first
 * row appeared or last row went) and one write per rectangle that changed.
 * core/validation/editScope.ts says which rules, tables and cells.
 *
 * Not re-marked as you type (Validate lists them; the next edit there marks
 * them): other tabs' cells after an Accounts edit (closing an account or
 * changing its id leaves its Decision group, Competitors and Contacts marks),
 * unknown-account marks after the account is added, marks after a Settings
 * change, and, for a pasted block, the other rows of the accounts the block's
 * cells named before the paste (a single typed cell knows its old value).
 */
import { parseA1Range } from '../../core/a1';
import { accountKey } from '../../core/accounts';
import { langOf } from '../../core/i18n';
import type { Issue } from '../../core/parse/issue';
import type { ParsedTab } from '../../core/parse/parseTab';
import { parseTab } from '../../core/parse/parseTab';
import type { SettingKey } from '../../core/schema/settings';
import { settingRangeName } from '../../core/schema/settings';
import { tabSpec } from '../../core/schema/tabs';
import type { TabKey, TabSpec } from '../../core/schema/types';
import type { Settings } from '../../core/settingsValues';
import { parseSettings } from '../../core/settingsValues';
import { rowRules } from '../../core/validation';
import { editScope, rulesMarking } from '../../core/validation/editScope';
import { unknownAccounts } from '../../core/validation/references';
import { civilOf } from '../../sheets/dates';
import { findTable, readTable } from '../../sheets/table';
import type { MarkAt, PendingMarks } from './markRects';
import { cellKey, marksByCell, readRect, rectOver } from './markRects';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The settings the rules need, one named-range read each (a missing or bad value gives the default). */
function readSettings(ss: Spreadsheet, keys: readonly SettingKey[]): Settings {
  const rows = keys.map((k) => [k, ss.getRangeByName(settingRangeName(k))?.getValue() ?? '']);
  return parseSettings(rows, { setting_key: 1, value: 2 });
}

const blank = (v: unknown): boolean => v === '' || v === null || v === undefined;

export function crossRowEdit(e: GoogleAppsScript.Events.SheetsOnEdit, sheet: Sheet, spec: TabSpec, name: string): void {
  const ss = e.source;
  const range = e.range;
  const own = readTable(sheet, spec);
  // Rows and columns in one call (whole rows: every column; whole columns: ask for the rows).
  const a1 = parseA1Range(range.getA1Notation());
  const rows = a1?.rows ?? { top: range.getRow(), bottom: range.getLastRow() };
  const { left, right } = a1 ? (a1.cols ?? { left: 1, right: Infinity }) : { left: range.getColumn(), right: range.getLastColumn() };
  const top = Math.max(rows.top, own.firstRow);
  const bottom = rows.bottom;
  if (bottom < top) return;
  const edited = spec.columns.filter((c) => (own.columnOf[c.key] ?? 0) >= left && (own.columnOf[c.key] ?? 0) <= right).map((c) => c.key);
  const scope = editScope(
    spec.key,
    edited,
    spec.columns.map((c) => c.key),
  );

  const timeZone = ss.getSpreadsheetTimeZone();
  const zoneCivil = (d: Date) => civilOf(d, timeZone);
  const today = zoneCivil(new Date());
  const tabs: Partial<Record<TabKey, ParsedTab>> = {
    [spec.key]: parseTab(spec, own.rows, { columnOf: own.columnOf, firstRow: own.firstRow, civilOf: zoneCivil }),
  };
  const ownTab = tabs[spec.key] as ParsedTab;
  const columnOf: Partial<Record<TabKey, Readonly<Record<string, number>>>> = { [spec.key]: own.columnOf };
  const tabNames: Record<string, string> = { [spec.key]: name };
  const sheets: Partial<Record<TabKey, Sheet>> = { [spec.key]: sheet };

  // The accounts the edit touched: named by the edited rows, and the one a single typed cell named before.
  const keyColumn = spec.key === 'accounts' ? 'account_id' : 'account';
  const inBlock = (row: number): boolean => row >= top && row <= bottom;
  const keyOf = (r: ParsedTab['rows'][number]) => accountKey(r.raw[keyColumn]);
  const touched = new Set(ownTab.rows.filter((r) => inBlock(r.row)).flatMap((r) => keyOf(r) ?? []));
  const old = top === bottom && left === right && edited[0] === keyColumn ? accountKey(e.oldValue) : null;
  if (old !== null) touched.add(old);

  // Accounts whose first row on this tab appeared, or whose last went: their Accounts row's advice moves. Only
  // typing (or clearing) the account cell does that: a row that keeps its account keeps the account's rows.
  const moved =
    scope.accounts.length === 0 || !edited.includes(keyColumn)
      ? []
      : [...touched].filter((k) => ownTab.rows.filter((r) => keyOf(r) === k).every((r) => inBlock(r.row)));
  const forAccounts = moved.length ? rulesMarking('accounts', scope.accounts) : { rules: [], tables: [], settings: [] };

  for (const key of new Set<TabKey>(['accounts', ...scope.tables, ...forAccounts.tables])) {
    if (tabs[key]) continue;
    const t = findTable(ss, tabSpec(key));
    if (!t) continue;
    tabs[key] = parseTab(tabSpec(key), t.rows, { columnOf: t.columnOf, firstRow: t.firstRow, civilOf: zoneCivil });
    columnOf[key] = t.columnOf;
    tabNames[key] = t.sheet.getName();
    sheets[key] = t.sheet;
  }
  const settings = readSettings(ss, [...new Set([...scope.settings, ...forAccounts.settings])]);
  const input = { tabs, settings, today };

  const issues: Issue[] = [
    ...ownTab.issues,
    ...ownTab.rows.flatMap((r) => rowRules(spec.key, r, today)),
    ...(tabs.accounts ? unknownAccounts({ tabs: { accounts: tabs.accounts, [spec.key]: ownTab }, settings, today }) : []),
    ...scope.run.flatMap((rule) => rule.run(input)),
  ].filter((i) => i.tab === spec.key);
  if (moved.length && tabs.accounts)
    issues.push(...tabs.accounts.issues, ...forAccounts.rules.flatMap((rule) => rule.run(input)).filter((i) => i.tab === 'accounts'));

  // Which cells of this tab are checked: the edited rows whole, and the touched accounts' other rows in the
  // columns the affected rules mark (every row on Accounts: duplicates and a manager's workload span accounts).
  const at = (key: string): number => own.columnOf[key] ?? 0;
  const computed = new Set(spec.columns.filter((c) => c.type === 'computed').map((c) => at(c.key)));
  const kept = new Set(scope.kept.map(at));
  const remark = new Set(scope.remark.map(at).filter((c) => c > 0));
  const others = ownTab.rows.filter((r) => !inBlock(r.row) && (spec.key === 'accounts' || touched.has(keyOf(r) ?? ''))).map((r) => r.row);
  const otherSet = new Set(others);
  const valueAt = (row: number, col: number): unknown => own.rows[row - own.firstRow]?.[col - 1];
  const checkedOwn = (row: number, col: number): boolean => {
    if (!inBlock(row) && !(remark.has(col) && otherSet.has(row))) return false;
    // A kept cell (Accounts' id, when its coverage rules did not run) is checked only when blank: they need an id.
    return !kept.has(col) || blank(valueAt(row, col));
  };
  const accountsCols = new Set(scope.accounts.map((k) => columnOf.accounts?.[k] ?? 0).filter((c) => c > 0));
  const accountRows = new Set(
    (tabs.accounts?.rows ?? []).filter((r) => moved.includes(accountKey(r.raw['account_id']) ?? '')).map((r) => r.row),
  );
  const checked = (i: Issue): boolean => {
    const col = columnOf[i.tab]?.[i.column] ?? 0;
    return i.tab === spec.key ? checkedOwn(i.row, col) : accountRows.has(i.row) && accountsCols.has(col);
  };

  const shown = issues.filter(checked);
  // The locale only words messages, and the header notes only a required value's hint: read when needed.
  const lang = shown.length ? langOf(ss.getSpreadsheetLocale()) : 'en';
  const width = Math.max(own.width, 1);
  const headerNotes = shown.some((i) => i.code === 'required') ? (sheet.getRange(own.firstRow - 1, 1, 1, width).getNotes()[0] ?? []) : [];
  const marks = marksByCell(shown, {
    lang,
    columnOf,
    tabNames,
    noteOf: (tab, c) => (tab === spec.key && at(c.key) ? String(headerNotes[at(c.key) - 1] ?? '').split('\n')[0] || undefined : undefined),
  });
  const markOwn: MarkAt = (row, col) =>
    computed.has(col) || !checkedOwn(row, col) ? undefined : (marks.get(cellKey(spec.key, row, col)) ?? null);

  // Every read first, then the writes.
  const pending: PendingMarks[] = [readRect(sheet, { top, left: 1, rows: bottom - top + 1, cols: width }, markOwn)];
  const cross = rectOver(others, [...remark]);
  if (cross) pending.push(readRect(sheet, cross, markOwn));
  const accountsRect = rectOver([...accountRows], [...accountsCols]);
  const accountsSheet = sheets.accounts;
  if (accountsRect && accountsSheet)
    pending.push(
      readRect(accountsSheet, accountsRect, (row, col) =>
        accountRows.has(row) && accountsCols.has(col) ? (marks.get(cellKey('accounts', row, col)) ?? null) : undefined,
      ),
    );
  for (const p of pending) p.write();
}
