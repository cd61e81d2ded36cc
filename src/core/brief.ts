/**
 * The meeting brief: one page built from the dossier before meeting a
 * client (DOMAIN.md: coming unprepared is the typical failure). Pure: it
 * takes rows already read and dates already made civil.
 */
import { accountKey, sameAccount } from './accounts';
import type { CivilDate } from './civilDate';
import { compareCivil, daysBetween } from './civilDate';
import { runningPauseEnd } from './contactPause';
import { CONTACT_OUTCOMES, DMU_ROLES, optionKey, PLAN_STATUSES } from './domain';

/** A data row as column key → cell value (dates as CivilDate strings). */
export type Row = Readonly<Record<string, string | number | boolean | null>>;

export interface BriefInput {
  readonly accountId: string;
  readonly today: CivilDate;
  readonly negativePauseDays: number;
  readonly accounts: readonly Row[];
  readonly decisionGroup: readonly Row[];
  readonly competitors: readonly Row[];
  readonly contacts: readonly Row[];
  readonly plan: readonly Row[];
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
  /** Whether the decision group names a decision maker: meeting without knowing who decides is the classic miss. */
  readonly hasDecisionMaker: boolean;
}

const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

export function buildBrief(input: BriefInput): Brief {
  const accountIds = input.accounts.map((a) => str(a['account_id'])).filter((s) => s !== '');
  const id = accountKey(input.accountId) !== null ? input.accountId : accountIds[0] || '';
  // The same match as validation and reminders (core/accounts.ts): "acme " in Contacts belongs to ACME.
  const mine = (rows: readonly Row[]): Row[] => rows.filter((r) => sameAccount(r['account'], id));
  const account = input.accounts.find((a) => sameAccount(a['account_id'], id)) ?? null;
  const contacts = mine(input.contacts)
    .filter((c) => typeof c['date'] === 'string' && c['date'] !== '')
    .sort((a, b) => compareCivil(str(b['date']), str(a['date'])));
  const lastNegative = contacts.find((c) => optionKey(CONTACT_OUTCOMES, c['outcome']) === 'negative');
  const pauseUntil = runningPauseEnd(lastNegative ? str(lastNegative['date']) : null, input.negativePauseDays, input.today);
  const due = account ? str(account['next_review_due']) : '';
  const overdue = /^\d{4}-\d{2}-\d{2}$/.test(due) ? daysBetween(due, input.today) : null;
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
    hasDecisionMaker: decisionGroup.some((r) => optionKey(DMU_ROLES, r['role']) === 'decision_maker'),
  };
}
