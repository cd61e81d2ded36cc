/**
 * Runtime.snapshot() / restore(): after any mix of runs, edits, structural
 * changes, new files, sharing, mail, triggers and properties, restoring puts
 * back exactly the state of the snapshot (the workbook model, computed values
 * included, and every store), as often as asked, in place.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRuntime, type Runtime } from '..';

const BUNDLE = `
function setUp() {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var data = ss.getSheets()[0].setName('Data');
  data.getRange('A1:B3').setValues([['k', 1], ['k', 2], ['j', 5]]);
  data.getRange('C1').setFormula('=ARRAYFORMULA(IF(A1:A3="k",B1:B3*10,""))');
  data.getRange('D1').setFormula('=SUMIF(A1:A,"k",B1:B)');
  data.getRange('B1:B3').setNumberFormat('0.00').setBackground('#ffeeee').setNote('typed');
  ss.setNamedRange('Total', data.getRange('D1'));
  var view = ss.insertSheet('View');
  view.getRange('A1').setFormula('=Total*2');
  view.getRange('A2').setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(['x', 'y'], true).build());
  data.addDeveloperMetadata('kad.tab', 'data');
  data.getRange('A1:B1').protect().setWarningOnly(true);
}
function mess() {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  var data = ss.getSheetByName('Data');
  data.getRange('B2').setValue(100);
  data.insertRowsBefore(1, 2);
  data.deleteColumn(3);
  data.getRange('A1').setNote('new').setBackground('#000000');
  ss.getSheetByName('View').setName('Renamed');
  ss.insertSheet('Extra').getRange('A1').setValue('extra');
  ss.setNamedRange('Total', data.getRange('A1'));
  ss.deleteSheet(ss.getSheetByName('Renamed'));
  data.getRange('A1:B1').setFontWeight('bold');
  PropertiesService.getDocumentProperties().setProperty('p', 'changed');
  PropertiesService.getUserProperties().setProperty('u', '1');
  CacheService.getScriptCache().put('c', '1');
  ScriptApp.newTrigger('mess').timeBased().everyDays(1).atHour(7).create();
  MailApp.sendEmail('a@example.com', 'hi', 'body');
  SpreadsheetApp.getActiveSpreadsheet().toast('done');
  Logger.log('messed');
}
function remember() { PropertiesService.getDocumentProperties().setProperty('p', 'kept'); }
`;

function runtime(): Runtime {
  const dir = mkdtempSync(join(tmpdir(), 'gas-runtime-snapshot-'));
  writeFileSync(join(dir, 'Code.js'), BUNDLE);
  return createRuntime({ distDir: dir, now: '2025-03-10T08:00:00Z' }).load();
}

/** Everything a test could look at. */
function state(rt: Runtime): unknown {
  return rt.counter.uncounted(() => ({
    model: rt.spreadsheet.toWorkbookModel(),
    files: [...(rt.registry?.files.keys() ?? [])],
    values: rt.app
      .getActiveSpreadsheet()
      .getSheets()
      .map((s) => s.getDataRange().getValues()),
    properties: [[...rt.properties.document.data], [...rt.properties.user.data]],
    triggers: rt.triggers.map((t) => t.handlerFunction),
    outbox: rt.mail.outbox.length,
    quota: rt.mail.remaining(),
    toasts: rt.ui.toasts.length,
    logs: rt.logs.lines.length,
    executions: rt.executions.length,
    calls: rt.counter.snapshot(),
    now: rt.clock.now().toISOString(),
    user: rt.ctx.user.email,
  }));
}

describe('snapshot and restore', () => {
  test('restore undoes runs, edits, structure, files, stores and the clock, again and again', () => {
    const rt = runtime();
    rt.run('setUp');
    rt.run('remember');
    const triggers = rt.triggers;
    const before = state(rt);
    const snap = rt.snapshot();
    for (let i = 0; i < 2; i++) {
      rt.run('mess');
      rt.edit('Data', 'A5', [['typed']]);
      rt.createSpreadsheet({ name: 'Other' });
      rt.clock.advance(86_400_000);
      rt.setUser('someone@example.com');
      expect(state(rt)).not.toEqual(before);
      rt.restore(snap);
      expect(state(rt)).toEqual(before);
      // The objects the runtime hands out stay the same.
      expect(rt.triggers).toBe(triggers);
    }
    // Formulas compute on the restored cells: the named range and the array are live again.
    rt.counter.uncounted(() => rt.app.getActiveSpreadsheet().getSheetByName('Data')!.getRange('B1').setValue(4));
    expect(rt.counter.uncounted(() => rt.app.getActiveSpreadsheet().getSheetByName('View')!.getRange('A1').getValue())).toBe(12);
    expect(rt.counter.uncounted(() => rt.app.getActiveSpreadsheet().getSheetByName('Data')!.getRange('C1:C3').getValues())).toEqual([
      [40],
      [20],
      [''],
    ]);
  });

  test('a later snapshot replaces the earlier one; another runtime’s snapshot is refused', () => {
    const rt = runtime();
    rt.run('setUp');
    const first = rt.snapshot();
    rt.run('remember');
    const second = rt.snapshot();
    rt.run('mess');
    rt.restore(second);
    expect(rt.properties.document.data.get('p')).toBe('kept');
    expect(() => rt.restore(first)).toThrow('replaced by a later one');
    expect(() => runtime().restore(second)).toThrow('another runtime');
  });
});
