/**
 * Due items: rows of a tab that carry an owner, a due date and a status
 * (relationship-plan steps) or a date that closes them (a promise's "done
 * on": Commitments). Each open item is told to the account's manager
 * once when it falls due within the source's lead days, and weekly once it
 * is overdue, like the other overdue notices. A new tab of dated items (a
 * commitments register) joins as one more DUE_SOURCES entry plus its texts
 * (rule.<source>_due_soon, digest.item.…, digest.step.…, and _overdue): its
 * rule keys, cadences, reader (app/reminders), links and digest lines all
 * come from this table.
 */
import type { CivilDate } from '../../civilDate';
import { addDays, daysBetween } from '../../civilDate';
import { hash53 } from '../../review/hash';
import type { ColumnKey } from '../../schema/tabs';
import type { TabKey } from '../../schema/types';
import { repeatRound } from './noticeKey';
import type { LinkTab } from './types';

export interface DueSource<T extends TabKey & LinkTab = TabKey & LinkTab> {
  readonly tab: T;
  readonly date: ColumnKey<T>;
  /** Columns that name the item: the first non-empty one wins (an option column reads as its label). */
  readonly title: readonly ColumnKey<T>[];
  readonly owner: ColumnKey<T> | null;
  /** The status column and the option keys that close an item (nothing more is told about it). */
  readonly status: ColumnKey<T> | null;
  readonly closed: readonly string[];
  /** A date column that closes the item once anything is typed in it (a kept promise): read as the status 'done'. */
  readonly done: ColumnKey<T> | null;
  /** Told when the due date is at most this many days ahead: 1 = the day before (and on the day, if that was held). */
  readonly leadDays: number;
}

const source = <T extends TabKey & LinkTab>(s: DueSource<T>): DueSource<T> => s;

export const DUE_SOURCES = {
  plan: source({
    tab: 'plan',
    date: 'due',
    title: ['method', 'approach'],
    owner: 'owner',
    status: 'status',
    closed: ['done', 'dropped'],
    done: null,
    leadDays: 1,
  }),
  // Promises to the client ("keep every promise"): reminded three days ahead, weekly once late, until done.
  commitments: source({
    tab: 'commitments',
    date: 'due',
    title: ['what'],
    owner: 'owner',
    status: null,
    closed: ['done'],
    done: 'done',
    leadDays: 3,
  }),
} as const;

export type DueSourceKey = keyof typeof DUE_SOURCES;
export const DUE_SOURCE_KEYS = Object.keys(DUE_SOURCES) as DueSourceKey[];

/** The two rules of every source: '<source>_due_soon' (manager, once) and '<source>_overdue' (manager, weekly). */
export type DueRuleKey = `${DueSourceKey}_due_soon` | `${DueSourceKey}_overdue`;
export const dueSoonRule = (k: DueSourceKey): DueRuleKey => `${k}_due_soon`;
export const dueOverdueRule = (k: DueSourceKey): DueRuleKey => `${k}_overdue`;

/** One dated row, as read (text cells trimmed, the status as its option key). */
export interface DueItem {
  readonly source: DueSourceKey;
  readonly account: string;
  /** 1-based sheet row on the source's tab, for the link. */
  readonly row: number;
  readonly due: CivilDate;
  readonly title: string;
  readonly owner: string;
  /** Option key of the status cell ('' when empty). */
  readonly status: string;
}

export interface DueVerdict {
  readonly rule: DueRuleKey;
  readonly days: number;
  readonly round: number;
  /** Sixth part of the notice key: the item by what it says, so sorting the tab changes nothing. */
  readonly item: string;
}

/** Whether and how an item is told today; null when it is closed, or not due within the lead days yet. */
export function dueVerdict(d: DueItem, today: CivilDate): DueVerdict | null {
  const s: DueSource = DUE_SOURCES[d.source];
  if (s.closed.includes(d.status)) return null;
  const item = hash53(`${d.source}|${d.title}`);
  const left = daysBetween(today, d.due);
  if (left < 0) return { rule: dueOverdueRule(d.source), days: -left, round: repeatRound(addDays(d.due, 1), today), item };
  if (left <= s.leadDays) return { rule: dueSoonRule(d.source), days: left, round: 0, item };
  return null;
}
