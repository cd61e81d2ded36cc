/** Dossier rows as the sheet shows them (dropdown labels in either language), for the review core's tests. */
import type { Row } from '../../../src/core/brief';
import type { CivilDate } from '../../../src/core/civilDate';
import { addDays } from '../../../src/core/civilDate';
import {
  ATTITUDES,
  COMPETITOR_KINDS,
  CONTACT_CHANNELS,
  CONTACT_OUTCOMES,
  DMU_ROLES,
  LEVELS,
  PLAN_STATUSES,
  APPROACHES,
} from '../../../src/core/domain';
import type { SnapshotInput } from '../../../src/core/review/snapshot';

export const ACCOUNT = 'ACME';
export const FIRST_REVIEW = '2026-08-14';
export const SECOND_REVIEW = '2026-11-14';

export interface Dossier {
  accounts: Row[];
  general: Row[];
  ourView: Row[];
  decisionGroup: Row[];
  competitors: Row[];
  contacts: Row[];
  plan: Row[];
}

export const input = (d: Dossier, date: CivilDate, since: CivilDate | null): SnapshotInput => ({ accountId: ACCOUNT, date, since, ...d });

export const accountRow = (over: Row = {}): Row => ({
  account_id: ACCOUNT,
  name: 'Acme Ltd',
  key_type: 'Revenue',
  manager_email: 'kam@example.com',
  supervisor_email: 'head@example.com',
  executive_sponsor: 'Ann Boss',
  annual_revenue: 1_800_000,
  revenue_share: 0.18,
  risk_band: 'Key',
  category_budget: 5_000_000,
  opportunity_next_year: 2_500_000,
  opportunity_3_5_years: 4_000_000,
  last_review: FIRST_REVIEW,
  next_review_due: '2026-11-14',
  status: 'Active',
  ...over,
});

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

/** A full dossier: `people` people, `competitors` competitors, `contacts` contacts in the 90 days before `date`. */
export function bigDossier(people: number, competitors: number, contacts: number, date: CivilDate = SECOND_REVIEW): Dossier {
  return {
    accounts: [accountRow(), { account_id: 'OTHER', name: 'Other', key_type: 'Image', status: 'Active' }],
    general: [
      {
        account: ACCOUNT,
        description: 'Regional food retailer with 120 stores in the Baltics and a growing online channel. '.repeat(4),
        history: 'Founded in 1994 as a single store; bought two regional chains in 2008 and 2015.',
        headcount: 4200,
        structure: 'Retail, logistics, e-commerce, procurement; subsidiaries in Latvia and Estonia.',
        environment: 'Competes with two national chains; key suppliers are dairy and bakery producers.',
        mission: 'Fresh local food at fair prices.',
        trends: 'Online grocery growing 20 % a year; pressure on margins.',
        culture: 'Consensus-driven; procurement committee meets monthly.',
        financials: 'Revenue 410 M EUR, EBITDA 6 %.',
      },
    ],
    ourView: [
      {
        account: ACCOUNT,
        supply_history: 'Cold-chain equipment since 2019; service contract since 2021.',
        tenders_entered: 6,
        tenders_won: 3,
        tenders_lost: 3,
        our_team: 'KAM, service engineer, logistics coordinator.',
        previous_suppliers: 'Frigo AB until 2019.',
        decision_process: 'Procurement committee; CFO signs above 100k.',
        relationship_now: 'Good at operations level, thin at board level.',
        relationship_ahead: 'Board sponsor by Q2 next year.',
      },
    ],
    decisionGroup: Array.from({ length: people }, (_, i) => ({
      account: ACCOUNT,
      person: `Person Number ${i + 1} Surname-Longer`,
      position: pick(['Chief Procurement Officer', 'Head of Stores', 'CFO', 'IT Director'], i),
      role: pick(DMU_ROLES, i).label.en,
      attitude: pick(ATTITUDES, i).label.ru,
      influence: pick(LEVELS, i).label.en,
      contact: `person${i + 1}@client.example.com`,
      attitude_assessed: addDays(date, -(i % 80)),
    })),
    competitors: Array.from({ length: competitors }, (_, i) => ({
      account: ACCOUNT,
      competitor: `Competitor ${i + 1} Holding`,
      kind: pick(COMPETITOR_KINDS, i).label.en,
      strengths: 'Lower price on standard units; local service team.',
      weaknesses: 'Slow spare parts; no remote monitoring; weak references in food retail.',
      threat: pick(LEVELS, i).label.en,
    })),
    contacts: Array.from({ length: contacts }, (_, i) => ({
      account: ACCOUNT,
      date: addDays(date, -(i % 90)),
      person: `Person Number ${(i % Math.max(people, 1)) + 1} Surname-Longer`,
      channel: pick(CONTACT_CHANNELS, i).label.en,
      outcome: pick(CONTACT_OUTCOMES, i).label.en,
      summary: 'Discussed the service contract renewal and the pilot in two stores. '.repeat(3),
      next_step: 'Send the pilot proposal by Friday.',
    })),
    plan: Array.from({ length: 12 }, (_, i) => ({
      account: ACCOUNT,
      approach: pick(APPROACHES, i).label.en,
      method: `Action ${i + 1}: quarterly service review with the stores team`,
      cost: 1000 * (i + 1),
      benefit: 'Keeps the renewal on track.',
      client_value: pick(LEVELS, i).label.en,
      owner: 'KAM',
      due: addDays(date, 30 + i),
      status: pick(PLAN_STATUSES, i).label.en,
    })),
  };
}

/** An account far beyond any real one: the size policy must still fit it into MAX_CHUNKS cells. */
export function hugeDossier(): Dossier {
  const d = bigDossier(0, 0, 0);
  const quotes = '"\\'.repeat(50); // 100 characters that JSON doubles
  const emoji = '😀'.repeat(40); // 80 UTF-16 units: surrogate pairs a careless cut would split
  d.decisionGroup = Array.from({ length: 400 }, (_, i) => ({
    account: ACCOUNT,
    person: `${emoji}${i}${'x'.repeat(i % 7 === 0 ? 50_000 : 10)}`,
    position: quotes,
    role: 'User',
    attitude: 'Neutral',
    influence: 'Low',
    contact: `${emoji}${i}`,
    attitude_assessed: '2026-10-01',
  }));
  d.competitors = Array.from({ length: 200 }, (_, i) => ({
    account: ACCOUNT,
    competitor: `${quotes}${i}`,
    kind: 'Direct competitor',
    strengths: quotes,
    weaknesses: emoji,
    threat: 'High',
  }));
  d.plan = Array.from({ length: 400 }, (_, i) => ({
    account: ACCOUNT,
    approach: 'Personal trust',
    method: `${emoji} ${i}`,
    benefit: quotes,
    owner: quotes,
    due: '2027-01-01',
    status: 'Planned',
  }));
  d.contacts = Array.from({ length: 2000 }, (_, i) => ({
    account: ACCOUNT,
    date: addDays(SECOND_REVIEW, -(i % 90)),
    person: `${quotes}${i}`,
    channel: 'Call',
    outcome: pick(CONTACT_OUTCOMES, i).label.en,
  }));
  return d;
}
