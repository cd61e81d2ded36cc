/**
 * Marks for the cells an edit checked, in rectangles: each rectangle's notes
 * and backgrounds are read once (before any write), the marks computed, and
 * written back once, only when something changed.
 */
import type { Lang } from '../../core/i18n';
import { renderIssue } from '../../core/messages';
import type { Issue } from '../../core/parse/issue';
import type { ColumnSpec, TabKey } from '../../core/schema/types';
import type { CellMark } from './marks';
import { applyMarks } from './marks';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** Mark of a cell by sheet row and column: CellMark, null (none) or undefined (not checked: left as it is). */
export type MarkAt = (row: number, col: number) => CellMark | null | undefined;

export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly cols: number;
}

/** The smallest rectangle holding these rows and columns, or null when either list is empty. */
export function rectOver(rows: readonly number[], cols: readonly number[]): Rect | null {
  if (!rows.length || !cols.length) return null;
  const top = Math.min(...rows);
  const left = Math.min(...cols);
  return { top, left, rows: Math.max(...rows) - top + 1, cols: Math.max(...cols) - left + 1 };
}

export interface PendingMarks {
  /** Writes the rectangle's changed marks (call after every read). */
  write(): void;
}

/** Reads a rectangle's notes and backgrounds now; `write` puts back what `markAt` says. */
export function readRect(sheet: Sheet, rect: Rect, markAt: MarkAt): PendingMarks {
  const range: Range = sheet.getRange(rect.top, rect.left, rect.rows, rect.cols);
  const notes = range.getNotes();
  const backgrounds = range.getBackgrounds();
  return {
    write() {
      const result = applyMarks(notes, backgrounds, (i, j) => markAt(rect.top + i, rect.left + j));
      if (!result.changed) return;
      range.setNotes(result.notes);
      range.setBackgrounds(result.backgrounds);
    },
  };
}

export interface RenderContext {
  readonly lang: Lang;
  readonly columnOf: Partial<Record<TabKey, Readonly<Record<string, number>>>>;
  readonly tabNames: Readonly<Record<string, string>>;
  /** The header note quoted by a "required" hint (read from the edited sheet's header). */
  readonly noteOf: (tab: TabKey, col: ColumnSpec) => string | undefined;
}

/** Issues as cell marks, by `tab|row|col` (sheet row and column); an error outranks warnings in the colour. */
export function marksByCell(issues: readonly Issue[], ctx: RenderContext): Map<string, CellMark> {
  const out = new Map<string, { severity: Issue['severity']; messages: string[] }>();
  for (const issue of issues) {
    const columnOf = ctx.columnOf[issue.tab];
    const col = columnOf?.[issue.column];
    if (!columnOf || !col) continue;
    const r = renderIssue(issue, ctx.lang, columnOf, ctx.tabNames, (c) => ctx.noteOf(issue.tab, c));
    const k = cellKey(issue.tab, issue.row, col);
    const m = out.get(k) ?? { severity: issue.severity, messages: [] };
    if (issue.severity === 'error') m.severity = 'error';
    m.messages.push(`${r.message} ${r.hint}`);
    out.set(k, m);
  }
  return out;
}

export const cellKey = (tab: TabKey, row: number, col: number): string => `${tab}|${row}|${col}`;
