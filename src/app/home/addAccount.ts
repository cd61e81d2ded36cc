/**
 * The home sidebar's Add account form, saved: one new row on the Accounts
 * tab, on the first row below the last one that holds anything (a gap a user
 * left is never filled, nothing is shifted or overwritten), in one setValues.
 * The row is judged first by the same parsers and register rules as the tab
 * (types, required fields, dates, unique id and name); any error is returned
 * at its field and nothing is written.
 */
import { accountCell } from '../../core/home/forms';
import { renderIssue, UI_TEXT } from '../../core/messages';
import { parseDateText, isEmptyCell } from '../../core/parse/coerce';
import { parseTab } from '../../core/parse/parseTab';
import { tabSpec } from '../../core/schema/tabs';
import { DEFAULT_SETTINGS } from '../../core/settingsValues';
import { rowRules } from '../../core/validation';
import { uniqueColumns } from '../../core/validation/references';
import { civilOf, dateOfCivil } from '../../sheets/dates';
import { findTable } from '../../sheets/table';
import { ensureRows, literalText } from '../../sheets/write';
import type { Env } from '../env';
import type { FormResult } from './saveSettings';
import { homeWords } from './texts';
import { MSG } from '../reminders/messages';

export interface AccountAdded extends FormResult {
  /** The sheet row written (0 when nothing was). */
  readonly row: number;
}

export function addAccount(env: Env, form: Readonly<Record<string, unknown>>): AccountAdded {
  const L = env.lang;
  const spec = tabSpec('accounts');
  const lock = env.documentLock();
  // Two saves at once would pick the same row: the second waits for the first.
  if (!lock.tryLock(20 * 1000)) return { ok: false, message: MSG.busy[L], errors: {}, row: 0 };
  try {
    const t = findTable(env.spreadsheet, spec);
    const missing = spec.columns.filter((c) => !t?.columnOf[c.key]);
    if (!t || missing.length) return { ok: false, message: UI_TEXT.noDossier[L], errors: {}, row: 0 };
    let last = -1;
    t.rows.forEach((cells, i) => {
      if (cells.some((v) => !isEmptyCell(v))) last = i;
    });
    const row = t.firstRow + last + 1;
    const width = Math.max(...spec.columns.map((c) => t.columnOf[c.key] ?? 0));
    const cells: unknown[] = Array.from({ length: width }, () => '');
    for (const c of spec.columns) {
      const at = t.columnOf[c.key];
      if (c.type === 'computed' || !at) continue;
      const input = form[c.key];
      cells[at - 1] = accountCell(c, typeof input === 'string' ? input : '', L);
    }

    // The tab's parsers and register rules on the rows as they would be; only the new row's errors count.
    const civil = (d: Date) => civilOf(d, env.timeZone);
    const parsed = parseTab(spec, [...t.rows.slice(0, last + 1), cells], { columnOf: t.columnOf, civilOf: civil, firstRow: t.firstRow });
    const added = parsed.rows.find((r) => r.row === row);
    const today = civil(env.now());
    const issues = [
      ...parsed.issues,
      ...(added ? rowRules('accounts', added, today) : []),
      ...uniqueColumns({ tabs: { accounts: parsed }, settings: DEFAULT_SETTINGS, today }),
    ].filter((i) => i.row === row && i.severity === 'error');
    const { t: say } = homeWords(env);
    const errors: Record<string, string> = {};
    for (const issue of issues) {
      if (errors[issue.column]) continue;
      const r = renderIssue(issue, L, t.columnOf, { accounts: t.sheet.getName() });
      errors[issue.column] = `${r.message} ${r.hint}`;
    }
    if (!added || Object.keys(errors).length) return { ok: false, message: say('invalid'), errors, row: 0 };

    const out = cells.map((v, i) => {
      const c = spec.columns.find((x) => t.columnOf[x.key] === i + 1);
      if (c?.type === 'date' && typeof v === 'string' && parseDateText(v)) return dateOfCivil(parseDateText(v) as string, env.timeZone);
      return typeof v === 'string' ? literalText(v) : v;
    });
    // The computed columns are one ARRAYFORMULA each, anchored on the first data row: on that row the write puts
    // the formulas back as they are; below it their cells are written empty, which leaves the array room to spill
    // (an empty string clears a cell; not verified against a live Sheet).
    if (row === t.firstRow) {
      const formulas = t.sheet.getRange(row, 1, 1, width).getFormulas()[0] ?? [];
      formulas.forEach((f, i) => {
        if (f) out[i] = f;
      });
    }
    ensureRows(t.sheet, row);
    t.sheet.getRange(row, 1, 1, width).setValues([out]);
    const id = String(added.values['account_id'] ?? '');
    const message = say('added', { id, row, tab: t.sheet.getName() });
    env.toast(message, spec.name[L]);
    return { ok: true, message, errors: {}, row };
  } finally {
    lock.release();
  }
}
