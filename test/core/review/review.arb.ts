/** fast-check generators of one account's dossier rows, as the sheet shows them (labels in either language or keys). */
import fc from 'fast-check';
import type { Row } from '../../../src/core/brief';
import { addDays } from '../../../src/core/civilDate';
import type { EnumOption } from '../../../src/core/domain';
import {
  APPROACHES,
  ATTITUDES,
  RISK_BANDS,
  COMPETITOR_KINDS,
  CONTACT_CHANNELS,
  CONTACT_OUTCOMES,
  DMU_ROLES,
  LEVELS,
  PLAN_STATUSES,
} from '../../../src/core/domain';
import { foldLabel } from '../../../src/core/i18n';
import type { Dossier } from './review.fixture';
import { accountRow, ACCOUNT, SECOND_REVIEW } from './review.fixture';

/** A dropdown cell: the option's key, English or Russian label. */
export const optionCell = (options: readonly EnumOption[]): fc.Arbitrary<string> =>
  fc.constantFrom(...options.flatMap((o) => [o.key, o.label.en, o.label.ru]));
export const textCell = fc.oneof(fc.constant(''), fc.string({ maxLength: 20 }), fc.string({ unit: 'grapheme', maxLength: 140 }));
export const dateCell = fc.integer({ min: -200, max: 200 }).map((n) => addDays(SECOND_REVIEW, n));
export const moneyCell = fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 1e9 }), fc.double({ min: 0, max: 1e9, noNaN: true }));
/** Names distinct once folded, never blank: each is one person / competitor / plan method. */
export const names = (max: number): fc.Arbitrary<string[]> =>
  fc.uniqueArray(
    fc.string({ minLength: 1, maxLength: 24 }).filter((s) => foldLabel(s) !== ''),
    { maxLength: max, selector: (s) => foldLabel(s) },
  );

export const personRow = (person: string): fc.Arbitrary<Row> =>
  fc
    .record({
      position: textCell,
      role: optionCell(DMU_ROLES),
      attitude: optionCell(ATTITUDES),
      influence: optionCell(LEVELS),
      contact: textCell,
      attitude_assessed: dateCell,
    })
    .map((r) => ({ account: ACCOUNT, person, ...r }));

export const competitorRow = (competitor: string): fc.Arbitrary<Row> =>
  fc.record({ kind: optionCell(COMPETITOR_KINDS), strengths: textCell, weaknesses: textCell, threat: optionCell(LEVELS) }).map((r) => ({
    account: ACCOUNT,
    competitor,
    ...r,
  }));

export const planRow = (method: string): fc.Arbitrary<Row> =>
  fc
    .record({
      approach: optionCell(APPROACHES),
      cost: moneyCell,
      benefit: textCell,
      client_value: optionCell(LEVELS),
      owner: textCell,
      due: dateCell,
      status: optionCell(PLAN_STATUSES),
    })
    .map((r) => ({ account: ACCOUNT, method, ...r }));

const contactRow: fc.Arbitrary<Row> = fc
  .record({
    date: dateCell,
    person: textCell,
    channel: optionCell(CONTACT_CHANNELS),
    outcome: optionCell(CONTACT_OUTCOMES),
    summary: textCell,
  })
  .map((r) => ({ account: ACCOUNT, ...r }));

/** One row per generated name. */
export const rowsOf = (list: fc.Arbitrary<string[]>, row: (name: string) => fc.Arbitrary<Row>): fc.Arbitrary<Row[]> =>
  list.chain((ns) => fc.tuple(...ns.map(row)).map((rs): Row[] => [...rs]));

export const dossierArb: fc.Arbitrary<Dossier> = fc
  .record({
    revenue: moneyCell,
    share: fc.oneof(fc.constant(''), fc.double({ min: 0, max: 1, noNaN: true })),
    band: fc.oneof(fc.constant(''), optionCell(RISK_BANDS)),
    mission: textCell,
    history: fc.oneof(textCell, fc.string({ minLength: 101, maxLength: 400 })),
    tenders: fc.oneof(fc.constant(''), fc.nat(50)),
    decisionGroup: rowsOf(names(8), personRow),
    competitors: rowsOf(names(5), competitorRow),
    plan: rowsOf(names(6), planRow),
    contacts: fc.array(contactRow, { maxLength: 12 }),
  })
  .map((g) => ({
    accounts: [accountRow({ annual_revenue: g.revenue, revenue_share: g.share, risk_band: g.band })],
    general: [{ account: ACCOUNT, mission: g.mission, history: g.history }],
    ourView: [{ account: ACCOUNT, tenders_won: g.tenders }],
    decisionGroup: g.decisionGroup,
    competitors: g.competitors,
    plan: g.plan,
    contacts: g.contacts,
  }));
