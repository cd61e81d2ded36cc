/**
 * What changed between two reviews, as the brief, the review sidebar and the
 * supervisor's digest will list it: people, competitors and plan items by
 * stable identity, revenue and band moves, contacts since the last review.
 */
import fc from 'fast-check';
import type { Row } from '../../../src/core/brief';
import { addDays } from '../../../src/core/civilDate';
import type { EnumOption } from '../../../src/core/domain';
import { ATTITUDES, CONTACT_OUTCOMES, DMU_ROLES, LEVELS, optionKey, PLAN_STATUSES } from '../../../src/core/domain';
import { foldLabel } from '../../../src/core/i18n';
import type { Change } from '../../../src/core/review/diff';
import { diffSnapshots } from '../../../src/core/review/diff';
import type { Snapshot } from '../../../src/core/review/snapshot';
import { takeSnapshot } from '../../../src/core/review/snapshot';
import { competitorRow, dossierArb, names, personRow, planRow, rowsOf } from './review.arb';
import type { Dossier } from './review.fixture';
import { ACCOUNT, accountRow, FIRST_REVIEW, input, SECOND_REVIEW } from './review.fixture';

const snap = (d: Dossier, date = SECOND_REVIEW, since: string | null = FIRST_REVIEW): Snapshot => takeSnapshot(input(d, date, since));
const brief = (c: Change): string => `${c.part}|${c.id}|${c.field ?? '-'}|${c.kind}`;

const baseDossier = (): Dossier => ({
  accounts: [accountRow()],
  general: [{ account: ACCOUNT, mission: 'Fresh local food.', history: 'Founded in 1994. '.repeat(10) }],
  ourView: [{ account: ACCOUNT, tenders_won: 3 }],
  decisionGroup: [
    { account: ACCOUNT, person: 'Olga Ivanova', position: 'CFO', role: 'Decision maker', attitude: 'Neutral', influence: 'High' },
    { account: ACCOUNT, person: 'Ivan Petrov', position: 'Head of stores', role: 'User', attitude: 'Negative', influence: 'Medium' },
  ],
  competitors: [{ account: ACCOUNT, competitor: 'Rival', kind: 'Direct competitor', threat: 'Medium' }],
  contacts: [{ account: ACCOUNT, date: '2026-07-01', person: 'Olga Ivanova', channel: 'Meeting', outcome: 'Positive' }],
  plan: [
    {
      account: ACCOUNT,
      approach: 'Risk reduction',
      method: 'Free trial in two stores',
      owner: 'KAM',
      due: '2026-12-01',
      status: 'Planned',
    },
    { account: ACCOUNT, approach: 'Personal trust', method: 'Visits to our site', owner: 'KAM', due: '2026-10-01', status: 'Planned' },
  ],
});

describe('what changed since the last review', () => {
  test('the issue’s walk-through: a person added, an attitude changed, a competitor added, revenue across a band, plan done and slipped', () => {
    const before = snap(baseDossier(), FIRST_REVIEW, null);
    const d = baseDossier();
    d.accounts = [accountRow({ annual_revenue: 2_300_000, revenue_share: 0.23, risk_band: 'Critical dependency' })];
    d.decisionGroup = [
      ...d.decisionGroup.map((p) => (p['person'] === 'Ivan Petrov' ? { ...p, attitude: 'Позитивное' } : p)),
      { account: ACCOUNT, person: 'Petras Jonaitis', position: 'IT Director', role: 'Supporter', attitude: 'Positive', influence: 'High' },
    ];
    d.competitors = [...d.competitors, { account: ACCOUNT, competitor: 'Status quo', kind: 'Client inertia', threat: 'High' }];
    d.plan = d.plan.map((p) => (p['method'] === 'Free trial in two stores' ? { ...p, status: 'Done' } : p));
    d.contacts = [
      ...d.contacts,
      { account: ACCOUNT, date: '2026-09-10', person: 'Petras Jonaitis', channel: 'Call', outcome: 'Positive' },
      { account: ACCOUNT, date: '2026-10-20', person: 'Ivan Petrov', channel: 'Meeting', outcome: 'Neutral' },
    ];
    const diff = diffSnapshots(before, snap(d));
    expect(diff).toMatchObject({ accountId: ACCOUNT, since: FIRST_REVIEW, date: SECOND_REVIEW, incomplete: [] });
    expect(diff.changes).toEqual([
      { part: 'account', id: '', label: '', field: 'annual_revenue', kind: 'increased', before: 1_800_000, after: 2_300_000 },
      { part: 'account', id: '', label: '', field: 'revenue_share', kind: 'increased', before: 0.18, after: 0.23 },
      { part: 'account', id: '', label: '', field: 'risk_band', kind: 'bandUp', before: 'key', after: 'critical' },
      {
        part: 'decisionGroup',
        id: 'ivan petrov',
        label: 'Ivan Petrov',
        field: 'attitude',
        kind: 'changed',
        before: 'negative',
        after: 'positive',
      },
      {
        part: 'decisionGroup',
        id: 'petras jonaitis',
        label: 'Petras Jonaitis',
        field: null,
        kind: 'added',
        before: null,
        after: null,
        detail: {
          position: 'IT Director',
          role: 'supporter',
          attitude: 'positive',
          influence: 'high',
          contact: null,
          attitude_assessed: null,
          reports_to: null,
          our_owner: null,
        },
      },
      {
        part: 'competitors',
        id: 'status quo|inertia',
        label: 'Status quo',
        field: null,
        kind: 'added',
        before: null,
        after: null,
        detail: { kind: 'inertia', strengths: null, weaknesses: null, threat: 'high', checked_on: null },
      },
      {
        part: 'plan',
        id: 'risk|free trial in two stores',
        label: 'Free trial in two stores',
        field: 'status',
        kind: 'changed',
        before: 'planned',
        after: 'done',
      },
      {
        part: 'plan',
        id: 'trust|site_visits',
        label: 'Visits to our site',
        field: 'due',
        kind: 'slipped',
        before: '2026-10-01',
        after: '2026-10-01',
      },
      {
        part: 'contacts',
        id: '2026-10-20|ivan petrov',
        label: 'Ivan Petrov',
        field: 'outcome',
        kind: 'contact',
        before: null,
        after: 'neutral',
        detail: { date: '2026-10-20', channel: 'meeting', outcome: 'neutral' },
      },
      {
        part: 'contacts',
        id: '2026-09-10|petras jonaitis',
        label: 'Petras Jonaitis',
        field: 'outcome',
        kind: 'contact',
        before: null,
        after: 'positive',
        detail: { date: '2026-09-10', channel: 'call', outcome: 'positive' },
      },
    ]);
    expect(diff.contactOutcomes).toEqual({ positive: 1, neutral: 1 });
  });

  test('a snapshot diffed with itself is empty; so is the same dossier read in the other language', () => {
    const toRu = (options: readonly EnumOption[], v: unknown): unknown => {
      const k = optionKey(options, v);
      return k ? options.find((o) => o.key === k)?.label.ru : v;
    };
    fc.assert(
      fc.property(dossierArb, fc.constantFrom(FIRST_REVIEW, null), (d, since) => {
        const s = snap(d, SECOND_REVIEW, since);
        const again = diffSnapshots(s, s);
        expect(again.changes).toEqual([]);
        const ru: Dossier = {
          ...d,
          decisionGroup: d.decisionGroup.map(
            (r) => ({ ...r, role: toRu(DMU_ROLES, r['role']), attitude: toRu(ATTITUDES, r['attitude']) }) as Row,
          ),
          competitors: d.competitors.map((r) => ({ ...r, threat: toRu(LEVELS, r['threat']) }) as Row),
          plan: d.plan.map((r) => ({ ...r, status: toRu(PLAN_STATUSES, r['status']) }) as Row),
        };
        expect(diffSnapshots(s, snap(ru, SECOND_REVIEW, since)).changes).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  test('random edits show exactly those edits', () => {
    const future = fc.integer({ min: 1, max: 300 }).map((n) => addDays(SECOND_REVIEW, n));
    const base = fc.record({
      revenue: fc.integer({ min: 0, max: 1e8 }),
      newRevenue: fc.integer({ min: 0, max: 1e8 }),
      people: rowsOf(names(8), personRow),
      competitors: rowsOf(names(5), competitorRow),
      plan: rowsOf(names(6), (m) => fc.tuple(planRow(m), future).map(([r, due]): Row => ({ ...r, due }))),
    });
    const action = fc.oneof(
      fc.constant({ do: 'keep' as const }),
      fc.constant({ do: 'remove' as const }),
      fc.record({ do: fc.constant('change' as const), pick: fc.nat(), value: fc.nat() }),
    );
    const scenario = base.chain((b) =>
      fc.record({
        b: fc.constant(b),
        people: fc.array(action, { minLength: b.people.length, maxLength: b.people.length }),
        competitors: fc.array(action, { minLength: b.competitors.length, maxLength: b.competitors.length }),
        plan: fc.array(action, { minLength: b.plan.length, maxLength: b.plan.length }),
        addPeople: fc.nat(3),
        addCompetitors: fc.nat(2),
        addPlan: fc.nat(2),
        addContacts: fc.array(fc.constantFrom(...CONTACT_OUTCOMES.map((o) => o.key)), { maxLength: 4 }),
      }),
    );

    fc.assert(
      fc.property(scenario, (sc) => {
        const d0: Dossier = {
          accounts: [accountRow({ annual_revenue: sc.b.revenue, revenue_share: '', risk_band: '' })],
          general: [],
          ourView: [],
          decisionGroup: sc.b.people,
          competitors: sc.b.competitors,
          contacts: [],
          plan: sc.b.plan,
        };
        const before = snap(d0, FIRST_REVIEW, null);
        const expected: string[] = [];
        /** Applies one list's actions; `change` sets a field to another option and records what the diff must say. */
        const apply = (
          part: 'decisionGroup' | 'competitors' | 'plan',
          rows: Row[],
          acts: typeof sc.people,
          fields: [string, readonly EnumOption[]][],
        ) =>
          rows.flatMap((r, i) => {
            const a = acts[i] ?? { do: 'keep' };
            const id = before[part][i]?.id as string;
            if (a.do === 'remove') {
              expected.push(`${part}|${id}|-|removed`);
              return [];
            }
            if (a.do === 'change') {
              const [field, options] = fields[a.pick % fields.length] as [string, readonly EnumOption[]];
              const now = optionKey(options, r[field]);
              const others = options.filter((o) => o.key !== now);
              const next = others[a.value % others.length] as EnumOption;
              expected.push(`${part}|${id}|${field}|changed`);
              return [{ ...r, [field]: next.label.en }];
            }
            return [r];
          });
        const d1: Dossier = {
          ...d0,
          accounts: [accountRow({ annual_revenue: sc.b.newRevenue, revenue_share: '', risk_band: '' })],
          decisionGroup: apply('decisionGroup', sc.b.people, sc.people, [
            ['role', DMU_ROLES],
            ['attitude', ATTITUDES],
            ['influence', LEVELS],
          ]),
          competitors: apply('competitors', sc.b.competitors, sc.competitors, [['threat', LEVELS]]),
          plan: apply('plan', sc.b.plan, sc.plan, [['status', PLAN_STATUSES]]),
        };
        if (sc.b.newRevenue !== sc.b.revenue)
          expected.push(`account||annual_revenue|${sc.b.newRevenue > sc.b.revenue ? 'increased' : 'decreased'}`);
        // Added names carry digits: generated base names are compared folded, so clashes are filtered out below.
        for (let n = 1; n <= sc.addPeople; n++) {
          d1.decisionGroup.push({ account: ACCOUNT, person: `Added Person ${n}`, role: 'User', attitude: 'Neutral', influence: 'Low' });
          expected.push(`decisionGroup|added person ${n}|-|added`);
        }
        for (let n = 1; n <= sc.addCompetitors; n++) {
          d1.competitors.push({ account: ACCOUNT, competitor: `Added Rival ${n}`, kind: 'Do-it-yourself', threat: 'Low' });
          expected.push(`competitors|added rival ${n}|diy|-|added`);
        }
        for (let n = 1; n <= sc.addPlan; n++) {
          d1.plan.push({ account: ACCOUNT, approach: 'Service levels', method: `Added action ${n}`, due: '2027-06-01', status: 'Planned' });
          expected.push(`plan|service|added action ${n}|-|added`);
        }
        sc.addContacts.forEach((o, n) => {
          d1.contacts.push({ account: ACCOUNT, date: addDays(FIRST_REVIEW, n + 1), person: `Contact ${n}`, channel: 'Call', outcome: o });
          expected.push(`contacts|${addDays(FIRST_REVIEW, n + 1)}|contact ${n}|outcome|contact`);
        });
        const clash = [
          ...sc.b.people.map((r) => r['person']),
          ...sc.b.competitors.map((r) => r['competitor']),
          ...sc.b.plan.map((r) => r['method']),
        ].some((n) => /^added (person|rival|action) \d$/.test(foldLabel(String(n))));
        fc.pre(!clash);
        const diff = diffSnapshots(before, snap(d1));
        expect(diff.changes.map(brief).sort()).toEqual(expected.sort());
      }),
      { numRuns: 200 },
    );
  });

  test('a long text shows as changed without its old and new text; a short one with both', () => {
    const d = baseDossier();
    const before = snap(d);
    d.general = [{ account: ACCOUNT, mission: 'Best local food.', history: 'Founded in 1995. '.repeat(10) }];
    expect(diffSnapshots(before, snap(d)).changes).toEqual([
      { part: 'general', id: '', label: '', field: 'history', kind: 'textChanged', before: null, after: null },
      { part: 'general', id: '', label: '', field: 'mission', kind: 'changed', before: 'Fresh local food.', after: 'Best local food.' },
    ]);
  });

  test('a list cut by the size policy is marked incomplete, and its missing items are not called removed', () => {
    const before = snap(baseDossier());
    const cut: Snapshot = { ...before, decisionGroup: before.decisionGroup.slice(0, 1), omitted: { ...before.omitted, decisionGroup: 1 } };
    const d1 = diffSnapshots(before, cut);
    expect(d1.changes).toEqual([]);
    expect(d1.incomplete).toEqual(['decisionGroup']);
    expect(diffSnapshots(cut, before).changes).toEqual([]);
  });

  test('a column the earlier snapshot did not have yet is no change', () => {
    const before = snap(baseDossier());
    const older: Snapshot = {
      ...before,
      decisionGroup: before.decisionGroup.map((p) => ({
        ...p,
        fields: Object.fromEntries(Object.entries(p.fields).filter(([k]) => k !== 'influence')),
      })),
    };
    expect(diffSnapshots(older, before).changes).toEqual([]);
  });

  test('contacts counted by the size policy show as one count, with their outcomes in the summary', () => {
    const before = snap(baseDossier(), FIRST_REVIEW, null);
    const d = baseDossier();
    d.contacts = Array.from({ length: 130 }, (_, i) => ({
      account: ACCOUNT,
      date: addDays(SECOND_REVIEW, -(i % 80)),
      person: `P${i}`,
      channel: 'Call',
      outcome: i % 2 ? 'Positive' : 'Negative',
    }));
    const diff = diffSnapshots(before, snap(d));
    const counted = diff.changes.filter((c) => c.kind === 'contactsOmitted');
    expect(counted).toEqual([{ part: 'contacts', id: '', label: '', field: null, kind: 'contactsOmitted', before: null, after: 30 }]);
    expect(diff.changes.filter((c) => c.kind === 'contact')).toHaveLength(100);
    expect(diff.contactOutcomes).toEqual({ positive: 65, negative: 65 });
  });
});
