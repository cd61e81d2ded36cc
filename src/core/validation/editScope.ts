/**
 * What an edit of some columns of one tab can change among the cross-row
 * rules (validation/index.ts), for "as you type": which rules to run, which
 * tables and settings they need, and which cells to mark again. Pure; the app
 * layer reads and writes (app/validation/handleEdit.ts).
 *
 * The edited rows are marked again whole (a row that was blank now needs its
 * required cells), so every rule that can mark a cell of the edited tab runs,
 * except rules that read a tab other than the edited one and Accounts while
 * the edit cannot change them: their cells are "kept" (left as marked), since
 * running them would cost reading another table. Only Accounts' id cell is
 * such a cell today (the coverage rules put their advice there when an
 * account has no Decision group or Competitors rows yet).
 */
import type { SettingKey } from '../schema/settings';
import type { TabKey } from '../schema/types';
import type { CrossRowRule, TabColumns } from './index';
import { CROSS_ROW_RULES } from './index';

export interface EditScope {
  /** Rules whose result the edit may change. */
  readonly affected: readonly CrossRowRule[];
  /** Rules to run: those marking cells of the edited tab, unless they are expensive and not affected. */
  readonly run: readonly CrossRowRule[];
  /** Tables to read whole, the edited one included. */
  readonly tables: readonly TabKey[];
  readonly settings: readonly SettingKey[];
  /** Columns of the edited tab marked again on the rows of the accounts the edit touched (besides the edited rows). */
  readonly remark: readonly string[];
  /** Columns of the edited tab left as marked, unless the cell is blank (no cross-row rule marks a blank id). */
  readonly kept: readonly string[];
  /** Columns of Accounts the affected rules mark, when the edit is on another tab (marked again only for accounts whose rows on it appeared or went). */
  readonly accounts: readonly string[];
}

const hits = (cols: TabColumns, tab: TabKey, keys: readonly string[]): boolean => (cols[tab] ?? []).some((k) => keys.includes(k));
const union = <T>(lists: readonly (readonly T[])[]): T[] => [...new Set(lists.flat())];
const tabsOf = (rules: readonly CrossRowRule[]): TabKey[] => union(rules.map((r) => Object.keys(r.reads) as TabKey[]));

/** `allColumns`: every column key of the edited tab (the edited rows are marked again whole). */
export function editScope(tab: TabKey, editedColumns: readonly string[], allColumns: readonly string[]): EditScope {
  const affected = CROSS_ROW_RULES.filter((r) => hits(r.reads, tab, editedColumns));
  const cheap = (r: CrossRowRule): boolean => tabsOf([r]).every((t) => t === tab || t === 'accounts');
  // Only rules that mark a cell of the edited tab run here; an Accounts edit leaves the other tabs' marks
  // (their coverage, pause and attitude advice) to their next edit or Validate.
  const marking = CROSS_ROW_RULES.filter((r) => hits(r.marks, tab, allColumns));
  const run = marking.filter((r) => affected.includes(r) || cheap(r));
  const skipped = marking.filter((r) => !run.includes(r));
  const kept = union(skipped.map((r) => r.marks[tab] ?? []));
  return {
    affected,
    run,
    tables: union([[tab], tabsOf(run)]),
    settings: union(run.map((r) => r.settings)),
    remark: union(affected.map((r) => r.marks[tab] ?? [])).filter((k) => !kept.includes(k)),
    kept,
    accounts: tab === 'accounts' ? [] : union(affected.map((r) => r.marks.accounts ?? [])),
  };
}

/** Rules that can mark these columns of a tab, and what they need: for the Accounts cells of a child-tab edit. */
export function rulesMarking(tab: TabKey, columns: readonly string[]): { rules: CrossRowRule[]; tables: TabKey[]; settings: SettingKey[] } {
  const rules = CROSS_ROW_RULES.filter((r) => hits(r.marks, tab, columns));
  return { rules, tables: tabsOf(rules), settings: union(rules.map((r) => r.settings)) };
}
