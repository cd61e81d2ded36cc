/**
 * The scheduler: from typed rows and today's civil date in the spreadsheet's
 * time zone, what each person should be told about each account. Pure and
 * linear in the rows: contacts and reviews are indexed by account once.
 */
import { accountKey } from '../../accounts';
import type { CivilDate } from '../../civilDate';
import { addDays, compareCivil, daysBetween } from '../../civilDate';
import type { RecordedReview } from '../../review/recorded';
import { contactStatus, insidePause, reviewStatus } from '../../reviewStatus';
import { repeatRound } from './noticeKey';
import { ruleOrder, ruleSpec } from './cadences';
import type { DueItem } from './dueItems';
import { DUE_SOURCES, dueVerdict } from './dueItems';
import type { LinkTab, Notice, NoticeLink, RuleKey, ScheduleAccount, ScheduleContact, ScheduleReview, ScheduleSettings } from './types';

export interface ScheduleInput {
  readonly accounts: readonly ScheduleAccount[];
  readonly reviews: readonly ScheduleReview[];
  readonly contacts: readonly ScheduleContact[];
  readonly settings: ScheduleSettings;
  /** Today in the spreadsheet's time zone. */
  readonly today: CivilDate;
  /** Reviews recorded with a snapshot (the supervisor hears of each once, with what changed). */
  readonly recorded?: readonly RecordedReview[];
  /** Dated items of every due source (relationship-plan steps …): core/reminders/notices/dueItems.ts. */
  readonly dueItems?: readonly DueItem[];
  /**
   * First free row of a tab, where one adds a row: a review to record, a contact to log. Items whose action is a
   * new row link there; without it they link to the account's row.
   */
  readonly nextRow?: Partial<Record<LinkTab, number>>;
}

/** A recorded review is news for this many days; its digest item is sent once within them (the ledger). */
export const RECORDED_NEWS_DAYS = 14;

/** What the scheduler knows about one account today (also shown in previews and tests). */
export interface AccountState {
  readonly lastReview: CivilDate | null;
  readonly reviewDue: CivilDate | null;
  readonly lastPositive: CivilDate | null;
  readonly positiveDue: CivilDate | null;
  /** End of the pause after the last negative contact (first day contact is fine again), if still active. */
  readonly pauseEnd: CivilDate | null;
  /** Contacts logged inside a recent pause. */
  readonly breaches: readonly ScheduleContact[];
  /** Sheet row of the negative contact that started the running pause. */
  readonly pauseRow: number | null;
}

/** Rows per account key (core/accounts.ts: "acme " belongs to ACME); rows naming no account are left out. */
function byAccount<T extends { readonly account: string }>(rows: readonly T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    const key = accountKey(r.account);
    if (key === null) continue;
    const list = m.get(key);
    if (list) list.push(r);
    else m.set(key, [r]);
  }
  return m;
}

// A date after today is a typo the validator reports; it must not silence a reminder.
const groupBy = <T extends { readonly account: string; readonly date: CivilDate }>(
  rows: readonly T[],
  today: CivilDate,
): Map<string, T[]> => byAccount(rows.filter((r) => compareCivil(r.date, today) <= 0));

export function accountState(
  account: ScheduleAccount,
  reviews: readonly ScheduleReview[],
  contacts: readonly ScheduleContact[],
  s: ScheduleSettings,
  today: CivilDate,
): AccountState {
  const { lastReview, reviewDue } = reviewStatus(
    account.lastReview,
    reviews.map((r) => r.date),
    s.reviewIntervalMonths,
    today,
  );
  const { lastPositive, lastNegative, positiveDue, pauseEnd } = contactStatus(contacts, s.positiveContactDays, s.negativePauseDays, today);

  // Breaches: any contact strictly inside a pause window (n, n + pause), recent enough to still matter.
  const breaches: ScheduleContact[] = [];
  if (s.negativePauseDays > 0) {
    const negatives = contacts.filter((c) => c.outcome === 'negative').map((c) => c.date);
    const oldest = addDays(today, -s.negativePauseDays);
    for (const c of contacts) {
      if (compareCivil(c.date, oldest) < 0) continue;
      if (negatives.some((n) => insidePause(n, c.date, s.negativePauseDays))) breaches.push(c);
    }
  }
  const started = pauseEnd === null ? undefined : contacts.find((c) => c.outcome === 'negative' && c.date === lastNegative);
  return { lastReview, reviewDue, lastPositive, positiveDue, pauseEnd, breaches, pauseRow: started?.row ?? null };
}

export function deriveNotices(input: ScheduleInput): Notice[] {
  const { settings: s, today } = input;
  const reviewsBy = groupBy(input.reviews, today);
  const contactsBy = groupBy(input.contacts, today);
  const recordedBy = groupBy(input.recorded ?? [], today);
  const dueBy = byAccount(input.dueItems ?? []);
  const out: Notice[] = [];
  for (const a of input.accounts) {
    if (a.status === 'closed' || (a.managerEmail === '' && a.managerUnusable === undefined)) continue;
    const key = accountKey(a.id) ?? '';
    const reviews = reviewsBy.get(key) ?? [];
    const st = accountState(a, reviews, contactsBy.get(key) ?? [], s, today);
    out.push(...accountNotices(a, st, s, today, input.nextRow ?? {}));
    for (const r of recordedBy.get(key) ?? []) {
      const n = recordedNotice(a, r, today, reviews);
      if (n) out.push(n);
    }
    for (const d of dueBy.get(key) ?? []) {
      const n = dueNotice(a, d, today);
      if (n) out.push(n);
    }
  }
  return out.sort(
    (x, y) =>
      x.recipient.localeCompare(y.recipient) ||
      ruleOrder(x.rule) - ruleOrder(y.rule) ||
      y.days - x.days ||
      x.account.localeCompare(y.account),
  );
}

/** The manager's address (or the unusable cell's text) and the supervisor's, as notices carry them. */
function people(a: ScheduleAccount): { manager: string; supervisor: string; unusable: boolean } {
  const unusable = a.managerUnusable !== undefined;
  return {
    manager: unusable ? (a.managerUnusable ?? '').trim() : a.managerEmail.trim().toLowerCase(),
    supervisor: a.supervisorEmail.trim().toLowerCase(),
    unusable,
  };
}

function accountNotices(
  a: ScheduleAccount,
  st: AccountState,
  s: ScheduleSettings,
  today: CivilDate,
  nextRow: Partial<Record<LinkTab, number>>,
): Notice[] {
  const out: Notice[] = [];
  // An unusable manager cell: the manager's items have no recipient, the supervisor is told (below).
  const { manager, supervisor, unusable } = people(a);
  const accountRow: NoticeLink = { tab: 'accounts', row: a.row };
  // Where one acts: a review is recorded and a contact logged on a new row of their tab.
  const newRow = (tab: LinkTab): NoticeLink => {
    const row = nextRow[tab];
    return row === undefined ? accountRow : { tab, row };
  };
  const add = (rule: RuleKey, due: CivilDate | 'never', days: number, round: number, link: NoticeLink = accountRow) =>
    out.push({
      account: a.id,
      accountName: a.name,
      rule,
      due,
      recipient: ruleSpec(rule).role === 'supervisor' ? supervisor : unusable ? '' : manager,
      role: ruleSpec(rule).role,
      link,
      days,
      round,
      manager,
      supervisor,
    });

  if (unusable && supervisor !== '') add('manager_unusable', 'never', 0, 0);
  const reviews = newRow('reviews');
  if (st.reviewDue === null) add('review_missing', 'never', 0, 0, reviews);
  else {
    const left = daysBetween(today, st.reviewDue);
    if (left >= 0 && left <= s.reviewLeadDays) add('review_due_soon', st.reviewDue, left, 0, reviews);
    if (left < 0) {
      const overdue = -left;
      add('review_overdue', st.reviewDue, overdue, repeatRound(addDays(st.reviewDue, 1), today), reviews);
      // The supervisor hears of it once it is overdue by more than the grace; not when they are the manager.
      if (overdue > s.escalationGraceDays && supervisor !== '' && supervisor !== manager)
        add('review_escalation', st.reviewDue, overdue, repeatRound(addDays(st.reviewDue, s.escalationGraceDays + 1), today));
    }
  }

  const contacts = newRow('contacts');
  if (st.pauseEnd !== null)
    add(
      'negative_pause',
      st.pauseEnd,
      daysBetween(today, st.pauseEnd),
      0,
      st.pauseRow === null ? contacts : { tab: 'contacts', row: st.pauseRow },
    );
  else if (st.positiveDue === null) add('positive_contact_overdue', 'never', 0, 0, contacts);
  else if (compareCivil(today, st.positiveDue) > 0)
    add(
      'positive_contact_overdue',
      st.positiveDue,
      daysBetween(st.positiveDue, today),
      repeatRound(addDays(st.positiveDue, 1), today),
      contacts,
    );

  const seen = new Set<string>();
  for (const b of st.breaches) {
    if (seen.has(b.date)) continue; // one flag per day and account
    seen.add(b.date);
    add('pause_breach', b.date, daysBetween(b.date, today), 0, { tab: 'contacts', row: b.row });
  }
  return out;
}

/** The supervisor hears of a review once, with what changed; not when they manage the account themselves. */
function recordedNotice(a: ScheduleAccount, r: RecordedReview, today: CivilDate, reviews: readonly ScheduleReview[]): Notice | null {
  const supervisor = a.supervisorEmail.trim().toLowerCase();
  const manager = (a.managerUnusable ?? a.managerEmail).trim().toLowerCase();
  if (supervisor === '' || supervisor === manager || daysBetween(r.date, today) > RECORDED_NEWS_DAYS) return null;
  // The review's own row on the Reviews tab, where its summary and agreed steps are.
  const row = reviews.find((x) => x.date === r.date && x.row !== undefined)?.row;
  return {
    account: a.id,
    accountName: a.name,
    rule: 'review_recorded',
    due: r.date,
    recipient: supervisor,
    role: 'supervisor',
    link: row === undefined ? { tab: 'accounts', row: a.row } : { tab: 'reviews', row },
    days: 0,
    round: 0,
    manager,
    supervisor,
    review: r,
  };
}

/** A due item (a plan step) to the account's manager; nobody when the manager cell is unusable (the supervisor hears of that). */
function dueNotice(a: ScheduleAccount, d: DueItem, today: CivilDate): Notice | null {
  const v = dueVerdict(d, today);
  const { manager, supervisor, unusable } = people(a);
  if (v === null || unusable) return null;
  return {
    account: a.id,
    accountName: a.name,
    rule: v.rule,
    due: d.due,
    recipient: manager,
    role: ruleSpec(v.rule).role,
    link: { tab: DUE_SOURCES[d.source].tab, row: d.row },
    days: v.days,
    round: v.round,
    manager,
    supervisor,
    title: d.title,
    owner: d.owner,
    item: v.item,
  };
}
