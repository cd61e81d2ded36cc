/**
 * The counter's builder-free totals and its reads after a pending write, on a fake script run as an
 * execution (Runtime.run): a read that follows a write of the same execution is counted, a read before any
 * write is not, and every execution starts with nothing pending.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { callKind } from '../callKinds';
import { createRuntime } from '../index';

function runtimeWith(script: string) {
  const dir = mkdtempSync(join(tmpdir(), 'callkinds-'));
  writeFileSync(join(dir, 'Code.js'), script);
  return createRuntime({ distDir: dir, now: '2025-03-10T08:00:00Z' }).load();
}

describe('call kinds', () => {
  test.each([
    ['SpreadsheetApp.newDataValidation', 'builder'],
    ['DataValidationBuilder.requireDate', 'builder'],
    ['EmbeddedChartBuilder.setOption', 'builder'],
    ['Sheet.newChart', 'builder'],
    ['Sheet.createDeveloperMetadataFinder', 'builder'],
    ['DeveloperMetadataFinder.withKey', 'builder'],
    ['DeveloperMetadataFinder.find', 'read'],
    ['DeveloperMetadata.getLocation', 'read'],
    ['Range.getValues', 'read'],
    ['Sheet.getLastRow', 'read'],
    ['Sheet.getDataRange', 'read'],
    ['Spreadsheet.getRangeByName', 'read'],
    ['Range.setValues', 'write'],
    ['RangeList.setNumberFormat', 'write'],
    ['Range.addDeveloperMetadata', 'write'],
    ['Sheet.insertRowsAfter', 'write'],
    ['Range.protect', 'write'],
    ['Protection.setDescription', 'write'],
    ['Sheet.getRange', 'other'],
    ['RangeList.getRanges', 'other'],
    ['Range.getColumn', 'other'],
    ['SpreadsheetApp.getActiveSpreadsheet', 'other'],
    ['SpreadsheetApp.flush', 'other'],
    ['Spreadsheet.toast', 'other'],
    ['MailApp.sendEmail', 'other'],
  ])('%s is %s', (name, kind) => {
    expect(callKind(name)).toBe(kind);
  });
});

describe('reads after a pending write', () => {
  const rt = runtimeWith(`
    function readThenWrite() {
      var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
      var v = sheet.getRange('A1:B2').getValues();
      sheet.getRange('A1').setValue('x');
      SpreadsheetApp.newDataValidation().requireDate().build();
      return v.length;
    }
    function writeThenRead() {
      var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
      sheet.getRange('A1').setValue('y');
      SpreadsheetApp.flush();
      sheet.getRange('A1').getValue();
      return sheet.getLastRow();
    }
  `);

  test('none when everything is read before the first write; builders are counted apart', () => {
    const m = rt.counter.measure(() => rt.run('readThenWrite'));
    expect(m.readsAfterWrite).toBe(0);
    // getActiveSpreadsheet, getSheets, getRange ×2, getValues, setValue; newDataValidation, requireDate, build.
    expect({ total: m.total, builders: m.builders, withoutBuilders: m.withoutBuilders }).toEqual({
      total: 9,
      builders: 3,
      withoutBuilders: 6,
    });
  });

  test('every read after a write of the same execution, even after an explicit flush', () => {
    const m = rt.counter.measure(() => rt.run('writeThenRead'));
    expect(m.readsAfterWriteCalls).toEqual({ 'Range.getValue': 1, 'Sheet.getLastRow': 1 });
    expect(m.readsAfterWrite).toBe(2);
  });

  test('a new execution starts with nothing pending', () => {
    const m = rt.counter.measure(() => rt.run('readThenWrite'));
    expect(m.readsAfterWrite).toBe(0);
  });
});
