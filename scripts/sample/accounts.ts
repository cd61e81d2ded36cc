/**
 * The twelve key accounts of the sample portfolio, described by what makes
 * each one interesting to a reader of the demo: its revenue share band, review
 * age, decision-group shape, competitors and contact history. Free text is
 * generated from these facts in portfolio.ts.
 *
 * Company revenue is 12.8 M EUR. Shares: 52.5% (mono-client), 21.5%
 * (critical), 11.4% and 10.5% (key), the rest below 2%. Two clients at 55%
 * and 25% plus "a few" at 10-20% would exceed 100% of company revenue, so the
 * top two sit just above their thresholds instead.
 */
import type { Country } from './people';

/** [role key, attitude key, influence key, attitude assessed (days ago)] */
export type DmuPlan = readonly [string, string, string, number];
/** [competitor, kind key, threat key] */
export type CompetitorPlan = readonly [string, string, string];
/** [days ago (negative = in the future), channel key, outcome key] */
export type ContactPlan = readonly [number, string, string];
/** [approach key, method, cost, client value key, due in days, status key] */
export type PlanRow = readonly [string, string, number, string, number, string];

export interface AccountPlan {
  readonly id: string;
  readonly name: string;
  readonly country: Country;
  readonly city: string;
  readonly industry: string;
  readonly founded: number;
  readonly headcount: number;
  readonly keyType: 'revenue' | 'prospective' | 'image' | 'expert';
  /** Index into MANAGERS. */
  readonly manager: number;
  readonly sponsor: number | null;
  readonly revenue: number | null;
  readonly budget: number;
  readonly oppNextYear: number;
  readonly opp35: number;
  readonly status: 'active' | 'at_risk' | 'dormant' | 'closed';
  /** Ages (days) of full reviews, newest first; empty: never reviewed. */
  readonly reviews: readonly number[];
  readonly description: string;
  readonly dmu: readonly DmuPlan[];
  readonly competitors: readonly CompetitorPlan[];
  readonly contacts: readonly ContactPlan[];
  readonly plan: readonly PlanRow[];
  readonly tenders: readonly [number, number, number];
}

export const COMPANY_REVENUE = 12_800_000;

export const ACCOUNTS: readonly AccountPlan[] = [
  {
    id: 'BALTLOG',
    name: 'Baltijos logistika, UAB',
    country: 'LT',
    city: 'Klaipėda',
    industry: 'port logistics and warehousing',
    founded: 1997,
    headcount: 1450,
    keyType: 'revenue',
    manager: 0,
    sponsor: 0,
    revenue: 6_720_000,
    budget: 9_000_000,
    oppNextYear: 7_400_000,
    opp35: 8_200_000,
    status: 'active',
    reviews: [95, 190, 280],
    description:
      'Runs three bonded warehouses and a container terminal in the port of Klaipėda; packs transit cargo for Belarusian and Kazakh shippers.',
    dmu: [
      ['decision_maker', 'positive', 'high', 30],
      ['economic', 'neutral', 'high', 45],
      ['technical', 'positive', 'medium', 20],
      ['user', 'positive', 'low', 60],
      ['gatekeeper', 'neutral', 'low', 30],
    ],
    competitors: [
      ['Smurfit Westrock Baltic', 'direct', 'high'],
      ['Own pallet workshop', 'diy', 'medium'],
      ['Keep current stretch-film supplier', 'inertia', 'medium'],
    ],
    contacts: [
      [3, 'meeting', 'positive'],
      [17, 'call', 'neutral'],
      [38, 'visit', 'positive'],
    ],
    plan: [
      ['service', 'Just-in-time deliveries to the terminal twice a day', 18_000, 'high', 30, 'in_progress'],
      ['risk', 'Preventive-maintenance contract for wrapping lines', 9_500, 'medium', 60, 'planned'],
      ['trust', 'Quarterly site visit with our CEO', 2_000, 'medium', 45, 'planned'],
    ],
    tenders: [6, 4, 2],
  },
  {
    id: 'NEMUNAS',
    name: 'Nemuno pieninė, AB',
    country: 'LT',
    city: 'Alytus',
    industry: 'dairy processing',
    founded: 1962,
    headcount: 820,
    keyType: 'revenue',
    manager: 1,
    sponsor: 1,
    revenue: 2_750_000,
    budget: 4_200_000,
    oppNextYear: 3_100_000,
    opp35: 3_600_000,
    status: 'active',
    reviews: [120, 215],
    description: 'Cheese and yoghurt producer exporting to Poland and Germany; moving from glass to recyclable PET and carton.',
    dmu: [
      ['decision_maker', 'neutral', 'high', 70],
      ['economic', 'negative', 'high', 25],
      ['technical', 'positive', 'medium', 25],
      ['informant', 'positive', 'low', 15],
    ],
    competitors: [
      ['Stora Enso Packaging', 'direct', 'high'],
      ['New filling line (same capex budget)', 'same_budget', 'high'],
      ['Stay with glass jars', 'inertia', 'medium'],
    ],
    contacts: [
      [4, 'call', 'neutral'],
      [9, 'meeting', 'negative'],
      [26, 'email', 'positive'],
    ],
    plan: [
      ['technical', 'Joint trial of recyclable PET cups on line 3', 14_000, 'high', 21, 'in_progress'],
      ['resources', 'Deferred payment terms (60 days) for the switch-over year', 6_000, 'high', 14, 'planned'],
    ],
    tenders: [4, 2, 2],
  },
  {
    id: 'SEVTRANS',
    name: 'ООО «СеверТрансСтрой»',
    country: 'RU',
    city: 'Санкт-Петербург',
    industry: 'infrastructure construction',
    founded: 2004,
    headcount: 2300,
    keyType: 'revenue',
    manager: 2,
    sponsor: 2,
    revenue: 1_460_000,
    budget: 2_500_000,
    oppNextYear: 1_800_000,
    opp35: 2_200_000,
    status: 'active',
    reviews: [40, 130],
    description: 'Builds bridges and rail sidings in north-west Russia; buys protective packaging for steel and cable drums.',
    dmu: [
      ['decision_maker', 'neutral', 'high', 40],
      ['opponent', 'negative', 'high', 35],
      ['supporter', 'positive', 'medium', 35],
      ['economic', 'neutral', 'medium', 50],
      ['advisor', 'positive', 'low', 80],
    ],
    competitors: [
      ['ТД «УпакСервис»', 'direct', 'high'],
      ['Own packaging crew on site', 'diy', 'medium'],
    ],
    contacts: [
      [6, 'meeting', 'positive'],
      [21, 'email', 'neutral'],
    ],
    plan: [
      ['trust', 'Same-day answers to claims, named engineer on call', 3_000, 'high', 10, 'done'],
      ['resources', 'Countertrade: part payment in rail transport services', 0, 'medium', 90, 'planned'],
    ],
    tenders: [5, 2, 3],
  },
  {
    id: 'SIAURES',
    name: 'Šiaurės medis, UAB',
    country: 'LT',
    city: 'Panevėžys',
    industry: 'sawmill and wood products',
    founded: 2001,
    headcount: 390,
    keyType: 'revenue',
    manager: 0,
    sponsor: null,
    revenue: 1_340_000,
    budget: 1_700_000,
    oppNextYear: 1_400_000,
    opp35: 1_600_000,
    status: 'at_risk',
    reviews: [86, 175],
    description: 'Sawmill producing glued beams and pellets; packs for Scandinavian DIY chains.',
    dmu: [
      ['decision_maker', 'positive', 'high', 85],
      ['user', 'neutral', 'medium', 100],
      ['economic', 'neutral', 'medium', 100],
    ],
    competitors: [
      ['Mondi Baltic', 'direct', 'high'],
      ['Pellet line upgrade (same budget)', 'same_budget', 'medium'],
      ['Status quo: current strapping', 'inertia', 'low'],
    ],
    contacts: [
      [12, 'call', 'positive'],
      [33, 'meeting', 'neutral'],
    ],
    plan: [
      ['risk', 'Free trial of stretch hoods on the beam line', 4_500, 'high', 20, 'planned'],
      ['service', 'Electronic reordering from their ERP', 7_000, 'medium', 120, 'planned'],
    ],
    tenders: [2, 1, 1],
  },
  {
    id: 'VOLGACHEM',
    name: 'АО «Волжский химпром»',
    country: 'RU',
    city: 'Волжский',
    industry: 'specialty chemicals',
    founded: 1958,
    headcount: 3100,
    keyType: 'expert',
    manager: 2,
    sponsor: null,
    revenue: 150_000,
    budget: 900_000,
    oppNextYear: 300_000,
    opp35: 600_000,
    status: 'active',
    reviews: [20, 110],
    description: 'Demanding buyer of UN-certified drums; its audits found two weak spots in our quality system last year.',
    dmu: [
      ['technical', 'neutral', 'high', 20],
      ['decision_maker', 'neutral', 'high', 60],
      ['user', 'positive', 'medium', 20],
    ],
    competitors: [
      ['Greif', 'direct', 'high'],
      ['In-house drum reconditioning', 'diy', 'high'],
    ],
    contacts: [
      [8, 'visit', 'positive'],
      [47, 'call', 'neutral'],
    ],
    plan: [['technical', 'Joint drop-test programme for UN 1A2 drums', 11_000, 'high', 75, 'in_progress']],
    tenders: [3, 1, 2],
  },
  {
    id: 'NORDHAVN',
    name: 'Nordhavn Shipping A/S',
    country: 'DK',
    city: 'Copenhagen',
    industry: 'short-sea shipping',
    founded: 1989,
    headcount: 640,
    keyType: 'prospective',
    manager: 3,
    sponsor: 0,
    revenue: 0,
    budget: 3_500_000,
    oppNextYear: 900_000,
    opp35: 2_500_000,
    status: 'active',
    reviews: [60],
    description: 'Feeder lines between Klaipėda, Riga and Aarhus; opening a Baltic hub and choosing a packaging partner.',
    dmu: [
      ['decision_maker', 'neutral', 'high', 60],
      ['advisor', 'positive', 'high', 30],
      ['economic', 'neutral', 'medium', 60],
      ['informant', 'positive', 'low', 10],
    ],
    competitors: [
      ['DS Smith', 'direct', 'high'],
      ['Keep buying in Denmark', 'inertia', 'high'],
    ],
    contacts: [
      [-9, 'meeting', 'positive'],
      [14, 'call', 'positive'],
      [55, 'event', 'neutral'],
    ],
    plan: [['risk', 'Reference visit to BALTLOG terminal', 1_500, 'high', 25, 'planned']],
    tenders: [1, 0, 0],
  },
  {
    id: 'HELVPREC',
    name: 'Helvetia Präzision AG',
    country: 'CH',
    city: 'Winterthur',
    industry: 'precision engineering',
    founded: 1921,
    headcount: 510,
    keyType: 'expert',
    manager: 3,
    sponsor: null,
    revenue: 96_000,
    budget: 400_000,
    oppNextYear: 150_000,
    opp35: 260_000,
    status: 'active',
    reviews: [150, 240],
    description: 'Maker of gear units; insists on ESD-safe, cleanroom-grade packaging and audits every supplier yearly.',
    dmu: [
      ['technical', 'positive', 'high', 40],
      ['decision_maker', 'neutral', 'high', 150],
      ['gatekeeper', 'neutral', 'low', 150],
    ],
    competitors: [['Sealed Air', 'direct', 'medium']],
    contacts: [[29, 'email', 'neutral']],
    plan: [['service', 'Zero-defect delivery programme with lot traceability', 5_000, 'high', 40, 'planned']],
    tenders: [2, 1, 1],
  },
  {
    id: 'GEDKLIN',
    name: 'Gedimino klinika, VšĮ',
    country: 'LT',
    city: 'Vilnius',
    industry: 'private healthcare',
    founded: 2008,
    headcount: 280,
    keyType: 'image',
    manager: 1,
    sponsor: 2,
    revenue: 72_000,
    budget: 150_000,
    oppNextYear: 90_000,
    opp35: 120_000,
    status: 'active',
    reviews: [10, 100],
    description: 'Best-known private clinic in Vilnius; a reference from it opens doors at other clinics and labs.',
    dmu: [
      ['decision_maker', 'positive', 'high', 10],
      ['user', 'positive', 'medium', 10],
      ['supporter', 'positive', 'medium', 10],
    ],
    competitors: [
      ['Medpak', 'direct', 'medium'],
      ['Central hospital procurement', 'same_budget', 'low'],
      ['No change: current supplier', 'inertia', 'medium'],
    ],
    contacts: [
      [2, 'visit', 'positive'],
      [11, 'email', 'positive'],
    ],
    plan: [['trust', 'Case study and joint conference talk', 2_500, 'high', 50, 'in_progress']],
    tenders: [1, 1, 0],
  },
  {
    id: 'PETRORET',
    name: 'ООО «Петровские ряды»',
    country: 'RU',
    city: 'Москва',
    industry: 'grocery retail',
    founded: 2012,
    headcount: 5200,
    keyType: 'prospective',
    manager: 2,
    sponsor: null,
    revenue: 35_000,
    budget: 2_100_000,
    oppNextYear: 400_000,
    opp35: 1_200_000,
    status: 'active',
    reviews: [],
    description: 'Regional supermarket chain (140 stores); tendering shelf-ready packaging for its private label.',
    dmu: [['gatekeeper', 'neutral', 'low', 5]],
    competitors: [
      ['Tetra Pak', 'direct', 'high'],
      ['Private-label redesign (same budget)', 'same_budget', 'medium'],
    ],
    contacts: [[5, 'call', 'neutral']],
    plan: [['risk', 'Free sample run of shelf-ready trays', 3_000, 'medium', 30, 'planned']],
    tenders: [1, 0, 0],
  },
  {
    id: 'AMBERHOT',
    name: 'Amber Coast Hotels SIA',
    country: 'LV',
    city: 'Jūrmala',
    industry: 'hospitality',
    founded: 2015,
    headcount: 410,
    keyType: 'image',
    manager: 3,
    sponsor: null,
    revenue: 48_000,
    budget: 120_000,
    oppNextYear: 60_000,
    opp35: 80_000,
    status: 'active',
    reviews: [75, 160],
    description: 'Five seaside hotels; showcase for our compostable room-service packaging.',
    dmu: [
      ['decision_maker', 'positive', 'medium', 75],
      ['user', 'positive', 'low', 75],
    ],
    competitors: [
      ['Huhtamaki', 'direct', 'medium'],
      ['Reusable tableware (do it themselves)', 'diy', 'medium'],
    ],
    contacts: [[19, 'meeting', 'positive']],
    plan: [['service', 'Consignment stock at two hotels', 1_800, 'medium', 35, 'planned']],
    tenders: [0, 0, 0],
  },
  {
    id: 'KAUBALD',
    name: 'Kauno baldai, UAB',
    country: 'LT',
    city: 'Kaunas',
    industry: 'furniture manufacturing',
    founded: 1993,
    headcount: 230,
    keyType: 'revenue',
    manager: 1,
    sponsor: null,
    revenue: 18_000,
    budget: 260_000,
    oppNextYear: 40_000,
    opp35: 90_000,
    status: 'dormant',
    reviews: [200],
    description: 'Flat-pack furniture maker; orders dropped after it moved production to Poland.',
    dmu: [
      ['economic', 'negative', 'high', 200],
      ['user', 'neutral', 'low', 200],
      ['informant', 'positive', 'low', 120],
    ],
    competitors: [
      ['Polish corrugated suppliers', 'direct', 'high'],
      ['Keep current supplier', 'inertia', 'high'],
    ],
    contacts: [[64, 'call', 'negative']],
    plan: [['trust', 'Re-introduction meeting with new plant manager', 800, 'low', 15, 'dropped']],
    tenders: [3, 1, 2],
  },
  {
    id: 'MAZUR',
    name: 'Mazurskie Smaki Sp. z o.o.',
    country: 'PL',
    city: 'Olsztyn',
    industry: 'food processing',
    founded: 2006,
    headcount: 170,
    keyType: 'revenue',
    manager: 0,
    sponsor: null,
    revenue: 22_000,
    budget: 200_000,
    oppNextYear: 0,
    opp35: 0,
    status: 'closed',
    reviews: [230],
    description: 'Smoked fish and pickles; contract ended when it was bought by a group with central purchasing.',
    dmu: [['advisor', 'neutral', 'medium', 230]],
    competitors: [['Group central purchasing', 'same_budget', 'high']],
    contacts: [[120, 'email', 'neutral']],
    plan: [['risk', 'Offer a guarantee-backed return if the group re-tenders', 0, 'low', 180, 'dropped']],
    tenders: [2, 1, 1],
  },
];
