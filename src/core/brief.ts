/**
 * The meeting brief: one page built from the dossier before meeting a
 * client (DOMAIN.md: coming unprepared is the typical failure). Pure: it
 * takes rows already read and dates already made civil.
 */
import { accountKey, sameAccount } from './accounts';
import type { CivilDate } from './civilDate';
import { compareCivil, isCivilDate } from './civilDate';
import { CONTACT_OUTCOMES, DMU_ROLES, optionKey, PLAN_STATUSES } from './domain';
import type { RiskBandKey, RiskThresholds } from './risk/bands';
import { bandOf } from './risk/bands';
import type { Palette } from './risk/palette';
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
  /** General info rows: what the client does. */
  readonly general?: readonly Row[];
  /** Settings thresholds and colours, for the account's band and its colour. */
  readonly thresholds?: RiskThresholds;
  readonly palette?: Palette;
}

/** The account's concentration band by the core rule (share against the thresholds) and its Settings colour. */
export interface BriefBand {
  readonly key: RiskBandKey;
  readonly share: number;
  /** Null for 'below': the sheet leaves those cells uncoloured too. */
  readonly background: string | null;
  readonly font: string | null;
}

export interface Brief {
  readonly accountIds: readonly string[];
  /** Code and name of every account, for a picker that shows names beside codes. */
  readonly accountNames: readonly { readonly id: string; readonly name: string }[];
  readonly account: Row | null;
  /** The account's General info row (description, headcount …), when there is one. */
  readonly general: Row | null;
  readonly band: BriefBand | null;
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
  const named = input.accounts.filter((a) => str(a['account_id']).trim() !== '');
  const accountIds = named.map((a) => str(a['account_id']));
  const accountNames = named.map((a) => ({ id: str(a['account_id']), name: str(a['name']) }));
  const id = accountKey(input.accountId) !== null ? input.accountId : accountIds[0] || '';
  // The same match as validation and reminders (core/accounts.ts): "acme " in Contacts belongs to ACME.
  const mine = (rows: readonly Row[]): Row[] => rows.filter((r) => sameAccount(r['account'], id));
  const account = input.accounts.find((a) => sameAccount(a['account_id'], id)) ?? null;
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
  const share = account?.['revenue_share'];
  let band: BriefBand | null = null;
  if (typeof share === 'number' && Number.isFinite(share) && input.thresholds) {
    const key = bandOf(share, input.thresholds);
    const swatch = key === 'below' ? null : (input.palette?.[key] ?? null);
    band = { key, share, background: swatch?.background ?? null, font: swatch?.font ?? null };
  }
  return {
    accountIds,
    accountNames,
    account,
    // The first General info row of the account that says something.
    general: mine(input.general ?? []).find((r) => Object.entries(r).some(([k, v]) => k !== 'account' && str(v).trim() !== '')) ?? null,
    band,
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
