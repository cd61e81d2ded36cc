/**
 * Issue 9, "numbers are numbers", through the built bundle: revenue typed as
 * text the share and band formulas cannot use is an error at its cell, as
 * you type (onEdit mark) and in Validate, with the number to type; and the
 * sheet's formulas skip it just as the core does. Two of the four spellings run
 * here; all four are in test/core/parse/parse.test.ts (error, number to type, not counted).
 */
import { tabSpec } from '../../../src/core/schema/tabs';
import { columnsOf, tabSheet } from '../../../scripts/sample/fill';
import { columnLetters } from '../../../src/core/a1';
import { ensureBundle } from '../../bundle';
import { portfolio } from '../reminders/reminders.helpers';

beforeAll(ensureBundle);

const accounts = tabSpec('accounts');

describe('numbers typed as text', () => {
  test.each(['600 000', '€600,000'])('%s in an en_US sheet: marked as you type, listed by Validate, not counted', (text) => {
    const rt = portfolio({ settings: { company_revenue: 1_000_000 } });
    const cols = columnsOf(rt, accounts);
    const cell = `${columnLetters(cols['annual_revenue'] as number)}3`;
    const sheet = tabSheet(rt, accounts);
    rt.edit(sheet.getName(), cell, [[text]]);
    const { value, note, share } = rt.counter.uncounted(() => ({
      value: sheet.getRange(cell).getValue(),
      note: sheet.getRange(cell).getNote(),
      share: sheet.getRange(3, cols['revenue_share'] as number).getValue(),
    }));
    expect(typeof value).toBe('string'); // the sheet holds text
    expect(share).toBe(''); // so the share formula skips it
    expect(note).toContain('Type 600000 as a number; this cell holds text');

    rt.run('kadValidate');
    const problems = rt.counter.uncounted(
      () => rt.app.getActiveSpreadsheet().getSheetByName('Problems')?.getDataRange().getDisplayValues() ?? [],
    );
    const row = problems.find((r) => r.join(' ').includes(`'Accounts'!${cell}`) && r.join(' ').includes('is text'));
    expect(row?.join(' ')).toContain('Type 600000 as a number; this cell holds text');
  });
});
