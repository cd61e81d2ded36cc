/**
 * Marks on bad cells: a note line starting with MARK and a background of
 * our own colour. The user's own notes and colours are kept: only note text
 * after our marker is ours, and only a background that is exactly one of our
 * colours (or the default white) is ever changed.
 */
import type { Severity } from '../../core/parse/issue';
import { OVERDUE, STALE } from '../../core/risk/colourRules';

export const MARK = '⚠ ';
/** Red for errors, amber for warnings: the in-sheet highlights use the same two (core/risk/colourRules.ts). */
export const MARK_COLORS: Readonly<Record<Severity, string>> = { error: OVERDUE.background, warning: STALE.background };
const OURS = new Set(Object.values(MARK_COLORS));
const DEFAULT_BACKGROUND = '#ffffff';

/** The user's part of a note: everything before our first marker line. */
export function userNote(note: string): string {
  if (note.startsWith(MARK)) return '';
  const i = note.indexOf(`\n\n${MARK}`);
  return i < 0 ? note : note.slice(0, i);
}

export interface CellMark {
  readonly severity: Severity;
  readonly messages: readonly string[];
}

export interface MarkResult {
  readonly notes: string[][];
  /** null resets a cell to the default (keeps banding and theme colours). */
  readonly backgrounds: (string | null)[][];
  readonly changed: boolean;
}

/**
 * New notes and backgrounds for a block; `markAt(i, j)` gives the mark for row i, column j (0-based), null for
 * none, or undefined to leave the cell exactly as it is (a cell this run did not check).
 */
export function applyMarks(
  notes: readonly (readonly string[])[],
  backgrounds: readonly (readonly string[])[],
  markAt: (i: number, j: number) => CellMark | null | undefined,
): MarkResult {
  let changed = false;
  const outNotes = notes.map((row, i) =>
    row.map((note, j) => {
      const m = markAt(i, j);
      if (m === undefined) return note;
      const user = userNote(note ?? '');
      const ours = m ? m.messages.map((t) => MARK + t).join('\n') : '';
      const next = ours ? (user ? `${user}\n\n${ours}` : ours) : user;
      if (next !== (note ?? '')) changed = true;
      return next;
    }),
  );
  const outBackgrounds = backgrounds.map((row, i) =>
    row.map((bg, j): string | null => {
      const m = markAt(i, j);
      const current = (bg ?? DEFAULT_BACKGROUND).toLowerCase();
      if (m === undefined) return current === DEFAULT_BACKGROUND ? null : bg; // as it is (white stays the default)
      const free = current === DEFAULT_BACKGROUND || OURS.has(current);
      if (!free) return bg; // the user's colour: the note alone marks the cell
      const next = m ? MARK_COLORS[m.severity] : null;
      if ((next ?? DEFAULT_BACKGROUND) !== current) changed = true;
      return next;
    }),
  );
  return { notes: outNotes, backgrounds: outBackgrounds, changed };
}
