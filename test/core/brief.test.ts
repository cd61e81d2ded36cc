/**
 * The meeting brief's pure core: which rows belong to the chosen account,
 * the order of recent contacts, the pause after a negative contact and an
 * overdue full review. Values arrive as the sheet shows them (dropdown labels
 * in either language, civil dates).
 */
import type { BriefInput, Row } from '../../src/core/brief';
import { buildBrief } from '../../src/core/brief';

const TODAY = '2025-06-16';
const accounts: Row[] = [
  { account_id: 'ACME', name: 'Acme', last_review: '2025-03-13' },
  { account_id: 'BETA', name: 'Beta', last_review: '2025-03-28' },
  { account_id: 'NEW', name: 'Newco', last_review: '' },
  { account_id: '', name: 'half-typed row' },
];
const input = (over: Partial<BriefInput> = {}): BriefInput => ({
  accountId: 'ACME',
  today: TODAY,
  negativePauseDays: 14,
  positiveContactDays: 10,
  reviewIntervalMonths: 3,
  accounts,
  decisionGroup: [
    { account: 'ACME', person: 'Olga', role: 'Decision maker' },
    { account: 'BETA', person: 'Boris', role: 'User' },
    { account: 'ACME', person: 'Ivan', role: 'Gatekeeper' },
  ],
  competitors: [
    { account: 'BETA', competitor: 'Other' },
    { account: 'ACME', competitor: 'Rival' },
  ],
  contacts: [],
  plan: [],
  reviews: [],
  ...over,
});
const contact = (date: string | null, outcome: string, account = 'ACME'): Row => ({
  account,
  date,
  outcome,
  summary: `${outcome} ${date}`,
});

describe('buildBrief', () => {
  test('lists typed account ids, defaults to the first and keeps only the chosen account rows, in sheet order', () => {
    const b = buildBrief(input({ accountId: '' }));
    expect(b.accountIds).toEqual(['ACME', 'BETA', 'NEW']);
    expect(b.account?.['name']).toBe('Acme');
    expect(b.decisionGroup.map((r) => r['person'])).toEqual(['Olga', 'Ivan']);
    expect(b.competitors.map((r) => r['competitor'])).toEqual(['Rival']);
    const beta = buildBrief(input({ accountId: 'BETA' }));
    expect(beta.decisionGroup.map((r) => r['person'])).toEqual(['Boris']);
    expect(beta.competitors.map((r) => r['competitor'])).toEqual(['Other']);
  });

  test('says whether the decision group names a decision maker, by label in either language', () => {
    expect(buildBrief(input()).hasDecisionMaker).toBe(true);
    expect(buildBrief(input({ accountId: 'BETA' })).hasDecisionMaker).toBe(false);
    const ru = input({ decisionGroup: [{ account: 'ACME', person: 'Олег', role: 'Лицо, принимающее решение' }] });
    expect(buildBrief(ru).hasDecisionMaker).toBe(true);
  });

  test('rows match the account as validation and reminders match it: case and spacing do not matter', () => {
    const b = buildBrief(input({ accountId: 'acme', competitors: [{ account: ' Acme ', competitor: 'Typed loosely' }] }));
    expect(b.account?.['name']).toBe('Acme');
    expect(b.decisionGroup.map((r) => r['person'])).toEqual(['Olga', 'Ivan']);
    expect(b.competitors.map((r) => r['competitor'])).toEqual(['Typed loosely']);
  });

  test('an unknown account id gives no account and empty lists', () => {
    const b = buildBrief(input({ accountId: 'GONE' }));
    expect(b.account).toBeNull();
    expect(b.decisionGroup).toEqual([]);
    expect(b.reviewOverdueDays).toBeNull();
  });

  test('recent contacts: newest first, at most five, undated rows and other accounts left out', () => {
    const contacts = [
      contact('2025-05-01', 'Positive'),
      contact('2025-06-10', 'Neutral'),
      contact(null, 'Positive'),
      contact('2025-06-15', 'Positive', 'BETA'),
      contact('2025-04-01', 'Positive'),
      contact('2025-06-12', 'Positive'),
      contact('2025-03-01', 'Positive'),
      contact('2025-05-20', 'Positive'),
    ];
    const b = buildBrief(input({ contacts }));
    expect(b.recentContacts.map((c) => c['date'])).toEqual(['2025-06-12', '2025-06-10', '2025-05-20', '2025-05-01', '2025-04-01']);
  });

  test('a negative contact pauses personal contact for the set days; the pause is over on its end day', () => {
    const contacts = [contact('2025-06-01', 'Negative'), contact('2025-06-10', 'Positive')];
    expect(buildBrief(input({ contacts, today: '2025-06-14' })).pauseUntil).toBe('2025-06-15');
    expect(buildBrief(input({ contacts, today: '2025-06-15' })).pauseUntil).toBeNull();
    expect(buildBrief(input({ contacts, negativePauseDays: 30 })).pauseUntil).toBe('2025-07-01');
  });

  test('the latest negative contact counts, whatever language its label is in', () => {
    const contacts = [contact('2025-05-01', 'Negative'), contact('2025-06-11', 'Негативный'), contact('2025-06-12', 'Positive')];
    expect(buildBrief(input({ contacts })).pauseUntil).toBe('2025-06-25');
    expect(buildBrief(input({ contacts: [contact('2025-06-11', 'Neutral')] })).pauseUntil).toBeNull();
  });

  test('review overdue: days past the due date; none when due today, later or not computed', () => {
    expect(buildBrief(input()).reviewOverdueDays).toBe(3);
    expect(buildBrief(input({ today: '2025-06-13' })).reviewOverdueDays).toBeNull();
    expect(buildBrief(input({ accountId: 'BETA' })).reviewOverdueDays).toBeNull();
    expect(buildBrief(input({ accountId: 'NEW' })).reviewOverdueDays).toBeNull();
    // A Reviews row logged today counts as much as the Accounts "last review": nothing is overdue.
    const reviewed = buildBrief(input({ reviews: [{ account: 'ACME', date: TODAY }] }));
    expect(reviewed.reviewOverdueDays).toBeNull();
    expect(reviewed.lastReview).toBe(TODAY);
    expect(reviewed.reviewDue).toBe('2025-09-16');
    // A review dated after today is a typo, not a review.
    expect(buildBrief(input({ reviews: [{ account: 'ACME', date: '2025-07-01' }] })).reviewOverdueDays).toBe(3);
  });

  test('open plan items exclude done and dropped ones in either language', () => {
    const plan: Row[] = [
      { account: 'ACME', method: 'visit', status: 'Planned' },
      { account: 'ACME', method: 'trial', status: 'Done' },
      { account: 'ACME', method: 'promo', status: 'Отменено' },
      { account: 'ACME', method: 'training', status: 'В работе' },
      { account: 'ACME', method: 'call', status: '' },
      { account: 'BETA', method: 'other', status: 'Planned' },
    ];
    expect(buildBrief(input({ plan })).openPlan.map((r) => r['method'])).toEqual(['visit', 'training', 'call']);
  });

  test('names beside codes, what the client does from General info, the band by the core rule with its colour', () => {
    const b = buildBrief(
      input({
        accounts: [{ ...accounts[0]!, revenue_share: 0.25 }, ...accounts.slice(1)],
        general: [
          { account: 'ACME', description: '', headcount: null },
          { account: 'acme ', description: 'Makes steel pipes', headcount: 1200 },
          { account: 'BETA', description: 'Sells software' },
        ],
        thresholds: { key: 0.1, critical: 0.2, mono: 0.5 },
        palette: {
          key: { background: '#ffff00', font: '#000000' },
          critical: { background: '#fd8d3c', font: '#000000' },
          mono: { background: '#bd0026', font: '#ffffff' },
        },
      }),
    );
    expect(b.accountNames).toEqual([
      { id: 'ACME', name: 'Acme' },
      { id: 'BETA', name: 'Beta' },
      { id: 'NEW', name: 'Newco' },
    ]);
    expect(b.general?.['description']).toBe('Makes steel pipes');
    expect(b.band).toEqual({ key: 'critical', share: 0.25, background: '#fd8d3c', font: '#000000' });
    // Exactly 20 % is key, not critical ("over" is strict); no share, no band; below key, no colour.
    const at = (share: unknown) =>
      buildBrief(
        input({ accounts: [{ ...accounts[0]!, revenue_share: share as number }], thresholds: { key: 0.1, critical: 0.2, mono: 0.5 } }),
      ).band;
    expect(at(0.2)?.key).toBe('key');
    expect(at('Set company revenue in Settings')).toBeNull();
    expect(at(0.05)).toEqual({ key: 'below', share: 0.05, background: null, font: null });
    expect(buildBrief(input({ accountId: 'BETA' })).general).toBeNull();
  });
});
