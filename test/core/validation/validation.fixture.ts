/**
 * A small dossier that breaks no rule (today 2026-03-10, Settings defaults), written as a user types it:
 * dropdown labels, dates as text. Tests derive bad variants from it one change at a time.
 */
import type { TabKey } from '../../../src/core/schema/types';

export const TODAY = '2026-03-10';

export type Fixture = Partial<Record<TabKey, Record<string, unknown>[]>>;

export function goodDossier(): Fixture {
  return {
    accounts: [
      {
        account_id: 'ACME',
        name: 'Acme Ltd',
        key_type: 'Revenue',
        manager_email: 'kam@ours.com',
        supervisor_email: 'boss@ours.com',
        executive_sponsor: 'Eva Chief',
        annual_revenue: 120000,
        category_budget: 500000,
        opportunity_next_year: 200000,
        opportunity_3_5_years: 300000,
        last_review: '2026-02-01',
        status: 'Active',
      },
      {
        account_id: 'BETA',
        name: 'Beta AB',
        key_type: 'Image / reference',
        manager_email: 'kam@ours.com',
        supervisor_email: 'boss@ours.com',
        status: 'Closed',
      },
    ],
    general: [{ account: 'ACME', description: 'Makes anvils', headcount: 250 }],
    ourView: [{ account: 'ACME', tenders_entered: 3, tenders_won: 2, tenders_lost: 1 }],
    decisionGroup: [
      {
        account: 'ACME',
        person: 'Ann Boss',
        role: 'Decision maker',
        attitude: 'Neutral',
        influence: 'High',
        attitude_assessed: '2026-02-01',
      },
      { account: 'ACME', person: 'Bob Fan', role: 'Supporter', attitude: 'Positive', influence: 'High', attitude_assessed: '2026-02-01' },
      { account: 'ACME', person: 'Carl Foe', role: 'Opponent', attitude: 'Negative', influence: 'Medium', attitude_assessed: '2026-02-01' },
    ],
    competitors: [
      { account: 'ACME', competitor: 'Rival Inc', kind: 'Direct competitor', threat: 'Medium', checked_on: '2026-01-15' },
      { account: 'ACME', competitor: 'Status quo', kind: 'Client inertia', threat: 'High' },
    ],
    contacts: [
      { account: 'ACME', date: '2026-02-01', person: 'Ann Boss', channel: 'Meeting', outcome: 'Negative' },
      { account: 'ACME', date: '2026-02-15', person: 'Bob Fan', channel: 'Call', outcome: 'Positive' },
    ],
    plan: [{ account: 'ACME', approach: 'Personal trust', method: 'Keep every promise', cost: 1000, status: 'Planned', due: '2026-06-01' }],
    reviews: [{ account: 'ACME', date: '2026-02-01', reviewer: 'boss@ours.com', summary: 'On track' }],
  };
}

export function withRow(f: Fixture, tab: TabKey, index: number, change: Record<string, unknown>): Fixture {
  const rows = [...(f[tab] ?? [])];
  rows[index] = { ...rows[index], ...change };
  return { ...f, [tab]: rows };
}

export function withExtra(f: Fixture, tab: TabKey, ...extra: Record<string, unknown>[]): Fixture {
  return { ...f, [tab]: [...(f[tab] ?? []), ...extra] };
}

/**
 * One case per rule: how to break the good dossier, and where the problem must show
 * (tab, 0-based fixture row, column, severity).
 */
export interface RuleCase {
  readonly code: string;
  /** Settings the case needs beyond the defaults (a company revenue for shares). */
  readonly settings?: Readonly<Record<string, unknown>>;
  readonly breakIt: (f: Fixture) => Fixture;
  readonly at: readonly [TabKey, number, string];
  readonly severity: 'error' | 'warning';
}

export const RULE_CASES: readonly RuleCase[] = [
  { code: 'futureDate', breakIt: (f) => withRow(f, 'contacts', 1, { date: '2026-03-11' }), at: ['contacts', 1, 'date'], severity: 'error' },
  { code: 'futureDate', breakIt: (f) => withRow(f, 'reviews', 0, { date: '2026-04-01' }), at: ['reviews', 0, 'date'], severity: 'error' },
  {
    code: 'futureDate',
    breakIt: (f) => withRow(f, 'accounts', 0, { last_review: '2026-03-20' }),
    at: ['accounts', 0, 'last_review'],
    severity: 'error',
  },
  {
    code: 'futureDate',
    breakIt: (f) => withRow(f, 'decisionGroup', 0, { attitude_assessed: '2027-01-01' }),
    at: ['decisionGroup', 0, 'attitude_assessed'],
    severity: 'error',
  },
  {
    // next_review_due is the sheet's formula; this is what a typed-over formula cell looks like.
    code: 'reviewOrder',
    breakIt: (f) => withRow(f, 'accounts', 0, { next_review_due: '2026-01-01' }),
    at: ['accounts', 0, 'next_review_due'],
    severity: 'error',
  },
  {
    code: 'opportunityOverBudget',
    breakIt: (f) => withRow(f, 'accounts', 0, { opportunity_next_year: 600000, opportunity_3_5_years: 700000 }),
    at: ['accounts', 0, 'opportunity_next_year'],
    severity: 'error',
  },
  {
    code: 'opportunityShrinks',
    breakIt: (f) => withRow(f, 'accounts', 0, { opportunity_3_5_years: 100000 }),
    at: ['accounts', 0, 'opportunity_3_5_years'],
    severity: 'error',
  },
  { code: 'unknownAccount', breakIt: (f) => withRow(f, 'plan', 0, { account: 'ACMEE' }), at: ['plan', 0, 'account'], severity: 'error' },
  {
    code: 'duplicate',
    breakIt: (f) => withRow(f, 'accounts', 1, { account_id: 'acme' }),
    at: ['accounts', 1, 'account_id'],
    severity: 'error',
  },
  { code: 'duplicate', breakIt: (f) => withRow(f, 'accounts', 1, { name: 'ACME LTD' }), at: ['accounts', 1, 'name'], severity: 'error' },
  {
    code: 'managerOverLimit',
    breakIt: (f) =>
      withExtra(
        f,
        'accounts',
        // Workload counts revenue key clients that are not closed (core/workload.ts): three more is four.
        ...['C1', 'C2', 'C3'].map((id) => ({
          account_id: id,
          name: `Client ${id}`,
          key_type: 'Revenue',
          manager_email: 'KAM@ours.com',
          supervisor_email: 'boss@ours.com',
          executive_sponsor: 'Eva Chief',
          status: 'Dormant',
        })),
      ),
    at: ['accounts', 4, 'manager_email'],
    severity: 'warning',
  },
  {
    code: 'noDecisionMaker',
    breakIt: (f) => withRow(f, 'decisionGroup', 0, { role: 'Economic specialist' }),
    at: ['decisionGroup', 0, 'role'],
    severity: 'warning',
  },
  {
    code: 'opponentUncovered',
    breakIt: (f) => withRow(f, 'decisionGroup', 1, { influence: 'Low' }),
    at: ['decisionGroup', 2, 'influence'],
    severity: 'warning',
  },
  {
    code: 'onlyGatekeeper',
    breakIt: (f) => ({
      ...f,
      decisionGroup: [{ account: 'ACME', person: 'Gate Keeper', role: 'Gatekeeper', attitude: 'Neutral', influence: 'Low' }],
    }),
    at: ['decisionGroup', 0, 'role'],
    severity: 'warning',
  },
  {
    code: 'singleThreaded',
    breakIt: (f) => ({ ...f, decisionGroup: (f.decisionGroup ?? []).slice(0, 2) }),
    at: ['decisionGroup', 0, 'role'],
    severity: 'warning',
  },
  {
    code: 'noIndirectCompetitor',
    breakIt: (f) => withRow(f, 'competitors', 1, { kind: 'Claimant on the same budget' }),
    at: ['competitors', 0, 'kind'],
    severity: 'warning',
  },
  {
    code: 'contactInPause',
    breakIt: (f) => withRow(f, 'contacts', 1, { date: '2026-02-10' }),
    at: ['contacts', 1, 'date'],
    severity: 'warning',
  },
  {
    code: 'attitudeStale',
    breakIt: (f) => withRow(f, 'decisionGroup', 2, { attitude_assessed: '2025-12-09' }),
    at: ['decisionGroup', 2, 'attitude_assessed'],
    severity: 'warning',
  },
  // Issue 14's depth checks (core/validation/depth.ts, rowRules.ts); severities from Settings default to warning.
  {
    code: 'lowShareRevenue',
    settings: { company_revenue: 2_000_000 }, // 120 000 is 6 %
    breakIt: (f) => f,
    at: ['accounts', 0, 'revenue_share'],
    severity: 'warning',
  },
  {
    code: 'prospectNoBudget',
    breakIt: (f) => withRow(f, 'accounts', 0, { key_type: 'Prospective', category_budget: '' }),
    at: ['accounts', 0, 'category_budget'],
    severity: 'warning',
  },
  {
    code: 'noSponsor',
    breakIt: (f) => withRow(f, 'accounts', 0, { executive_sponsor: '' }),
    at: ['accounts', 0, 'executive_sponsor'],
    severity: 'warning',
  },
  {
    code: 'negativeDecider',
    breakIt: (f) => withRow(withRow(f, 'decisionGroup', 0, { attitude: 'Negative' }), 'decisionGroup', 1, { influence: 'Medium' }),
    at: ['decisionGroup', 0, 'attitude'],
    severity: 'warning',
  },
  {
    code: 'contactsTooOften',
    // Five contacts in ten days against a maximum of four per positive-contact interval.
    breakIt: (f) =>
      withExtra(
        f,
        'contacts',
        ...['2026-02-20', '2026-02-21', '2026-02-23', '2026-02-25', '2026-02-27'].map((date) => ({
          account: 'ACME',
          date,
          person: 'Bob Fan',
          channel: 'Call',
          outcome: 'Neutral',
        })),
      ),
    at: ['contacts', 6, 'date'],
    severity: 'warning',
  },
  {
    code: 'competitorStale',
    breakIt: (f) => withRow(f, 'competitors', 0, { checked_on: '2025-08-01' }),
    at: ['competitors', 0, 'checked_on'],
    severity: 'warning',
  },
  {
    code: 'methodNotOfApproach',
    breakIt: (f) => withRow(f, 'plan', 0, { method: 'Free demonstration' }),
    at: ['plan', 0, 'method'],
    severity: 'warning',
  },
];
