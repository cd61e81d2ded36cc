/**
 * Issue 9 item 3, through the built bundle: an unknown account code typed in a child tab is marked in its
 * cell as you type; plan items past due and attitudes not re-assessed in time are highlighted by
 * conditional formats the runtime evaluates (effectiveBackground), with no script run after the edit.
 */
import { MARK, MARK_COLORS } from '../../../src/app/validation/marks';
import { OVERDUE } from '../../../src/core/risk/colourRules';
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
    expect(cell('Decision group', 'H3').bg).toBe(OVERDUE.background);
    expect(cell('Decision group', 'H4').bg).toBe('#ffffff');
    rt.counter.uncounted(() => rt.app.getActiveSpreadsheet().getRangeByName('KAD_ATTITUDE_STALE_DAYS')?.setValue(30));
    expect(cell('Decision group', 'H4').bg).toBe(OVERDUE.background);
  });
});
