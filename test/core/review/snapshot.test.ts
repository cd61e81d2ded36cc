/**
 * The snapshot a review stores: every part of one account's dossier, read the
 * same whatever the sheet's language, fields taken from the schema, contacts
 * limited to those since the previous review.
 */
import { RISK_BANDS } from '../../../src/core/domain';
import { FIELD_PARTS, ITEM_PARTS, partTab, snapshotColumns, takeSnapshot, CONTACTS_KEPT } from '../../../src/core/review/snapshot';
import { tabSpec } from '../../../src/core/schema/tabs';
import { ACCOUNT, accountRow, bigDossier, FIRST_REVIEW, input, SECOND_REVIEW } from './review.fixture';
import type { Dossier } from './review.fixture';

const empty = (): Dossier => ({
  accounts: [accountRow()],
  general: [],
  ourView: [],
  decisionGroup: [],
  competitors: [],
  contacts: [],
  plan: [],
});

describe('review snapshot', () => {
  test('fields come from the schema: every column of the tab but the owner, the identity text and review bookkeeping', () => {
    for (const part of [...FIELD_PARTS, ...ITEM_PARTS]) {
      const keys = snapshotColumns(part).map((c) => c.key);
      const tab = tabSpec(partTab(part)).columns.map((c) => c.key);
      expect(keys.every((k) => tab.includes(k))).toBe(true);
      expect(keys).not.toContain('account');
    }
    expect(snapshotColumns('decisionGroup').map((c) => c.key)).toEqual([
      'position',
      'role',
      'attitude',
      'influence',
      'contact',
      'attitude_assessed',
      'reports_to',
      'our_owner',
    ]);
    expect(snapshotColumns('competitors').map((c) => c.key)).toEqual(['kind', 'strengths', 'weaknesses', 'threat', 'checked_on']);
    expect(snapshotColumns('contacts').map((c) => c.key)).toEqual(['date', 'channel', 'outcome']);
    const account = snapshotColumns('account').map((c) => c.key);
    expect(account).toEqual(
      expect.arrayContaining(['annual_revenue', 'revenue_share', 'risk_band', 'category_budget', 'key_type', 'status']),
    );
    expect(account).not.toEqual(expect.arrayContaining(['last_review']));
    expect(account).not.toContain('next_review_due');
  });

  test('account figures: option keys whatever the language, numbers typed as text, the band as shown', () => {
    const d = empty();
    d.accounts = [
      accountRow({ key_type: 'Перспективный', status: 'Под угрозой', annual_revenue: '2 300 000', risk_band: 'Критическая зависимость' }),
    ];
    const s = takeSnapshot(input(d, SECOND_REVIEW, FIRST_REVIEW));
    expect(s.accountId).toBe(ACCOUNT);
    expect(s.account).toMatchObject({
      key_type: 'prospective',
      status: 'at_risk',
      // A number typed as text is text to the sheet's formulas too (issue 9, one truth): not a revenue figure.
      annual_revenue: null,
      revenue_share: 0.18,
      risk_band: 'critical',
    });
  });

  test('the band comes from the Settings thresholds when the band cell shows nothing readable', () => {
    const d = empty();
    d.accounts = [accountRow({ revenue_share: 0.31, risk_band: '' })];
    const s = takeSnapshot({ ...input(d, SECOND_REVIEW, FIRST_REVIEW), thresholds: { key: 0.1, critical: 0.2, mono: 0.5 } });
    expect(s.account['risk_band']).toBe('critical');
    expect(RISK_BANDS.map((b) => b.key)).toContain(s.account['risk_band']);
  });

  test('short texts are kept as typed; long ones as a fingerprint and a length', () => {
    const s = takeSnapshot(input(bigDossier(1, 1, 0), SECOND_REVIEW, FIRST_REVIEW));
    expect(s.general['mission']).toBe('Fresh local food at fair prices.');
    expect(s.general['description']).toEqual({ hash: expect.any(String), length: 335 });
    expect(s.ourView['tenders_won']).toBe(3);
  });

  test("only this account's rows; two people with one name stay two", () => {
    const d = empty();
    d.decisionGroup = [
      { account: ACCOUNT, person: 'Ivan Petrov', role: 'User', attitude: 'Neutral', influence: 'Low' },
      { account: 'OTHER', person: 'Olga', role: 'User', attitude: 'Neutral', influence: 'Low' },
      { account: ACCOUNT, person: '  ivan   PETROV ', role: 'Сторонник', attitude: 'Позитивное', influence: 'High' },
    ];
    const s = takeSnapshot(input(d, SECOND_REVIEW, FIRST_REVIEW));
    expect(s.decisionGroup.map((p) => [p.id, p.label, p.fields['role']])).toEqual([
      ['ivan petrov', 'Ivan Petrov', 'user'],
      ['ivan petrov#2', 'ivan PETROV', 'supporter'],
    ]);
  });

  test('plan items done or dropped keep only their kind and status', () => {
    const d = empty();
    d.plan = [
      { account: ACCOUNT, approach: 'Personal trust', method: 'Visits to our site', owner: 'KAM', due: '2026-12-01', status: 'Planned' },
      { account: ACCOUNT, approach: 'Risk reduction', method: 'Free trial', owner: 'KAM', due: '2026-10-01', status: 'Done' },
    ];
    const s = takeSnapshot(input(d, SECOND_REVIEW, FIRST_REVIEW));
    expect(s.plan[0]).toMatchObject({
      id: 'trust|site_visits',
      label: 'Visits to our site',
      fields: { owner: 'KAM', due: '2026-12-01', status: 'planned' },
    });
    expect(s.plan[1]).toEqual({ id: 'risk|free trial', label: 'Free trial', closed: true, fields: { approach: 'risk', status: 'done' } });
  });

  test('contacts: only those after the previous review and up to this one, newest first; older ones beyond the cap counted by outcome', () => {
    const d = empty();
    d.contacts = [
      { account: ACCOUNT, date: FIRST_REVIEW, person: 'At the last review', channel: 'Call', outcome: 'Neutral' },
      { account: ACCOUNT, date: '2026-09-01', person: 'Olga', channel: 'Meeting', outcome: 'Positive' },
      { account: ACCOUNT, date: '2026-11-20', person: 'After this review', channel: 'Call', outcome: 'Neutral' },
      { account: ACCOUNT, date: '2026-10-02', person: 'Ivan', channel: 'Звонок', outcome: 'Негативный' },
      { account: ACCOUNT, date: '', person: 'Undated', channel: 'Call', outcome: 'Neutral' },
    ];
    const s = takeSnapshot(input(d, SECOND_REVIEW, FIRST_REVIEW));
    expect(s.contacts.map((c) => [c.label, c.fields])).toEqual([
      ['Ivan', { date: '2026-10-02', channel: 'call', outcome: 'negative' }],
      ['Olga', { date: '2026-09-01', channel: 'meeting', outcome: 'positive' }],
    ]);
    const big = takeSnapshot(input(bigDossier(5, 1, 150), SECOND_REVIEW, FIRST_REVIEW));
    expect(big.contacts).toHaveLength(CONTACTS_KEPT);
    expect(big.omitted.contacts).toBe(50);
    expect(Object.values(big.omitted.contactOutcomes).reduce((a, b) => a + b, 0)).toBe(50);
    // A first review has no previous one: every contact up to it counts.
    expect(takeSnapshot(input(d, SECOND_REVIEW, null)).contacts).toHaveLength(3);
  });
});
