/**
 * Due items: rows of a tab that carry a due date and something that closes them (a promise's "done on" date).
 * Each open item is told to the account's manager once when it falls due within the source's lead days, and
 * weekly once it is overdue, like the other overdue notices. A tab of dated items joins as one more
 * DUE_SOURCES entry plus its rule key in cadences.ts and its texts: the reader (app/reminders) and this rule
 * take every source from this table.
 */
import type { CivilDate } from '../../civilDate';
import { addDays, daysBetween } from '../../civilDate';
import type { ColumnKey } from '../../schema/tabs';
import type { Settings } from '../../settingsValues';
import { hash53 } from '../../review/hash';
import { repeatRound } from './noticeKey';
import type { LinkTab, RuleKey } from './types';

export interface DueSource<T extends LinkTab = LinkTab> {
  readonly tab: T;
  readonly date: ColumnKey<T>;
  /** The column that names the item in the digest. */
  readonly title: ColumnKey<T>;
  /** A date column that closes the item once filled (a kept promise). */
  readonly doneDate: ColumnKey<T>;
  /** Told when the due date is at most this many days ahead (a Settings value). */
  readonly leadDays: (s: Settings) => number;
  readonly soon: RuleKey;
  readonly overdue: RuleKey;
}

const source = <T extends LinkTab>(s: DueSource<T>): DueSource<T> => s;

export const DUE_SOURCES = {
  commitments: source({
    tab: 'commitments',
    date: 'due',
    title: 'what',
    doneDate: 'done',
    leadDays: (s) => s.commitment_lead_days,
    soon: 'commitment_due',
    overdue: 'commitment_overdue',
  }),
} as const;

export type DueSourceKey = keyof typeof DUE_SOURCES;
export const DUE_SOURCE_KEYS = Object.keys(DUE_SOURCES) as DueSourceKey[];

/** One dated row, as read. */
export interface DueItem {
  readonly source: DueSourceKey;
  readonly account: string;
  /** 1-based sheet row on the source's tab, for the link. */
  readonly row: number;
  readonly due: CivilDate;
  readonly title: string;
  readonly done: boolean;
}

export interface DueVerdict {
  readonly rule: RuleKey;
  /** Days left (not yet due) or days overdue. */
  readonly days: number;
  readonly round: number;
  /** Sixth part of the notice key: the item by what it says, so two promises due the same day are two notices. */
  readonly item: string;
}

/** Whether and how an item is told today; null when it is done, or not due within the lead days yet. */
export function dueVerdict(d: DueItem, today: CivilDate, settings: Settings): DueVerdict | null {
  const s: DueSource = DUE_SOURCES[d.source];
  if (d.done) return null;
  const item = hash53(`${d.source}|${d.title}`);
  const left = daysBetween(today, d.due);
  if (left < 0) return { rule: s.overdue, days: -left, round: repeatRound(addDays(d.due, 1), today), item };
  if (left <= s.leadDays(settings)) return { rule: s.soon, days: left, round: 0, item };
  return null;
}
