/**
 * The demo's sample portfolio as rows per tab, keyed by schema column key.
 * Deterministic: the same `today` gives the same rows on every run. Values are
 * what a user types: option keys here become dropdown labels in the sheet's
 * language when written (sheetValues.ts), dates are civil dates.
 */
import type { CivilDate } from '../../src/core/civilDate';
import { APPROACH_METHODS } from '../../src/core/domain';
import { addDays } from '../../src/core/civilDate';
import type { SettingKey } from '../../src/core/schema/settings';
import type { TabKey } from '../../src/core/schema/types';
import type { AccountPlan } from './accounts';
import { ACCOUNTS, COMPANY_REVENUE } from './accounts';
import { MANAGERS, NAMES, OUR_COMPANY, PHONE_PREFIX, SPONSORS } from './people';
import type { Rng } from './random';
import { rng } from './random';

export type SampleValue = string | number | null;
export type SampleRow = Readonly<Record<string, SampleValue>>;
export type SampleTabKey = Exclude<TabKey, 'settings' | 'problems' | 'notices' | 'snapshots'>;

/** A mistake planted on purpose, so "Validate dossier" has something to find. */
export interface Mistake {
  readonly tab: SampleTabKey;
  /** 0-based index of the row within the tab's sample rows. */
  readonly row: number;
  readonly column: string;
  readonly value: SampleValue;
  readonly what: string;
}

export interface Sample {
  readonly today: CivilDate;
  readonly settings: Partial<Record<SettingKey, SampleValue>>;
  readonly tabs: Readonly<Record<SampleTabKey, readonly SampleRow[]>>;
  readonly mistakes: readonly Mistake[];
}

/** Tabs in the order a user fills them: accounts first, so the account dropdowns have ids. */
export const SAMPLE_TABS: readonly SampleTabKey[] = [
  'accounts',
  'general',
  'ourView',
  'decisionGroup',
  'competitors',
  'contacts',
  'plan',
  'commitments',
  'reviews',
  'supervision',
];

const POSITIONS: Readonly<Record<string, readonly string[]>> = {
  decision_maker: ['Managing director', 'Chief operating officer', 'Plant director'],
  gatekeeper: ['Executive assistant', 'Office manager'],
  technical: ['Head of quality', 'Chief engineer', 'Packaging technologist'],
  economic: ['Purchasing manager', 'Finance director', 'Category buyer'],
  user: ['Warehouse supervisor', 'Production shift lead', 'Logistics coordinator'],
  supporter: ['Operations manager', 'Head of sustainability'],
  opponent: ['Deputy director for supply', 'Head of procurement'],
  advisor: ['External consultant', 'Board member'],
  informant: ['Planner', 'Quality inspector'],
};

const STRUCTURES = [
  'Head office, two production sites, own logistics unit; purchasing centralised at head office.',
  'Holding company with three subsidiaries; each subsidiary buys for itself under a group framework.',
  'Functional organisation: production, quality, supply chain, finance, sales; one branch abroad.',
];
const CULTURES = [
  'Engineering-led; decisions take time but hold once made.',
  'Owner-managed and fast; the director decides on the spot after one meeting.',
  'Formal and process-driven; every supplier change needs a tender and a quality audit.',
];
const TRENDS: Readonly<Record<string, string>> = {
  default: 'EU packaging regulation (PPWR) pushes recyclable materials; energy costs squeeze margins.',
  'grocery retail': 'Private label grows; shelf-ready packaging cuts store labour.',
  hospitality: 'Single-use plastics bans; guests expect visible sustainability.',
  'specialty chemicals': 'Stricter dangerous-goods rules; buyers demand certified reconditioning.',
};
const STRENGTHS: Readonly<Record<string, readonly string[]>> = {
  direct: [
    'Lower list prices on standard items',
    'Pan-European footprint and framework contracts',
    'Strong brand with the technical staff',
  ],
  same_budget: ['Tied to the client’s strategic project', 'Backed by the board'],
  inertia: ['No switching cost, no risk for the buyer', 'Known quality, nobody gets blamed'],
  diy: ['Full control and spare in-house capacity', 'Costs look lower because labour is already paid'],
};
const WEAKNESSES: Readonly<Record<string, readonly string[]>> = {
  direct: ['Slow to react to claims; lead times of 4-6 weeks', 'No local technical service'],
  same_budget: ['Does not solve the packaging losses', 'Payback longer than two years'],
  inertia: ['Damage rate stays at 2-3% of shipments', 'Misses the recyclability deadline'],
  diy: ['Hidden labour and scrap costs', 'No certification for export'],
};
const SUMMARIES: Readonly<Record<string, readonly string[]>> = {
  positive: [
    'Agreed the trial scope and success criteria',
    'Client confirmed volumes for next quarter',
    'Presented the savings report; well received',
  ],
  neutral: ['Price review requested; no decision yet', 'Introduced the new technologist', 'Discussed delivery windows'],
  negative: ['Complaint about late delivery of two trucks; director upset', 'Client unhappy with the price increase letter'],
};
const NEXT_STEPS: Readonly<Record<string, readonly string[]>> = {
  positive: ['Send written confirmation of what was agreed', 'Book the trial run with production'],
  neutral: ['Prepare two price scenarios', 'Follow up by e-mail next week'],
  negative: ['Pause personal contact; service manager handles the claim in writing', 'Supervisor to call the director after the pause'],
};
const PROMISES = [
  'Send the signed quality certificate for the new lot',
  'Quote the 2-year framework price',
  'Arrange a visit to our plant for their engineers',
  'Confirm the delivery schedule for Q3 in writing',
  'Share the drop-test report',
];
const REVIEW_SUMMARIES = [
  'Full review: decision group updated, two new contacts, opportunity re-estimated.',
  'Quarterly review with supervisor: plan on track, price pressure expected.',
  'Review after the tender: lessons learned recorded, competitor register updated.',
];

const fmtMoney = (n: number): string => `${(n / 1_000_000).toFixed(1)} M EUR`;

function personName(r: Rng, a: AccountPlan, used: Set<string>): string {
  const pool = NAMES[a.country];
  for (;;) {
    const [first, gender] = r.pick(pool.first);
    const [male, female] = r.pick(pool.last);
    const name = `${first} ${gender === 'm' ? male : female}`;
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
}

function contactOf(r: Rng, a: AccountPlan, name: string): string {
  if (r.next() < 0.5) return `${PHONE_PREFIX[a.country]}${String(r.int(1_000_000, 9_999_999))}`;
  const local = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z ]/g, '')
    .trim()
    .replace(/\s+/g, '.');
  const domain = a.id.toLowerCase() + (a.country === 'RU' ? '.ru' : `.${a.country.toLowerCase()}`);
  return local ? `${local}@${domain}` : `info@${domain}`;
}

export function buildSample(today: CivilDate, seed = 20250602): Sample {
  const r = rng(seed);
  const ago = (days: number): CivilDate => addDays(today, -days);
  const year = Number(today.slice(0, 4));
  const tabs: Record<SampleTabKey, SampleRow[]> = {
    accounts: [],
    general: [],
    ourView: [],
    decisionGroup: [],
    competitors: [],
    contacts: [],
    plan: [],
    commitments: [],
    reviews: [],
    supervision: [],
  };

  for (const a of ACCOUNTS) {
    const manager = MANAGERS[a.manager];
    if (!manager) throw new Error(`No manager ${a.manager}`);
    tabs.accounts.push({
      account_id: a.id,
      name: a.name,
      key_type: a.keyType,
      manager_email: manager.email,
      supervisor_email: manager.supervisor.email,
      executive_sponsor: a.sponsor === null ? null : (SPONSORS[a.sponsor] ?? null),
      annual_revenue: a.revenue,
      category_budget: a.budget,
      opportunity_next_year: a.oppNextYear,
      opportunity_3_5_years: a.opp35,
      last_review: a.reviews.length ? ago(a.reviews[0] as number) : null,
      status: a.status,
      // Targets for the clients that bring revenue: 10 % more revenue, and a share of wallet to reach.
      revenue_target: a.keyType === 'revenue' && a.revenue !== null ? Math.round((a.revenue * 1.1) / 1000) * 1000 : null,
      sow_target: a.keyType === 'revenue' ? 0.3 : null,
    });

    const direct = a.competitors.filter((c) => c[1] === 'direct').map((c) => c[0]);
    tabs.general.push({
      account: a.id,
      description: a.description,
      history: `Founded in ${a.founded} in ${a.city}; ${a.industry} is its core business since then.`,
      headcount: a.headcount,
      structure: r.pick(STRUCTURES),
      environment: `Banks: ${r.pick(['SEB', 'Swedbank', 'Luminor', 'Nordea'])}; auditor: ${r.pick(['KPMG', 'PwC', 'EY', 'Deloitte'])}; competitors in its market: ${r.int(3, 9)} regional players.`,
      mission: `Aims to be the most reliable ${a.industry} partner in its region.`,
      trends: TRENDS[a.industry] ?? TRENDS['default'] ?? '',
      culture: r.pick(CULTURES),
      financials: `Turnover about ${fmtMoney(a.budget * r.int(12, 30))} in ${year - 1}; EBITDA margin ${r.int(4, 18)}%.`,
    });

    const [entered, won, lost] = a.tenders;
    tabs.ourView.push({
      account: a.id,
      supply_history: `${year - 3}: first trial order. ${year - 2}: framework agreement. ${year - 1}: ${a.revenue ? 'volumes grew' : 'quotes only'}.`,
      tenders_entered: entered,
      tenders_won: won,
      tenders_lost: lost,
      our_team: `${manager.name} (KAM); service engineer; logistics planner${a.sponsor === null ? '' : `; sponsor ${SPONSORS[a.sponsor] ?? ''}`}.`,
      previous_suppliers: direct.length ? direct.join(', ') : 'None known',
      decision_process: r.pick([
        'Tender every two years; technical approval first, then price; director signs.',
        'Purchasing shortlists three suppliers; trial; board approves above 100 k EUR.',
        'Owner decides after a site visit; no formal tender.',
      ]),
      relationship_now:
        a.status === 'at_risk'
          ? 'Strained after delivery problems in spring.'
          : a.status === 'closed'
            ? 'Ended.'
            : 'Stable; we are one of two approved suppliers.',
      relationship_ahead:
        a.keyType === 'prospective' ? 'Win the first framework contract.' : 'Become the sole supplier for the next category.',
    });

    const used = new Set<string>();
    const people: string[] = [];
    for (const [role, attitude, influence, assessed] of a.dmu) {
      const name = personName(r, a, used);
      people.push(name);
      // Everyone reports to the group's first person (usually the decision maker); we own each relationship.
      const head = people[0] === name ? null : (people[0] ?? null);
      tabs.decisionGroup.push({
        reports_to: head,
        our_owner: role === 'decision_maker' && a.sponsor !== null ? (SPONSORS[a.sponsor] ?? manager.name) : manager.name,
        account: a.id,
        person: name,
        position: r.pick(POSITIONS[role] ?? ['Manager']),
        role,
        attitude,
        influence,
        contact: contactOf(r, a, name),
        attitude_assessed: ago(assessed),
      });
    }

    for (const [competitor, kind, threat] of a.competitors) {
      tabs.competitors.push({
        account: a.id,
        competitor,
        kind,
        strengths: r.pick(STRENGTHS[kind] ?? ['']),
        weaknesses: r.pick(WEAKNESSES[kind] ?? ['']),
        threat,
        // Checked within the last months; the at-risk accounts' register has gone stale (a depth check).
        checked_on: ago(a.status === 'at_risk' ? 240 : r.int(10, 120)),
      });
    }

    for (const [days, channel, outcome] of a.contacts) {
      tabs.contacts.push({
        account: a.id,
        date: ago(days),
        person: r.pick(people),
        channel,
        outcome,
        summary: r.pick(SUMMARIES[outcome] ?? ['']),
        next_step: r.pick(NEXT_STEPS[outcome] ?? ['']),
      });
    }

    a.plan.forEach(([approach, , cost, value, dueIn, status], i) => {
      // A method of the approach (the dropdown offers no other), and a benefit weighed by the client's value.
      const methods = APPROACH_METHODS[approach] ?? [];
      tabs.plan.push({
        account: a.id,
        approach,
        method: methods[(i + a.id.length) % Math.max(methods.length, 1)]?.key ?? null,
        cost,
        benefit: Math.round(cost * (value === 'high' ? 4 : value === 'medium' ? 2.5 : 1.5)),
        client_value: value,
        owner: manager.name,
        due: addDays(today, dueIn),
        status,
        cost_hours: r.int(4, 40),
      });
    });

    // Promises to the client: one due tomorrow (a reminder to the manager), one kept; closed accounts have none.
    if (a.status !== 'closed') {
      tabs.commitments.push(
        {
          account: a.id,
          what: r.pick(PROMISES),
          to_whom: people[0] ?? null,
          promised_on: ago(12),
          due: addDays(today, a.id === 'BALTLOG' ? 1 : r.int(5, 40)),
          done: null,
          owner: manager.name,
        },
        {
          account: a.id,
          what: r.pick(PROMISES),
          to_whom: people[1] ?? people[0] ?? null,
          promised_on: ago(40),
          due: ago(20),
          done: ago(22),
          owner: manager.name,
        },
      );
      // The supervisor's check of the KAM's work on the account.
      tabs.supervision.push({
        account: a.id,
        date: ago(r.int(10, 60)),
        supervisor: manager.supervisor.email,
        resources_used: r.pick(['yes', 'partly']),
        needs_found: r.pick(['yes', 'partly', 'no']),
        departments_coordinated: r.pick(['yes', 'partly']),
        kam_score: r.int(3, 5),
        comment: r.pick(['Involve service earlier.', 'Map the new purchasing director.', 'Good coordination with logistics.']),
      });
    }

    a.reviews.forEach((age, i) => {
      tabs.reviews.push({
        account: a.id,
        date: ago(age),
        reviewer: i % 2 === 0 ? manager.email : manager.supervisor.email,
        summary: r.pick(REVIEW_SUMMARIES),
        // Share of wallet at each review, a little lower the older the review: the trend shows growth.
        sow_at_review: a.budget > 0 && a.revenue ? Math.round((a.revenue / a.budget) * (1 - 0.02 * (i + 1)) * 1000) / 1000 : null,
      });
    });
  }

  // A contact logged under a misspelt account id: the child row names no account.
  tabs.contacts.push({
    account: 'NEMUNO',
    date: ago(1),
    person: 'Laura Urbonienė',
    channel: 'call',
    outcome: 'positive',
    summary: 'Confirmed the PET trial dates',
    next_step: 'Send the trial plan',
  });

  const mistakes: Mistake[] = [
    at(
      tabs,
      'accounts',
      (x) => x['account_id'] === 'SIAURES',
      'supervisor_email',
      'vytautas.jankauskas.balticsupply.lt',
      'e-mail without @',
    ),
    at(
      tabs,
      'contacts',
      (x) => x['account'] === 'NORDHAVN' && x['date'] === addDays(today, 9),
      'date',
      addDays(today, 9),
      'planned meeting logged as a contact: date in the future',
    ),
    at(
      tabs,
      'decisionGroup',
      (x) => x['account'] === 'SEVTRANS' && x['role'] === 'economic',
      'role',
      'Procurement lead',
      'role not in the list',
    ),
    at(tabs, 'contacts', (x) => x['account'] === 'NEMUNO', 'account', 'NEMUNO', 'account id that does not exist (NEMUNAS)'),
  ];
  for (const m of mistakes) {
    const rows = tabs[m.tab];
    rows[m.row] = { ...rows[m.row], [m.column]: m.value };
  }

  return {
    today,
    settings: { company_revenue: COMPANY_REVENUE, currency: 'EUR', sender_name: `${OUR_COMPANY.name} dossier` },
    tabs,
    mistakes,
  };
}

function at(
  tabs: Readonly<Record<SampleTabKey, readonly SampleRow[]>>,
  tab: SampleTabKey,
  match: (row: SampleRow) => boolean,
  column: string,
  value: SampleValue,
  what: string,
): Mistake {
  const row = tabs[tab].findIndex(match);
  if (row < 0) throw new Error(`Sample mistake "${what}" matches no ${tab} row`);
  return { tab, row, column, value, what };
}
