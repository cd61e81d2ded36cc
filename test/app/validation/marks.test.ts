/**
 * Issue 9 item 3, through the built bundle: an unknown account code typed in a child tab is marked in its
 * cell as you type, and so are warnings (amber, errors red), which stay visible on a mono-client row; an edit
 * that fixes a warning's cause in another row or on another tab clears that warning's mark; plan items past
 * due and attitudes not re-assessed in time are highlighted by conditional formats the runtime evaluates
 * (effectiveBackground), with no script run after the edit.
 */
import { MARK, MARK_COLORS } from '../../../src/app/validation/marks';
import { OVERDUE, STALE } from '../../../src/core/risk/colourRules';
import { zonedDate } from '../../../scripts/sample/sheetValues';
import { goodDossier, TODAY } from '../../core/validation/validation.fixture';
import type { Runtime } from '../../runtime';
import { createProductRuntime } from '../../productRuntime';
import { harness, typeDossier } from './validation.helpers';
import { ensureBundle } from '../../bundle';

const TZ = 'Europe/Vilnius';
let rt: Runtime;

beforeAll(() => {
  ensureBundle();
  rt = createProductRuntime({ now: zonedDate(TODAY, TZ, 10), timeZone: TZ, locale: 'en_US' }).load();
  rt.run('kadCreateOrRepair');
  typeDossier(rt, goodDossier());
});

const cell = (tab: string, a1: string) =>
  rt.counter.uncounted(() => {
    const r = rt.app.getActiveSpreadsheet().getSheetByName(tab)?.getRange(a1) as GoogleAppsScript.Spreadsheet.Range;
    return { value: r.getValue(), note: r.getNote(), bg: harness(rt).effectiveBackground(tab, a1) };
  });

describe('marks as you type', () => {
  it('marks an unknown account code in its cell, and clears the mark once the code is known', () => {
    rt.edit('Contacts', 'A5:E5', [['ACMEE', '2026-03-01', 'Ann Boss', 'Call', 'Positive']]);
    expect(cell('Contacts', 'A5')).toEqual({
      value: 'ACMEE',
      note: `${MARK}'Contacts'!A5 (Account): account "ACMEE" is not on the Accounts tab. Pick an account id from the list, or add the account on the Accounts tab first.`,
      bg: MARK_COLORS.error,
    });
    rt.edit('Contacts', 'A5', [['acme']]); // ids match as Validate matches them, case aside
    expect(cell('Contacts', 'A5')).toMatchObject({ note: '', bg: '#ffffff' });
  });
});

describe('conditional-format highlights (no script run after the edit)', () => {
  it('a plan item past due and still open is highlighted; done or dropped, or due later, it is not', () => {
    // Plan: account, approach, method, cost, benefit, client value, owner, due (H), status (I).
    harness(rt).userEdit('Relationship plan', 'H4:I6', [
      ['2026-03-01', 'Planned'],
      ['2026-03-01', 'Done'],
      ['2026-03-20', 'In progress'],
    ]);
    expect(cell('Relationship plan', 'H4').bg).toBe(OVERDUE.background);
    expect(cell('Relationship plan', 'H5').bg).toBe('#ffffff');
    expect(cell('Relationship plan', 'H6').bg).toBe('#ffffff');
    expect(cell('Relationship plan', 'H3').bg).toBe('#ffffff'); // the fixture's item, due in June
  });

  it('an attitude assessed longer ago than the Settings attitude stale days is highlighted, and follows the setting', () => {
    // Decision group: assessed on is column H; the fixture's two people were assessed 2026-02-01 (37 days ago).
    harness(rt).userEdit('Decision group', 'H3', [['2025-11-01']]); // 129 days ago, over the default 90
    // The warning's amber: the highlight and the as-you-type mark of the same rule look the same.
    expect(cell('Decision group', 'H3').bg).toBe(STALE.background);
    expect(STALE.background).toBe(MARK_COLORS.warning);
    expect(cell('Decision group', 'H4').bg).toBe('#ffffff');
    rt.counter.uncounted(() => rt.app.getActiveSpreadsheet().getRangeByName('KAD_ATTITUDE_STALE_DAYS')?.setValue(30));
    expect(cell('Decision group', 'H4').bg).toBe(STALE.background);
    // The rule reads the setting's cell through INDIRECT (named ranges are not documented in custom formulas).
    const rules = rt.counter.uncounted(
      () => rt.app.getActiveSpreadsheet().getSheetByName('Decision group')?.getConditionalFormatRules() ?? [],
    );
    const formulas = rules.map((r) => String(r.getBooleanCondition()?.getCriteriaValues()[0]));
    expect(formulas.find((f) => f.includes('TODAY()'))).toMatch(/INDIRECT\("'Settings'!\$C\$\d+"\)/);
    expect(formulas.join(' ')).not.toContain('KAD_');
  });
});

const note = (tab: string, a1: string) => cell(tab, a1).note;
const lines = (tab: string, a1: string) => note(tab, a1).split('\n');

describe('warnings as you type (onEdit), and marks cleared when their cause is fixed elsewhere', () => {
  // Accounts: id A, name B, type C, manager D, supervisor E, sponsor F, revenue G, share H, band I, ..., status O.
  it('a new mono-client account: amber advice on its id, a red error on its supervisor, both visible over the risk colour', () => {
    rt.counter.uncounted(() => rt.app.getActiveSpreadsheet().getRangeByName('KAD_COMPANY_REVENUE')?.setValue(200000));
    rt.edit('Accounts', 'A5:G5', [['MONO', 'Mono Corp', 'Revenue', 'kam@ours.com', 'boss@', '', 150000]]);
    rt.edit('Accounts', 'O5', [['Active']]);
    expect(cell('Accounts', 'I5').value).toBe('Mono-client');
    const band = cell('Accounts', 'I5').bg;
    expect(cell('Accounts', 'A5').bg).toBe(MARK_COLORS.warning);
    expect(cell('Accounts', 'E5').bg).toBe(MARK_COLORS.error);
    expect(new Set([band, MARK_COLORS.warning, MARK_COLORS.error, '#ffffff']).size).toBe(4);
    expect(lines('Accounts', 'A5')).toEqual([
      `${MARK}'Accounts'!A5 (Account id): account MONO has no decision maker in its decision group. Find out who decides and add them with the role "Decision maker".`,
      `${MARK}'Accounts'!A5 (Account id): account MONO has only 0 people in its decision group (fewer than 3). A relationship that rests on one or two people breaks when they leave: add more people.`,
      expect.stringMatching(
        /^⚠ 'Accounts'!A5 \(Account id\): the competitors of account MONO include no "Client inertia" or "Do-it-yourself" entry/,
      ),
    ]);
    expect(note('Accounts', 'E5')).toMatch(/^⚠ 'Accounts'!E5 \(Supervisor e-mail\): "boss@" is not an e-mail address/);
    expect(note('Accounts', 'O5')).toBe(''); // the status typed: its "required" mark is gone
  });

  it("the account's first Decision group and Competitors rows take the advice off its Accounts id cell", () => {
    // Decision group: account A, person B, position C, role D, attitude E, influence F.
    rt.edit('Decision group', 'A6:F6', [['MONO', 'Dana Boss', '', 'Decision maker', 'Neutral', 'High']]);
    expect(lines('Accounts', 'A5')).toEqual([expect.stringMatching(/include no "Client inertia" or "Do-it-yourself" entry/)]);
    // The advice that still applies moved to the account's first Decision group row.
    expect(note('Decision group', 'D6')).toMatch(/has only 1 people in its decision group/);
    expect(cell('Decision group', 'D6').bg).toBe(MARK_COLORS.warning);
    // Competitors: account A, competitor B, kind C, strengths D, weaknesses E, threat F.
    rt.edit('Competitors', 'A5:C5', [['MONO', 'Doing nothing', 'Client inertia']]);
    expect(cell('Accounts', 'A5')).toMatchObject({ note: '', bg: '#ffffff' });
    // Its only competitor typed over to another account: the advice is back on MONO's id (the cell's old value).
    rt.edit('Competitors', 'A5', [['ACME']]);
    expect(lines('Accounts', 'A5')).toEqual([expect.stringMatching(/account MONO include no "Client inertia"/)]);
    rt.edit('Competitors', 'A5', [['MONO']]);
    expect(cell('Accounts', 'A5')).toMatchObject({ note: '', bg: '#ffffff' });
  });

  it('a fix in another row clears its warning there: two more people, then a supporter as strong as the opponent', () => {
    rt.edit('Decision group', 'A7:F8', [
      ['MONO', 'Eve User', '', 'User', 'Neutral', 'Low'],
      ['MONO', 'Finn Foe', '', 'Opponent', 'Negative', 'High'],
    ]);
    expect(cell('Decision group', 'D6')).toMatchObject({ note: '', bg: '#ffffff' }); // three people now: row 6 is clear
    expect(note('Decision group', 'F8')).toMatch(/Finn Foe/);
    expect(cell('Decision group', 'F8').bg).toBe(MARK_COLORS.warning);
    rt.edit('Decision group', 'D7:F7', [['Supporter', 'Positive', 'High']]);
    expect(cell('Decision group', 'F8')).toMatchObject({ note: '', bg: '#ffffff' });
  });

  it('a contact inside a pause is marked; changing the earlier negative contact clears the later row', () => {
    // ACME's contacts: row 3 negative on 2026-02-01 (pause of 14 days), row 4 positive, row 5 the unknown-code test's.
    rt.edit('Contacts', 'A6:E6', [['ACME', '2026-02-05', 'Bob Fan', 'Call', 'Neutral']]);
    expect(note('Contacts', 'B6')).toMatch(/^⚠ 'Contacts'!B6 \(Date\): .*2026-02-01/);
    expect(cell('Contacts', 'B6').bg).toBe(MARK_COLORS.warning);
    rt.edit('Contacts', 'E3', [['Neutral']]);
    expect(cell('Contacts', 'B6')).toMatchObject({ note: '', bg: '#ffffff' });
    rt.edit('Contacts', 'E3', [['Negative']]); // and back: the warning returns on row 6
    expect(cell('Contacts', 'B6').bg).toBe(MARK_COLORS.warning);
  });

  it('a typed cell costs the same service calls with 4 or 304 contacts of the account', () => {
    const typeSummary = (text: string) => rt.counter.measure(() => rt.edit('Contacts', 'F4', [[text]])).total;
    const small = typeSummary('Asked about the tender');
    harness(rt).userEdit(
      'Contacts',
      'A7:E306',
      Array.from({ length: 300 }, (_, i) => ['ACME', '2026-02-20', `Person ${i}`, 'Call', 'Neutral']),
    );
    expect(typeSummary('Asked about the tender again')).toBe(small);
  });
});
