/**
 * The meeting brief: one page built from the dossier before meeting a
 * client (DOMAIN.md: coming unprepared is the typical failure). Pure: it
 * takes rows already read and dates already made civil.
 */
import type { CivilDate } from './civilDate';
import { compareCivil, isCivilDate } from './civilDate';
import { CONTACT_OUTCOMES, DMU_ROLES, optionKey, PLAN_STATUSES } from './domain';
import { contactStatus, reviewStatus } from './reviewStatus';

/** A data row as column key → cell value (dates as CivilDate strings). */
export type Row = Readonly<Record<string, string | number | boolean | null>>;

export interface BriefInput {
  readonly accountId: string;
  readonly today: CivilDate;
  readonly negativePauseDays: number;
  readonly positiveContactDays: number;
  readonly reviewIntervalMonths: number;
  readonly accounts: readonly Row[];
  readonly decisionGroup: readonly Row[];
  readonly competitors: readonly Row[];
  readonly contacts: readonly Row[];
  readonly plan: readonly Row[];
  readonly reviews: readonly Row[];
}

export interface Brief {
  readonly accountIds: readonly string[];
  readonly account: Row | null;
  readonly decisionGroup: readonly Row[];
  readonly competitors: readonly Row[];
  readonly recentContacts: readonly Row[];
  readonly openPlan: readonly Row[];
  /** Last day of the pause after a negative contact, when one is running. */
  readonly pauseUntil: CivilDate | null;
  readonly reviewOverdueDays: number | null;
  /** Review status by the core rule (Accounts "last review" or the latest Reviews row). */
  readonly lastReview: CivilDate | null;
  readonly reviewDue: CivilDate | null;
  readonly lastPositive: CivilDate | null;
  /** Whether the decision group names a decision maker: meeting without knowing who decides is the classic miss. */
  readonly hasDecisionMaker: boolean;
}

const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

export function buildBrief(input: BriefInput): Brief {
  const accountIds = input.accounts.map((a) => str(a['account_id'])).filter((s) => s !== '');
  const id = input.accountId || accountIds[0] || '';
  const mine = (rows: readonly Row[]): Row[] => rows.filter((r) => str(r['account']) === id);
  const account = input.accounts.find((a) => str(a['account_id']) === id) ?? null;
  const contacts = mine(input.contacts)
    .filter((c) => typeof c['date'] === 'string' && c['date'] !== '')
    .sort((a, b) => compareCivil(str(b['date']), str(a['date'])));
  const civil = (v: unknown): CivilDate | null => (isCivilDate(v) ? v : null);
  const dated = (rows: readonly Row[]): CivilDate[] => rows.map((r) => civil(r['date'])).filter((d): d is CivilDate => d !== null);
  const review = reviewStatus(
    account ? civil(account['last_review']) : null,
    dated(mine(input.reviews)),
    input.reviewIntervalMonths,
    input.today,
  );
  const contact = contactStatus(
    contacts.flatMap((c) => {
      const date = civil(c['date']);
      return date ? [{ date, outcome: optionKey(CONTACT_OUTCOMES, c['outcome']) ?? null }] : [];
    }),
    input.positiveContactDays,
    input.negativePauseDays,
    input.today,
  );
  const pauseUntil = contact.pauseEnd;
  const overdue = review.overdueDays;
  const closed = (r: Row): boolean => ['done', 'dropped'].includes(optionKey(PLAN_STATUSES, r['status']) ?? '');
  const decisionGroup = mine(input.decisionGroup);
  return {
    accountIds,
    account,
    decisionGroup,
    competitors: mine(input.competitors),
    recentContacts: contacts.slice(0, 5),
    openPlan: mine(input.plan).filter((r) => !closed(r)),
    pauseUntil,
    reviewOverdueDays: overdue !== null && overdue > 0 ? overdue : null,
    lastReview: review.lastReview,
    reviewDue: review.reviewDue,
    lastPositive: contact.lastPositive,
    hasDecisionMaker: decisionGroup.some((r) => optionKey(DMU_ROLES, r['role']) === 'decision_maker'),
  };
}
