/**
 * The home sidebar's Settings form, saved: the Settings tab stays the store
 * and the validator. The changed values are put into the rows as read, the
 * same parser that reads the tab judges the result, and only when that finds
 * no new error are the value cells written, in one setValues. A changed
 * colour re-applies the risk colours; a changed hour rewrites the reminder
 * status block.
 */
import { settingCell } from '../../core/home/forms';
import { renderIssue, UI_TEXT } from '../../core/messages';
import type { Issue } from '../../core/parse/issue';
import { SETTINGS } from '../../core/schema/settings';
import { tabSpec } from '../../core/schema/tabs';
import { parseSettingsChecked } from '../../core/settingsValues';
import { findTable } from '../../sheets/table';
import { literalText } from '../../sheets/write';
import type { Env } from '../env';
import { storedLastRun, writeStatus } from '../reminders/status';
import { OWNER_PROPERTY } from '../reminders/triggers';
import { applyRisk } from '../risk/entry';
import { settingCells } from './data';
import { homeWords } from './texts';

export interface FormResult {
  readonly ok: boolean;
  readonly message: string;
  /** Field key → what is wrong with it, located on the sheet. */
  readonly errors: Readonly<Record<string, string>>;
}

const COLOURS = new Set(['colour_key', 'colour_critical', 'colour_mono']);
const WHEN = new Set(['reminder_hour', 'quiet_hours_start', 'quiet_hours_end', 'skip_weekends', 'weekend_days']);

/** Same cell content: a number typed again as the same number is no change. */
function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) return false;
  return typeof a === 'string' && typeof b === 'string' ? a.trim() === b.trim() : a === b;
}

const where = (i: Issue): string => `${i.row}|${i.code}|${i.value}`;

export function saveSettings(env: Env, changes: Readonly<Record<string, unknown>>): FormResult {
  const L = env.lang;
  const { t: say } = homeWords(env);
  const t = findTable(env.spreadsheet, tabSpec('settings'));
  const valueCol = (t?.columnOf['value'] ?? 0) - 1;
  if (!t || valueCol < 0 || !t.columnOf['setting_key']) return { ok: false, message: UI_TEXT.noDossier[L], errors: {} };
  const cells = settingCells(t);
  const rows = t.rows.map((r) => [...r]);
  const errors: Record<string, string> = {};
  const changed = new Map<number, string>();
  for (const spec of SETTINGS) {
    const input = changes[spec.key];
    if (typeof input !== 'string') continue;
    const at = cells.get(spec.key);
    if (!at) {
      errors[spec.key] = say('noRow');
      continue;
    }
    const cell = settingCell(spec, input, L);
    const row = rows[at.index] as unknown[];
    if (same(row[valueCol], cell)) continue;
    row[valueCol] = cell;
    changed.set(at.index, spec.key);
  }
  if (Object.keys(errors).length) return { ok: false, message: say('invalid'), errors };
  if (changed.size === 0) return { ok: true, message: say('unchanged'), errors: {} };

  // The tab's own parser on the rows as they would be: an error that was not there before blocks the save.
  const before = new Set(parseSettingsChecked(t.rows, t.columnOf, t.firstRow).issues.map(where));
  const after = parseSettingsChecked(rows, t.columnOf, t.firstRow);
  const keyOfRow = new Map([...cells].map(([key, c]) => [t.firstRow + c.index, key]));
  for (const issue of after.issues) {
    if (issue.severity !== 'error' || before.has(where(issue))) continue;
    const key = keyOfRow.get(issue.row) ?? '';
    const r = renderIssue(issue, L, t.columnOf, { settings: t.sheet.getName() });
    errors[key] = errors[key] ? `${errors[key]} ${r.message}` : `${r.message} ${r.hint}`;
  }
  if (Object.keys(errors).length) return { ok: false, message: say('invalid'), errors };

  // One write over the changed rows' value cells; a cell in between keeps its formula or its value.
  const indexes = [...changed.keys()];
  const top = Math.min(...indexes);
  const height = Math.max(...indexes) - top + 1;
  const range = t.sheet.getRange(t.firstRow + top, valueCol + 1, height, 1);
  const formulas = height > changed.size ? range.getFormulas() : [];
  const block = Array.from({ length: height }, (_, k) => {
    const i = top + k;
    const v = (rows[i] as unknown[])[valueCol];
    if (changed.has(i)) return [typeof v === 'string' ? literalText(v) : v];
    const f = formulas[k]?.[0];
    return [f ? f : typeof v === 'string' ? literalText(v) : v];
  });
  range.setValues(block);

  const keys = new Set(changed.values());
  if ([...keys].some((k) => COLOURS.has(k))) applyRisk(env, { settings: after.settings });
  const props = env.documentProperties();
  const owner = props.get(OWNER_PROPERTY);
  if (owner !== null && [...keys].some((k) => WHEN.has(k))) writeStatus(env, after.settings, owner, storedLastRun(props.all()));
  const message = say('saved');
  env.toast(message, tabSpec('settings').name[L]);
  return { ok: true, message, errors: {} };
}
