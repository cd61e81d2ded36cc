/**
 * RangeList (Sheet.getRangeList, Spreadsheet.getRangeList): each operation
 * applies to every range of the list and is one counted call.
 * https://developers.google.com/apps-script/reference/spreadsheet/range-list
 */
import type { RuntimeContext } from '../context';
import { CallCounter } from '../counter';
import { createSpreadsheetApp } from '../sheets';

function setup() {
  const now = new Date('2025-03-10T08:00:00Z');
  const ctx: RuntimeContext = {
    counter: new CallCounter(),
    clock: { now: () => new Date(now), set: () => undefined, advance: () => undefined },
    timeZone: 'Etc/UTC',
    locale: 'en_US',
    user: { email: 'owner@example.com', effectiveEmail: 'owner@example.com' },
    authMode: 'FULL',
    ui: { menus: [], toasts: [], alerts: [], sidebars: [], dialogs: [], alertAnswers: [], prompts: [], promptAnswers: [] },
    hasUi: true,
    requireAuth: () => undefined,
  };
  const { app } = createSpreadsheetApp(ctx);
  const ss = app.getActiveSpreadsheet();
  const sheet = ss.getActiveSheet();
  ctx.counter.reset();
  return { ctx, app, ss, sheet, read: <T>(fn: () => T): T => ctx.counter.uncounted(fn) };
}

const thrown = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    return `${(e as Error).name}: ${(e as Error).message}`;
  }
  return 'no error';
};

describe('RangeList', () => {
  test('setValue writes every range, counted as one call and no Range calls', () => {
    const { ctx, sheet, read } = setup();
    const list = sheet.getRangeList(['A1', 'C2:D3']);
    list.setValue('x');
    expect(ctx.counter.snapshot()).toEqual({ 'RangeList.setValue': 1, 'Sheet.getRangeList': 1 });
    expect(read(() => sheet.getRange('A1:D3').getValues())).toEqual([
      ['x', '', '', ''],
      ['', '', 'x', 'x'],
      ['', '', 'x', 'x'],
    ]);
  });

  test('getRanges answers the ranges in the order given', () => {
    const { sheet } = setup();
    const ranges = sheet.getRangeList(['B2:C3', 'A1', 'E5']).getRanges();
    expect(ranges.map((r) => r.getA1Notation())).toEqual(['B2:C3', 'A1', 'E5']);
  });

  test('formats and notes go to every cell of every range; clearFormat and clearNote take them away', () => {
    const { sheet, read } = setup();
    const list = sheet
      .getRangeList(['A1:A2', 'C1'])
      .setBackground('#FF0000')
      .setFontColor('#00ff00')
      .setNote('check')
      .setNumberFormat('0.00')
      .setFontWeight('bold');
    const look = (a1: string) =>
      read(() => {
        const r = sheet.getRange(a1);
        return [r.getBackground(), r.getFontColor(), r.getNote(), r.getNumberFormat(), r.getFontWeight()];
      });
    expect(look('A2')).toEqual(['#ff0000', '#00ff00', 'check', '0.00', 'bold']);
    expect(look('C1')).toEqual(look('A2'));
    expect(look('B1')).toEqual(['#ffffff', '#000000', '', '0.###############', 'normal']);
    list.clearFormat().clearNote();
    expect(look('A2')).toEqual(look('B1'));
  });

  test('clearContent keeps formats; clear removes contents, formats and validation', () => {
    const { app, sheet, read } = setup();
    sheet.getRange('A1:C1').setValues([[1, 2, 3]]);
    sheet.getRange('A1:C1').setBackground('#ff0000');
    sheet.getRange('A1:C1').setDataValidation(app.newDataValidation().requireNumberBetween(1, 5).build());
    sheet.getRangeList(['A1']).clearContent();
    expect(read(() => [sheet.getRange('A1').getValue(), sheet.getRange('A1').getBackground()])).toEqual(['', '#ff0000']);
    sheet.getRangeList(['B1', 'C1']).clear();
    expect(read(() => sheet.getRange('A1:C1').getValues())).toEqual([['', '', '']]);
    expect(read(() => sheet.getRange('A1:C1').getBackgrounds())).toEqual([['#ff0000', '#ffffff', '#ffffff']]);
    expect(
      read(() =>
        sheet
          .getRange('A1:C1')
          .getDataValidations()
          .map((r) => r.map((v) => v !== null)),
      ),
    ).toEqual([[true, false, false]]);
  });

  test('Spreadsheet.getRangeList works on the active sheet; activate makes the last range the active one', () => {
    const { ss, read } = setup();
    const other = ss.insertSheet('Other');
    other.activate();
    ss.getRangeList(['B2', 'D4:E5']).setValue(7).activate();
    expect(read(() => other.getRange('B2').getValue())).toBe(7);
    expect(read(() => ss.getActiveRange()?.getA1Notation())).toBe('D4:E5');
    expect(read(() => ss.getActiveRange()?.getSheet().getName())).toBe('Other');
  });

  test('refuses an empty list and ranges of another sheet; unimplemented members throw', () => {
    const { ss, sheet } = setup();
    ss.insertSheet('Other');
    expect(thrown(() => sheet.getRangeList([]))).toBe('Exception: Invalid argument: a1Notations');
    expect(thrown(() => sheet.getRangeList(['A1', 'Other!A1']))).toBe('Exception: Range not found');
    expect(thrown(() => sheet.getRangeList(['A1']).check())).toBe(
      'NotImplementedError: Local Apps Script runtime: RangeList.check is not implemented',
    );
  });
});
