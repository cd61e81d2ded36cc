/**
 * The spreadsheet emulation (test/runtime/sheets): Sheets' exact error
 * messages, call counting, formulas through HyperFormula with Sheets'
 * semantics, dates in the spreadsheet time zone, rules and metadata.
 */
import type { RuntimeContext } from '../context';
import { CallCounter, NotImplementedError } from '../counter';
import { createSpreadsheetApp, type HarnessSpreadsheet } from '../sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function makeCtx(timeZone = 'Europe/Vilnius', locale = 'en_US'): RuntimeContext {
  let now = new Date('2025-03-10T08:00:00Z');
  return {
    counter: new CallCounter(),
    clock: {
      now: () => new Date(now),
      set: (d: Date) => (now = new Date(d)),
      advance: (ms: number) => (now = new Date(now.getTime() + ms)),
    },
    timeZone,
    locale,
    user: { email: 'owner@example.com', effectiveEmail: 'owner@example.com' },
    authMode: 'FULL',
    ui: { menus: [], toasts: [], alerts: [], sidebars: [], dialogs: [], alertAnswers: [] } as unknown as RuntimeContext['ui'],
    requireAuth: () => undefined,
  };
}

function setup(timeZone?: string, locale?: string) {
  const ctx = makeCtx(timeZone, locale);
  const { app, spreadsheet } = createSpreadsheetApp(ctx);
  const ss = app.getActiveSpreadsheet();
  const sheet = ss.getActiveSheet();
  return { ctx, app, ss, sheet, h: spreadsheet as HarnessSpreadsheet };
}

const thrown = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    return `${(e as Error).name}: ${(e as Error).message}`;
  }
  return 'no error';
};

describe('strictness: Sheets error messages', () => {
  const { ss, sheet } = setup();

  test('setValues with the wrong number of rows or columns', () => {
    const r = sheet.getRange(1, 1, 2, 2);
    expect(
      thrown(() =>
        r.setValues([
          [1, 2],
          [3, 4],
          [5, 6],
        ]),
      ),
    ).toBe('Exception: The number of rows in the data does not match the number of rows in the range. The data has 3 but the range has 2.');
    expect(thrown(() => r.setValues([[1, 2], [3]]))).toBe(
      'Exception: The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(thrown(() => r.setNotes([['a', 'b']]))).toContain('The data has 1 but the range has 2.');
    expect(thrown(() => r.setBackgrounds([['red'], ['red']]))).toContain('number of columns in the data');
    expect(thrown(() => r.setNumberFormats([['0'], ['0']]))).toContain('number of columns');
    expect(thrown(() => r.setFormulas([['=1']]))).toContain('number of rows');
  });

  test('getRange bounds', () => {
    expect(thrown(() => sheet.getRange(0, 1))).toBe('Exception: The starting row of the range is too small.');
    expect(thrown(() => sheet.getRange(1, 0))).toBe('Exception: The starting column of the range is too small.');
    expect(thrown(() => sheet.getRange(1, 1, 0, 1))).toBe('Exception: The number of rows in the range must be at least 1.');
    expect(thrown(() => sheet.getRange(1, 1, 1, 0))).toBe('Exception: The number of columns in the range must be at least 1.');
    expect(thrown(() => sheet.getRange(1000, 1, 2, 1))).toBe(
      'Exception: The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(thrown(() => sheet.getRange('A1:ZZ2'))).toBe('Exception: Range not found');
    expect(sheet.getRange(1000, 26).getA1Notation()).toBe('Z1000');
  });

  test('sheet names and deleting the last sheet', () => {
    expect(thrown(() => ss.insertSheet('Sheet1'))).toBe(
      'Exception: A sheet with the name "Sheet1" already exists. Please enter another name.',
    );
    const other = ss.insertSheet('Other');
    expect(thrown(() => other.setName('sheet1'))).toContain('already exists');
    ss.deleteSheet(other);
    expect(thrown(() => ss.deleteSheet(sheet))).toBe("Exception: You can't remove all the sheets in a document.");
  });

  test('unimplemented members throw naming the member', () => {
    const r = sheet.getRange('A1') as unknown as Record<string, () => unknown>;
    expect(() => r.getTextStyle!()).toThrow(NotImplementedError);
    expect(() => r.getTextStyle!()).toThrow('Range.getTextStyle');
  });
});

describe('counting', () => {
  test('each call counts as Class.method', () => {
    const { ctx, app } = setup();
    ctx.counter.reset();
    const { calls } = ctx.counter.measure(() => {
      const sh = app.getActiveSpreadsheet().getSheetByName('Sheet1')!;
      sh.getRange('A1:B2').setValues([
        [1, 2],
        [3, 4],
      ]);
      return sh.getRange(1, 1, 2, 2).getValues();
    });
    expect(calls).toEqual({
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'Spreadsheet.getSheetByName': 1,
      'Sheet.getRange': 2,
      'Range.setValues': 1,
      'Range.getValues': 1,
    });
  });
});

describe('values', () => {
  test('user-entered parsing, text format, apostrophes and formulas from setValues', () => {
    const { sheet } = setup();
    sheet.getRange('C1').setNumberFormat('@');
    sheet.getRange('A1:D1').setValues([['12', '15%', '0042', "'0042"]]);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([[12, 0.15, '0042', '0042']]);
    expect(sheet.getRange('B1').getNumberFormat()).toBe('0%');
    expect(sheet.getRange('B1').getDisplayValue()).toBe('15%');
    sheet.getRange('A2:C2').setValues([['=1+1', 'true', '']]);
    expect(sheet.getRange('A2:C2').getValues()).toEqual([[2, true, '']]);
    expect(sheet.getRange('A2:C2').getFormulas()).toEqual([['=1+1', '', '']]);
    expect(sheet.getRange('A2').getNumberFormat()).toBe('0.###############');
  });

  test("'=' text: a formula in a normal cell, text in a plain-text ('@') cell", () => {
    // setValue: "If it begins with '=' it is interpreted as a formula"
    // (https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object));
    // a cell formatted as plain text keeps typed input verbatim, '=' included.
    const { sheet } = setup();
    sheet.getRange('B1:B2').setNumberFormat('@');
    sheet.getRange('A1').setValue('=1+1');
    sheet.getRange('B1:B2').setValues([['=1+1'], ['=SUM(A1:A1)']]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([[2, '=1+1']]);
    expect(sheet.getRange('A1:B2').getFormulas()).toEqual([
      ['=1+1', ''],
      ['', ''],
    ]);
    expect(sheet.getRange('B2').getDisplayValue()).toBe('=SUM(A1:A1)');
    // Back to General, the next write is a formula again.
    sheet.getRange('B2').setNumberFormat('General').setValue('=A1*3');
    expect(sheet.getRange('B2').getValue()).toBe(6);
  });

  test('getValues: errors as their text, checkboxes as booleans; display of 0.0% and yyyy-mm-dd', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/range#getValues()
    const { sheet } = setup();
    sheet.getRange('A1').setFormula('=1/0');
    sheet.getRange('B1').insertCheckboxes();
    sheet.getRange('C1:D1').setValues([[0.1234, '2024-02-29']]);
    sheet.getRange('C1:D1').setNumberFormats([['0.0%', 'yyyy-mm-dd']]);
    const [err, box, pct, date] = sheet.getRange('A1:D1').getValues()[0]!;
    expect([err, box, pct]).toEqual(['#DIV/0!', false, 0.1234]);
    expect(date).toBeInstanceOf(Date);
    expect(sheet.getRange('A1:D1').getDisplayValues()).toEqual([['#DIV/0!', 'FALSE', '12.3%', '2024-02-29']]);
  });

  test('setBackgrounds with null resets to white; setNotes with "" or null clears', () => {
    // "null values reset the color" / "null values remove the note":
    // https://developers.google.com/apps-script/reference/spreadsheet/range#setBackgrounds(String)
    const { sheet } = setup();
    const r = sheet.getRange('A1:B1');
    r.setBackgrounds([['#ff0000', 'yellow']]).setNotes([['n1', 'n2']]);
    expect(r.getBackgrounds()).toEqual([['#ff0000', '#ffff00']]);
    r.setBackgrounds([[null as unknown as string, '#00ff00']]);
    r.setNotes([['', null as unknown as string]]);
    expect(r.getBackgrounds()).toEqual([['#ffffff', '#00ff00']]);
    expect(r.getNotes()).toEqual([['', '']]);
  });

  test('display formats', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1:D1');
    r.setValues([[1234.5, 0.1234, 45322, 7]]);
    r.setNumberFormats([['#,##0.00', '0.0%', 'dd.MM.yyyy', '"€"#,##0']]);
    expect(r.getDisplayValues()).toEqual([['1,234.50', '12.3%', '31.01.2024', '€7']]);
  });

  test.each(['Europe/Vilnius', 'Europe/Moscow'])('dates round-trip in %s', (tz) => {
    const { sheet, ss } = setup(tz);
    expect(ss.getSpreadsheetTimeZone()).toBe(tz);
    // Midnight on the DST switch day in Vilnius, and an afternoon instant.
    const midnight = tz === 'Europe/Vilnius' ? new Date('2024-03-30T22:00:00Z') : new Date('2024-03-30T21:00:00Z');
    const afternoon = new Date('2024-07-15T11:30:00Z');
    sheet.getRange('A1:B1').setValues([[midnight, afternoon]]);
    const [a, b] = sheet.getRange('A1:B1').getValues()[0] as Date[];
    expect(a).toBeInstanceOf(Date);
    expect(a!.getTime()).toBe(midnight.getTime());
    expect(b!.getTime()).toBe(afternoon.getTime());
    expect(sheet.getRange('A1').getNumberFormat()).toBe('M/d/yyyy');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('3/31/2024');
    expect(sheet.getRange('B1').getNumberFormat()).toBe('M/d/yyyy H:mm:ss');
    expect(sheet.getRange('B1').getDisplayValue()).toBe(tz === 'Europe/Vilnius' ? '7/15/2024 14:30:00' : '7/15/2024 14:30:00');
    // Typed ISO dates become dates too; DATEDIF-style arithmetic sees serials.
    sheet.getRange('C1').setValue('2024-01-31');
    sheet.getRange('D1').setFormula('=C1+1');
    expect((sheet.getRange('C1').getValue() as Date).getTime()).toBe(
      new Date(tz === 'Europe/Vilnius' ? '2024-01-30T22:00:00Z' : '2024-01-30T21:00:00Z').getTime(),
    );
    expect(sheet.getRange('D1').getValue()).toBe(45323);
  });

  test('TODAY follows the runtime clock in the spreadsheet time zone; EDATE keeps 29 Feb', () => {
    const { sheet, ctx } = setup('Europe/Vilnius');
    ctx.clock.set(new Date('2025-03-10T22:30:00Z')); // already 11 March in Vilnius
    sheet.getRange('A1:B1').setFormulas([['=TODAY()', '=EDATE(DATE(2024,1,31),1)']]);
    expect(sheet.getRange('A1').getDisplayValue()).toBe('3/11/2025');
    expect(sheet.getRange('B1').getDisplayValue()).toBe('2/29/2024');
    ctx.clock.advance(24 * 3600 * 1000);
    expect(sheet.getRange('A1').getDisplayValue()).toBe('3/12/2025');
  });
});

describe('formulas', () => {
  test('INDEX reads one cell of a range, or answers as HyperFormula does', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C3').setValues([
      [1, 'x', ''],
      [2, '', ''],
      ['t', true, ''],
    ]);
    sheet.getRange('D1').setFormula('=1/0');
    const formulas = [
      '=INDEX(A1:B3,3,2)',
      '=INDEX(A1:B3,2)',
      '=INDEX(A1:B3,0,1)',
      '=INDEX(A1:B3,4,1)',
      '=INDEX({1,2;3,4},2,1)',
      '=ISBLANK(INDEX(C1:C3,2))',
      '=INDEX(D1:D1,1)',
      '=INDEX(A1:A3,1.9)',
    ];
    sheet.getRange('F1:F8').setFormulas(formulas.map((f) => [f]));
    expect(sheet.getRange('F1:F8').getValues().flat()).toEqual([true, 2, '#VALUE!', '#NUM!', 3, true, '#DIV/0!', 1]);
  });

  test('IF returns what Sheets returns whether it evaluates one branch or both', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A3').setValues([['k'], [''], [7]]);
    sheet.getRange('B1:I1').setFormulas([
      [
        '=IF(A1="k","yes",1/0)', // the other branch is an error, never seen
        '=IF(A2="k","yes")', // two arguments, false: FALSE
        '=IF(1/0,"a","b")', // an error condition is the result
        '=IF(A3,A3*2,"none")', // a number condition is true unless 0
        '=IF("text","a","b")', // text that is not TRUE/FALSE: #VALUE!
        '=IF(A2,"a","b")', // an empty cell is false
        '=ARRAYFORMULA(IF(A1:A3="k","hit","miss"))', // an array condition spills as before
        '=IF(A1="k",A3:A3,"")', // a one-cell range branch reads as its value
      ],
    ]);
    expect(sheet.getRange('B1:H1').getValues()).toEqual([['yes', false, '#DIV/0!', 14, '#VALUE!', 'b', 'hit']]);
    expect(sheet.getRange('H1:H3').getValues()).toEqual([['hit'], ['miss'], ['miss']]);
    expect(sheet.getRange('I1').getValue()).toBe(7);
  });

  test('cross-sheet references, named ranges, IFERROR, SUMPRODUCT, bare TRUE', () => {
    const { ss, sheet } = setup();
    const settings = ss.insertSheet('Settings');
    settings.getRange('B2:B4').setValues([[10], [20], [30]]);
    ss.setNamedRange('Threshold', settings.getRange('B3'));
    sheet.getRange('A1:A4').setValues([[5], [25], [35], ['x']]);
    sheet
      .getRange('B1:F1')
      .setFormulas([
        ['=SUM(Settings!B2:B)', '=Threshold*2', '=IFERROR(1/0,"none")', '=SUMPRODUCT((A1:A3>Threshold)*A1:A3)', '=IF(TRUE,"yes","no")'],
      ]);
    expect(sheet.getRange('B1:F1').getValues()).toEqual([[60, 40, 'none', 60, 'yes']]);
    expect(sheet.getRange('B1').getFormula()).toBe('=SUM(Settings!B2:B)');
    expect(ss.getRangeByName('threshold')!.getA1Notation()).toBe('B3');
    sheet.getRange('G1').setFormula('=1/0');
    sheet.getRange('H1').setFormula('=VLOOKUP("zz",A1:A4,1,FALSE)');
    expect(sheet.getRange('G1:H1').getValues()).toEqual([['#DIV/0!', '#N/A']]);
    // Named range follows a row insert on its sheet.
    settings.insertRowsBefore(1, 2);
    expect(ss.getRangeByName('Threshold')!.getA1Notation()).toBe('B5');
    expect(sheet.getRange('C1').getValue()).toBe(40);
    expect(sheet.getRange('B1').getFormula()).toBe('=SUM(Settings!B4:B)');
  });

  test('a formula reading a range an earlier formula reads already follows that range through writes and inserted rows', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.getRange('B1:C1').setFormulas([['=SUM(A1:A5)', '=SUM(A:A)']]);
    expect(sheet.getRange('B1:C1').getValues()).toEqual([[6, 6]]);
    sheet.getRange('A5').setValue(10);
    sheet.getRange('A9').setValue(100);
    // The same ranges again, in formulas written after those cells appeared.
    sheet.getRange('B2:C2').setFormulas([['=SUM(A1:A5)*2', '=SUM(A:A)*2']]);
    expect(sheet.getRange('B1:C2').getValues()).toEqual([
      [16, 116],
      [32, 232],
    ]);
    sheet.insertRowsBefore(2, 1); // the range grows to A1:A6; the formulas move down one row
    sheet.getRange('A2').setValue(1000);
    sheet.getRange('B20:C20').setFormulas([['=SUM(A1:A6)*3', '=SUM(A:A)*3']]);
    sheet.getRange('A20').setValue(5);
    expect(sheet.getRange('B1:C1').getValues()).toEqual([[1016, 1121]]);
    expect(sheet.getRange('B3:C3').getValues()).toEqual([[2032, 2242]]);
    expect(sheet.getRange('B20:C20').getValues()).toEqual([[3048, 3363]]);
    sheet.getRange('A4').setValue(null);
    expect(sheet.getRange('B20:C20').getValues()).toEqual([[3039, 3354]]);
  });

  test('exact-match lookups: first match, case and accents ignored, not found is #N/A, and they follow writes', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B5').setValues([
      ['Émile', 1],
      ['bob', 2],
      ['BOB', 3],
      [7, 4],
      ['', 5],
    ]);
    sheet
      .getRange('D1:D5')
      .setFormulas([
        ['=VLOOKUP("emile",A1:B5,2,FALSE)'],
        ['=VLOOKUP("Bob",A1:B5,2,FALSE)'],
        ['=MATCH(7,A1:A5,0)'],
        ['=IFERROR(VLOOKUP("zed",A1:B5,2,FALSE),"none")'],
        ['=ARRAYFORMULA(IFERROR(VLOOKUP(C1:C3,A1:B5,2,FALSE),"none"))'],
      ]);
    sheet.getRange('E1').setFormula('=XLOOKUP("bob",A1:A5,B1:B5,"none",0,-1)');
    sheet.getRange('C1:C3').setValues([['BOB'], [7], ['x']]);
    expect(sheet.getRange('D1:D7').getValues()).toEqual([[1], [2], [4], ['none'], [2], [4], ['none']]);
    expect(sheet.getRange('E1').getValue()).toBe(3);
    // A write moves the first match: the lookups see it at once.
    sheet.getRange('A2').setValue('x');
    sheet.getRange('A4').setValue('zed');
    expect(sheet.getRange('D1:D7').getValues()).toEqual([[1], [3], ['#N/A'], [4], [3], ['none'], [2]]);
    expect(sheet.getRange('E1').getValue()).toBe(3);
  });

  test('references to a deleted sheet stay #REF! even when the name comes back', () => {
    const { ss, sheet } = setup();
    const other = ss.insertSheet('Other');
    other.getRange('A1').setValue(5);
    sheet.getRange('A1:B1').setFormulas([['=Other!A1+1', '=ROWS(Other!A2:A)']]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([[6, 999]]);
    ss.deleteSheet(other);
    ss.insertSheet('Other').getRange('A1').setValue(7);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['#REF!', '#REF!']]);
    expect(sheet.getRange('A1:B1').getFormulas()).toEqual([['=#REF!+1', '=ROWS(#REF!)']]);
  });

  test('ARRAYFORMULA over an open-ended range spills; spilled cells have no formula', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A4').setValues([['n'], [1], [2], [3]]);
    sheet.getRange('B2').setFormula('=ARRAYFORMULA(IF(A2:A="","",A2:A*10))');
    expect(sheet.getRange('B2:B6').getValues()).toEqual([[10], [20], [30], [''], ['']]);
    expect(sheet.getRange('B2:B3').getFormulas()).toEqual([['=ARRAYFORMULA(IF(A2:A="","",A2:A*10))'], ['']]);
    // Appending rows keeps the range open-ended (Sheets' A2:A reaches the new last row).
    sheet.insertRowsAfter(sheet.getMaxRows(), 500);
    sheet.getRange(1400, 1).setValue(7);
    expect(sheet.getRange(1400, 2).getValue()).toBe(70);
    expect(sheet.getRange('B2').getFormula()).toBe('=ARRAYFORMULA(IF(A2:A="","",A2:A*10))');
    // A value in the spill area breaks the array as in Sheets (#REF!).
    sheet.getRange('B5').setValue('blocker');
    expect(sheet.getRange('B2').getValue()).toBe('#REF!');
  });
});

describe('conditional formats and validation', () => {
  test('first matching rule wins; custom formulas are relative to the rule range', () => {
    const { app, sheet, h } = setup();
    sheet.getRange('A2:C4').setValues([
      ['a', 'x', 50],
      ['b', 'y', 150],
      ['c', 'z', 300],
    ]);
    const rng = sheet.getRange('A2:C10');
    const high = app.newConditionalFormatRule().whenFormulaSatisfied('=$C2>200').setBackground('#FF0000').setRanges([rng]).build();
    const mid = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=$C2>100')
      .setBackground('yellow')
      .setBold(true)
      .setRanges([rng])
      .build();
    const num = app
      .newConditionalFormatRule()
      .whenNumberLessThan(100)
      .setFontColor('#00ff00')
      .setRanges([sheet.getRange('C2:C10')])
      .build();
    sheet.setConditionalFormatRules([high, mid, num]);
    expect(h.effectiveBackground('Sheet1', 'A2')).toBe('#ffffff');
    expect(h.effectiveBackground('Sheet1', 'B3')).toBe('#ffff00');
    expect(h.effectiveBold('Sheet1', 'B3')).toBe(true);
    expect(h.effectiveBackground('Sheet1', 'A4')).toBe('#ff0000');
    expect(h.effectiveFontColor('Sheet1', 'C2')).toBe('#00ff00');
    const rules = sheet.getConditionalFormatRules();
    expect(rules).toHaveLength(3);
    expect(String(rules[1]!.getBooleanCondition()!.getCriteriaType())).toBe('CUSTOM_FORMULA');
    expect(rules[1]!.getBooleanCondition()!.getCriteriaValues()).toEqual(['=$C2>100']);
    expect(rules[0]!.getRanges()[0]!.getA1Notation()).toBe('A2:C10');
  });

  test('INDIRECT of a literal reference in a custom formula reads that cell (another sheet too); a bad one is #REF!', () => {
    const { app, ss, sheet, h } = setup();
    ss.insertSheet("It's set").getRange('B2').setValue(10);
    sheet.getRange('A2:A3').setValues([[5], [20]]);
    const rule = (f: string) =>
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied(f)
        .setBackground('#ff0000')
        .setRanges([sheet.getRange('A2:A3')])
        .build();
    sheet.setConditionalFormatRules([rule(`=$A2>INDIRECT("'It''s set'!$B$2")`)]);
    expect([h.effectiveBackground('Sheet1', 'A2'), h.effectiveBackground('Sheet1', 'A3')]).toEqual(['#ffffff', '#ff0000']);
    // A sheet that is not there: INDIRECT fails, IFERROR catches it, as in Sheets.
    sheet.setConditionalFormatRules([rule(`=$A2>IFERROR(INDIRECT("'Gone'!$B$2"),1)`)]);
    expect(h.effectiveBackground('Sheet1', 'A2')).toBe('#ff0000');
    sheet.setConditionalFormatRules([rule('=$A2>IFERROR(INDIRECT("not a reference"),100)')]);
    expect(h.effectiveBackground('Sheet1', 'A3')).toBe('#ffffff');
    sheet.setConditionalFormatRules([rule('=$A2>INDIRECT("B"&ROW())')]);
    expect(() => h.effectiveBackground('Sheet1', 'A2')).toThrow(/INDIRECT with a computed argument/);
  });

  test('validation rules: getters, evaluation and rejected user edits', () => {
    const { app, ss, sheet, h } = setup();
    const lists = ss.insertSheet('Lists');
    lists.getRange('A1:A3').setValues([['Gold'], ['Silver'], ['Bronze']]);
    const list = app.newDataValidation().requireValueInList(['Yes', 'No'], true).setAllowInvalid(false).setHelpText('Yes or No').build();
    sheet.getRange('A2:A10').setDataValidation(list);
    sheet.getRange('B2:B10').setDataValidation(app.newDataValidation().requireValueInRange(lists.getRange('A1:A3')).build());
    sheet.getRange('C2:C10').setDataValidation(app.newDataValidation().requireFormulaSatisfied('=C2<=D2').build());
    sheet.getRange('E2').setDataValidation(app.newDataValidation().requireDate().build());
    sheet.getRange('F2').setDataValidation(app.newDataValidation().requireTextIsEmail().build());

    const dv = sheet.getRange('A5').getDataValidation()!;
    expect(dv.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(dv.getCriteriaValues()).toEqual([['Yes', 'No'], true]);
    expect(dv.getAllowInvalid()).toBe(false);
    expect(sheet.getRange('A1:A2').getDataValidations()[0]).toEqual([null]);
    expect((sheet.getRange('B3').getDataValidation()!.getCriteriaValues()[0] as GoogleAppsScript.Spreadsheet.Range).getA1Notation()).toBe(
      'A1:A3',
    );

    const rejected = h.userEdit('Sheet1', 'A2', [['Maybe']]);
    expect(rejected.rejected).toBe(true);
    expect(sheet.getRange('A2').getValue()).toBe('');
    expect(h.userEdit('Sheet1', 'A2', [['Yes']]).rejected).toBe(false);
    expect(h.checkValidation('Sheet1', 'A2')).toEqual({ valid: true, rule: 'VALUE_IN_LIST', helpText: 'Yes or No' });

    sheet.getRange('B2:B3').setValues([['Silver'], ['Platinum']]);
    expect(h.checkValidation('Sheet1', 'B2').valid).toBe(true);
    expect(h.checkValidation('Sheet1', 'B3').valid).toBe(false);
    sheet.getRange('C2:D3').setValues([
      [1, 2],
      [5, 4],
    ]);
    expect(h.checkValidation('Sheet1', 'C2').valid).toBe(true);
    expect(h.checkValidation('Sheet1', 'C3').valid).toBe(false);
    sheet.getRange('E2:F2').setValues([['2024-05-01', 'not-an-email']]);
    expect(h.checkValidation('Sheet1', 'E2').valid).toBe(true);
    expect(h.checkValidation('Sheet1', 'F2').valid).toBe(false);
    expect(h.checkValidation('Sheet1', 'A9').valid).toBe(true); // blank
    // List items match regardless of case (Sheets' own comparison, as in ="yes"="Yes").
    sheet.getRange('A3').setValue('yes');
    expect(h.checkValidation('Sheet1', 'A3').valid).toBe(true);
    expect(sheet.getRange('G1:G2').getDataValidations()).toEqual([[null], [null]]);
    const warned = h.userEdit('Sheet1', 'B4', [['Tin']]);
    expect(warned).toMatchObject({ rejected: false, invalid: [{ a1: 'B4', rule: 'VALUE_IN_RANGE' }] });
  });

  test('dropdownOptions: what a list or range rule offers now, per cell (a dependent dropdown re-pointed per row)', () => {
    const { app, ss, sheet, h } = setup();
    const lists = ss.insertSheet('Lists');
    lists.getRange('A1:B3').setValues([
      ['Apple', 'Carrot'],
      ['Pear', ''],
      ['Apple', 'Kale'],
    ]);
    sheet.getRange('A1').setDataValidation(app.newDataValidation().requireValueInList(['Yes', 'No']).build());
    // One rule per row, as a script sets a dependent dropdown: each cell points at its own list.
    sheet
      .getRange('B1:B2')
      .setDataValidations([
        [app.newDataValidation().requireValueInRange(lists.getRange('A1:A3')).build()],
        [app.newDataValidation().requireValueInRange(lists.getRange('B1:B3')).build()],
      ]);
    sheet.getRange('C1').setDataValidation(app.newDataValidation().requireDate().build());
    expect(h.dropdownOptions('Sheet1', 'A1')).toEqual(['Yes', 'No']);
    // Non-empty cells in range order, a repeated item once.
    expect(h.dropdownOptions('Sheet1', 'B1')).toEqual(['Apple', 'Pear']);
    expect(h.dropdownOptions('Sheet1', 'B2')).toEqual(['Carrot', 'Kale']);
    expect(h.dropdownOptions('Sheet1', 'C1')).toBeNull();
    expect(h.dropdownOptions('Sheet1', 'D1')).toBeNull();
    // The range is read when asked: an edited list shows at once.
    lists.getRange('B2').setValue('Leek');
    expect(h.dropdownOptions('Sheet1', 'B2')).toEqual(['Carrot', 'Leek', 'Kale']);
  });
});

describe('metadata, protection and structure', () => {
  test('column metadata moves with inserted columns and goes with deleted ones', () => {
    const { ss, sheet } = setup();
    sheet.getRange('C:C').addDeveloperMetadata('kad.column', 'owner');
    ss.addDeveloperMetadata('kad.version', '3');
    expect(thrown(() => sheet.getRange('A1:B2').addDeveloperMetadata('x'))).toContain(
      'Adding developer metadata to arbitrary ranges is not currently supported',
    );
    sheet.insertColumnsBefore(1, 2);
    const found = ss.createDeveloperMetadataFinder().withKey('kad.column').find();
    expect(found).toHaveLength(1);
    const loc = found[0]!.getLocation();
    expect(String(loc.getLocationType())).toBe('COLUMN');
    expect(loc.getColumn()!.getColumn()).toBe(5);
    expect(found[0]!.getValue()).toBe('owner');
    expect(
      sheet
        .getRange('E:E')
        .getDeveloperMetadata()
        .map((m) => m.getKey()),
    ).toEqual(['kad.column']);
    expect(ss.getDeveloperMetadata().map((m) => m.getValue())).toEqual(['3']);
    sheet.deleteColumns(5, 1);
    expect(ss.createDeveloperMetadataFinder().withKey('kad.column').find()).toHaveLength(0);
  });

  test('column metadata survives deleting row 1 and a cleared header; row metadata survives deleting column A', () => {
    // As in Sheets: metadata on a whole column belongs to the column, not to its first cell
    // (https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-location#getcolumn).
    const { ss, sheet } = setup();
    sheet.getRange('A1:C2').setValues([
      ['k:a', 'k:b', 'k:c'],
      ['A', 'B', 'C'],
    ]);
    sheet.getRange('B:B').addDeveloperMetadata('kad.col', 'b');
    sheet.getRange('2:2').addDeveloperMetadata('kad.header');
    sheet.getRange('B1:B2').clearContent();
    sheet.deleteRow(1);
    sheet.deleteColumn(1);
    const col = ss.createDeveloperMetadataFinder().withKey('kad.col').find();
    expect(col.map((m) => [m.getValue(), m.getLocation().getColumn()!.getColumn()])).toEqual([['b', 1]]);
    const row = ss.createDeveloperMetadataFinder().withKey('kad.header').find();
    expect(row.map((m) => m.getLocation().getRow()!.getRow())).toEqual([1]);
  });

  test('protections', () => {
    const { ss, sheet, app } = setup();
    const p = sheet.getRange('A1:B1').protect().setDescription('Headers').setWarningOnly(true);
    expect(p.getRange().getA1Notation()).toBe('A1:B1');
    expect(p.isWarningOnly()).toBe(true);
    sheet.protect().setDescription('whole sheet');
    expect(ss.getProtections(app.ProtectionType.RANGE).map((x) => x.getDescription())).toEqual(['Headers']);
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toHaveLength(1);
    sheet.insertRowsBefore(1, 1);
    expect(ss.getProtections(app.ProtectionType.RANGE)[0]!.getRange().getA1Notation()).toBe('A2:B2');
    p.remove();
    expect(ss.getProtections(app.ProtectionType.RANGE)).toHaveLength(0);
  });

  test('insertRows is lossless: contents, formats and formulas shift together', () => {
    const { sheet, h } = setup();
    const data = [
      ['Account', 'Revenue'],
      ['Acme', 100],
      ['Beta', 200],
      ['Gamma', 300],
    ];
    sheet.getRange('A1:B4').setValues(data);
    sheet.getRange('B2:B4').setNumberFormat('#,##0.00').setBackground('#eeeeee');
    sheet.getRange('A3').setNote('key account');
    sheet.getRange('C2:C4').setFormula('=B2*2');
    sheet.getRange('B6').setFormula('=SUM(B2:B4)');
    const before = h.snapshot('Sheet1');
    sheet.insertRowsAfter(2, 3);
    const after = h.snapshot('Sheet1');
    const moved = (rows: unknown[][]) => [...rows.slice(0, 2), ...rows.slice(2).map((r) => r)];
    expect(after.values.slice(0, 2)).toEqual(before.values.slice(0, 2));
    expect(after.values.slice(5)).toEqual(moved(before.values).slice(2));
    expect(after.notes[5]![0]).toBe('key account');
    expect(after.backgrounds[5]![1]).toBe('#eeeeee');
    expect(after.numberFormats[6]![1]).toBe('#,##0.00');
    expect(after.formulas[5]![2]).toBe('=B6*2');
    expect(after.formulas[8]![1]).toBe('=SUM(B2:B7)');
    expect(sheet.getRange('B9').getValue()).toBe(600);
    expect(sheet.getLastRow()).toBe(9);
    sheet.deleteRows(3, 3);
    expect(h.snapshot('Sheet1')).toEqual(before);
  });

  test('charts are recorded', () => {
    const { sheet, h } = setup();
    sheet.getRange('A1:B3').setValues([
      ['k', 'v'],
      ['a', 1],
      ['b', 2],
    ]);
    const chart = sheet
      .newChart()
      .setChartType(Charts.ChartType.PIE)
      .addRange(sheet.getRange('A1:B3'))
      .setPosition(2, 4, 0, 0)
      .setOption('title', 'Share')
      .build();
    sheet.insertChart(chart);
    expect(h.chartSpecs('Sheet1')).toEqual([
      {
        id: expect.any(Number),
        type: 'PIE',
        ranges: ['Sheet1!A1:B3'],
        options: { title: 'Share' },
        position: { anchorRow: 2, anchorCol: 4, offsetX: 0, offsetY: 0 },
      },
    ]);
    expect(sheet.getCharts()[0]!.getOptions().get('title')).toBe('Share');
  });
});

// Speed is measured by `npm run bench`, not asserted here.
describe('large ranges', () => {
  test('10,000 x 15 setValues/getValues round-trip', () => {
    const { sheet } = setup();
    sheet.insertRowsAfter(1000, 9100);
    const rows = Array.from({ length: 10000 }, (_, i) => Array.from({ length: 15 }, (_, j) => (j % 3 === 0 ? `name ${i}` : i * j)));
    sheet.getRange(2, 1, 10000, 15).setValues(rows);
    const back = sheet.getRange(2, 1, 10000, 15).getValues();
    expect(back).toEqual(rows);
    expect(sheet.getLastRow()).toBe(10001);
  });
});

declare const Charts: { ChartType: typeof GoogleAppsScript.Charts.ChartType };
// The runtime exposes Charts as a global for the bundle; the test uses the module's export.
// eslint-disable-next-line @typescript-eslint/no-require-imports
(globalThis as Record<string, unknown>).Charts = require('../sheets').Charts;
export type { Sheet };
