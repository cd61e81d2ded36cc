/**
 * Several spreadsheets in one runtime: files with ids and URLs, the active
 * one, the current user, openById/openByUrl, sharing (owner, editors,
 * viewers), IMPORTRANGE across files with "Allow access", and the xlsx
 * export of any one file. Each test runs a tiny inline bundle.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { createRuntime, IMPORT_NEEDS_ACCESS, IMPORT_NO_PERMISSION, type Runtime } from '..';
import { toExcel } from '../export/xlsx';

const BUNDLE = `
function activeId() { return SpreadsheetApp.getActiveSpreadsheet().getId(); }
function activeLocale() { return SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale(); }
function me() { return Session.getActiveUser().getEmail(); }
function openName(id) { return SpreadsheetApp.openById(id).getName(); }
function openUrlName(url) { return SpreadsheetApp.openByUrl(url).getName(); }
function tryOpen(id) { try { SpreadsheetApp.openById(id); return 'ok'; } catch (e) { return e.name + ': ' + e.message; } }
function sharing(id) {
  var ss = id ? SpreadsheetApp.openById(id) : SpreadsheetApp.getActiveSpreadsheet();
  var mail = function (u) { return u.getEmail(); };
  return { owner: ss.getOwner().getEmail(), editors: ss.getEditors().map(mail), viewers: ss.getViewers().map(mail) };
}
function addEditor(email) { SpreadsheetApp.getActiveSpreadsheet().addEditor(email); }
function addEditors(emails) { SpreadsheetApp.getActiveSpreadsheet().addEditors(emails); }
function addViewer(email) { SpreadsheetApp.getActiveSpreadsheet().addViewer(email); }
function addViewers(emails) { SpreadsheetApp.getActiveSpreadsheet().addViewers(emails); }
function removeEditor(email) { SpreadsheetApp.getActiveSpreadsheet().removeEditor(email); }
function removeViewer(email) { SpreadsheetApp.getActiveSpreadsheet().removeViewer(email); }
function promoteFirstViewer() {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  ss.addEditor(ss.getViewers()[0]);
}
function tryAddEditor(email) {
  try { SpreadsheetApp.getActiveSpreadsheet().addEditor(email); return 'ok'; } catch (e) { return e.name + ': ' + e.message; }
}
function write(sheet, a1, values) { SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheet).getRange(a1).setValues(values); }
function read(sheet, a1) { return SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheet).getRange(a1).getValues(); }
function readDisplay(sheet, a1) { return SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheet).getRange(a1).getDisplayValues(); }
function lastRow(sheet) { return SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheet).getLastRow(); }
function nameRange(name, sheet, a1) {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  ss.setNamedRange(name, ss.getSheetByName(sheet).getRange(a1));
}
function rememberDoc(v) { PropertiesService.getDocumentProperties().setProperty('k', v); }
function recallDoc() { return PropertiesService.getDocumentProperties().getProperty('k'); }
function rememberUser(v) { PropertiesService.getUserProperties().setProperty('k', v); }
function recallUser() { return PropertiesService.getUserProperties().getProperty('k'); }
function myTriggerCount() { return ScriptApp.getProjectTriggers().length; }
function installDaily() { ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(7).create(); }
function daily() { SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1').setValue('ran as ' + Session.getEffectiveUser().getEmail()); }
`;

function fixture(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'gas-runtime-files-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const OWNER = 'head@example.com';
const KAM = 'kam.anna@example.com';
const SUP = 'sup.olga@example.com';
const OUTSIDER = 'out@example.net';

function setup(): Runtime {
  return createRuntime({ distDir: fixture({ 'bundle.js': BUNDLE }), now: '2025-03-10T08:00:00Z', user: OWNER }).load();
}

describe('several spreadsheets', () => {
  test('files have their own ids, URLs, names, locales and time zones; the default one stays active', () => {
    const rt = setup();
    const a = rt.createSpreadsheet({ name: 'Dossier Anna', locale: 'lt_LT', timeZone: 'Europe/Vilnius', owner: KAM });
    const b = rt.createSpreadsheet({ name: 'Portfolio' });
    expect(new Set([rt.spreadsheet.getId(), a.getId(), b.getId()]).size).toBe(3);
    expect(a.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${a.getId()}/edit`);
    expect(a.getSpreadsheetLocale()).toBe('lt_LT');
    expect(a.getSpreadsheetTimeZone()).toBe('Europe/Vilnius');
    expect(rt.spreadsheet.getSpreadsheetLocale()).toBe('en_US');
    expect(rt.run('activeId')).toBe(rt.spreadsheet.getId());
    expect(rt.roleOf(a.getId())).toBeNull();
    expect(rt.roleOf(b.getId())).toBe('owner');
  });

  test('run(fn, args, { spreadsheet }) and withActive run the bundle in another file, then restore the active one', () => {
    const rt = setup();
    const defaultId = rt.spreadsheet.getId();
    const a = rt.createSpreadsheet({ name: 'A', locale: 'ru_RU' });
    expect(rt.run('activeId', [], { spreadsheet: a.getUrl() })).toBe(a.getId());
    expect(rt.run('activeLocale', [], { spreadsheet: a.getId() })).toBe('ru_RU');
    expect(rt.run('activeId')).toBe(defaultId);
    expect(rt.withActive(a.getId(), () => [rt.spreadsheet.getId(), rt.run('activeId')])).toEqual([a.getId(), a.getId()]);
    expect(rt.spreadsheet.getId()).toBe(defaultId);
    rt.activate(a.getId());
    expect(rt.run('activeId')).toBe(a.getId());
  });

  test('edit() types into the active file', () => {
    const rt = setup();
    const a = rt.createSpreadsheet({ name: 'A' });
    rt.withActive(a.getId(), () => rt.edit('Sheet1', 'B2', [['typed']]));
    expect(a.snapshot('Sheet1').values[1]?.[1]).toBe('typed');
    expect(rt.spreadsheet.snapshot('Sheet1').values.flat().join('')).toBe('');
  });

  test('setUser acts as another person; nobody runs code in a file they cannot open', () => {
    const rt = setup();
    const a = rt.createSpreadsheet({ name: 'Dossier Anna', owner: KAM, editors: [SUP] });
    rt.setUser(SUP);
    expect(rt.run('me', [], { spreadsheet: a.getId() })).toBe(SUP);
    rt.setUser(OUTSIDER);
    expect(() => rt.run('me', [], { spreadsheet: a.getId() })).toThrow(`${OUTSIDER} cannot open spreadsheet`);
  });

  test('openById and openByUrl open what the user may open, with Apps Script errors otherwise, counted', () => {
    const rt = setup();
    const a = rt.createSpreadsheet({ name: 'Dossier Anna', owner: KAM, viewers: [OWNER] });
    const b = rt.createSpreadsheet({ name: 'Dossier Boris', owner: 'kam.boris@example.com' });
    expect(rt.run('openName', [a.getId()])).toBe('Dossier Anna');
    expect(rt.run('openUrlName', [a.getUrl()])).toBe('Dossier Anna');
    expect(rt.run('tryOpen', [b.getId()])).toBe('Exception: You do not have permission to access the requested document.');
    expect(rt.run('tryOpen', ['no-such-file-id-000'])).toBe(
      'Exception: Unexpected error while getting the method or property openById on object SpreadsheetApp.',
    );
    expect(() => rt.run('openUrlName', ['https://example.com/x'])).toThrow('Invalid argument: url');
    expect(rt.counter.get('SpreadsheetApp.openById')).toBe(3);
    expect(rt.counter.get('SpreadsheetApp.openByUrl')).toBe(2);
  });

  test('openById needs the spreadsheets scope: a simple trigger (LIMITED) is refused', () => {
    const rt = setup();
    const a = rt.createSpreadsheet({ name: 'A' });
    expect(() => rt.run('openName', [a.getId()], { authMode: 'LIMITED' })).toThrow(
      'You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets',
    );
  });

  test('document properties belong to each file, user properties to each user', () => {
    const rt = setup();
    const a = rt.createSpreadsheet({ name: 'A', editors: [KAM] });
    rt.run('rememberDoc', ['default']);
    rt.run('rememberDoc', ['in A'], { spreadsheet: a.getId() });
    expect(rt.run('recallDoc')).toBe('default');
    expect(rt.run('recallDoc', [], { spreadsheet: a.getId() })).toBe('in A');
    expect(rt.properties.document.toObject()).toEqual({ k: 'default' });
    rt.run('rememberUser', ['head']);
    rt.setUser(KAM);
    expect(rt.run('recallUser', [], { spreadsheet: a.getId() })).toBeNull();
  });

  test('a time-driven trigger runs in the file it was created in', () => {
    const rt = setup();
    const a = rt.createSpreadsheet({ name: 'Portfolio' });
    const b = rt.createSpreadsheet({ name: 'Dossier', owner: KAM });
    rt.run('installDaily', [], { spreadsheet: a.getId() });
    rt.setUser(KAM);
    rt.run('installDaily', [], { spreadsheet: b.getId() }); // another user, another document: allowed
    expect(rt.triggers.map((t) => [t.documentId, t.user])).toEqual([
      [a.getId(), OWNER],
      [b.getId(), KAM],
    ]);
    expect(rt.run('myTriggerCount', [], { spreadsheet: b.getId() })).toBe(1); // KAM's own trigger only
    // Installable triggers run as their creator, in their document, whoever is at the keyboard.
    rt.fireTimeTrigger(rt.triggers[0]!.uniqueId);
    expect(a.snapshot('Sheet1').values[0]?.[0]).toBe(`ran as ${OWNER}`);
    expect(b.snapshot('Sheet1').values.flat().join('')).toBe('');
    expect(rt.executions.at(-1)?.error).toBeUndefined();
  });
});

describe('sharing: owner, editors, viewers', () => {
  test('getOwner, getEditors (owner first) and getViewers return Users, every call counted', () => {
    const rt = setup();
    const a = rt.createSpreadsheet({ name: 'A', owner: KAM, editors: [SUP], viewers: [OWNER] });
    rt.setUser(KAM);
    rt.counter.reset();
    expect(rt.run('sharing', [], { spreadsheet: a.getId() })).toEqual({ owner: KAM, editors: [KAM, SUP], viewers: [OWNER] });
    expect(rt.counter.get('Spreadsheet.getEditors')).toBe(1);
    expect(rt.counter.get('Spreadsheet.getViewers')).toBe(1);
    expect(rt.counter.get('Spreadsheet.getOwner')).toBe(1);
    expect(rt.counter.get('User.getEmail')).toBe(4);
  });

  test('addEditor promotes a viewer, addViewer leaves an editor alone, remove* touch their own list only', () => {
    const rt = setup();
    const id = rt.spreadsheet.getId();
    rt.run('addViewers', [[KAM, SUP]]);
    rt.run('addEditor', [KAM]);
    rt.run('addViewer', [KAM]);
    expect(rt.run('sharing')).toEqual({ owner: OWNER, editors: [OWNER, KAM], viewers: [SUP] });
    rt.run('removeViewer', [KAM]); // an editor: no effect
    rt.run('removeEditor', [OWNER]); // the owner stays
    expect(rt.run('sharing')).toEqual({ owner: OWNER, editors: [OWNER, KAM], viewers: [SUP] });
    rt.run('promoteFirstViewer'); // addEditor(User)
    rt.run('removeEditor', [KAM]);
    rt.run('addEditors', [[OUTSIDER]]);
    expect(rt.run('sharing')).toEqual({ owner: OWNER, editors: [OWNER, SUP, OUTSIDER], viewers: [] });
    expect(rt.roleOf(id, KAM)).toBeNull();
  });

  test('a viewer sees no editors or viewers and may not share', () => {
    const rt = setup();
    const a = rt.createSpreadsheet({ name: 'A', editors: [SUP], viewers: [KAM] });
    rt.setUser(KAM);
    expect(rt.run('sharing', [], { spreadsheet: a.getId() })).toEqual({ owner: OWNER, editors: [], viewers: [] });
    expect(rt.run('tryAddEditor', [OUTSIDER], { spreadsheet: a.getId() })).toBe(
      'Exception: You do not have permission to perform that action.',
    );
    rt.setUser(SUP);
    expect(rt.run('tryAddEditor', [OUTSIDER], { spreadsheet: a.getId() })).toBe('ok');
  });
});

describe('IMPORTRANGE across the runtime spreadsheets', () => {
  /** A KAM's dossier with an export block (a named range) and a rollup owned by the head of sales. */
  function team() {
    const rt = setup();
    const dossier = rt.createSpreadsheet({ name: 'Dossier Anna', owner: KAM, editors: [SUP], viewers: [OWNER] });
    rt.setUser(KAM);
    rt.run(
      'write',
      [
        'Sheet1',
        'A1:B3',
        [
          ['Client', 'Revenue'],
          ['Acme', 100],
          ['Beta', 50],
        ],
      ],
      { spreadsheet: dossier.getId() },
    );
    rt.run('nameRange', ['Export', 'Sheet1', 'A2:B3'], { spreadsheet: dossier.getId() });
    rt.setUser(OWNER);
    const rollup = rt.createSpreadsheet({ name: 'Portfolio' });
    const inRollup = { spreadsheet: rollup.getId() };
    return { rt, dossier, rollup, inRollup };
  }

  test('before "Allow access" it is #REF! (the connect message), read as the runtime reads every error', () => {
    const { rt, dossier, rollup, inRollup } = team();
    rt.run('write', ['Sheet1', 'A1:C1', [[`=IMPORTRANGE("${dossier.getUrl()}", "Export")`, '=1/0', '=ISERROR(A1)']]], inRollup);
    expect(rt.run('read', ['Sheet1', 'A1:C1'], inRollup)).toEqual([['#REF!', '#DIV/0!', true]]);
    expect(rt.run('readDisplay', ['Sheet1', 'A1:C1'], inRollup)).toEqual([['#REF!', '#DIV/0!', 'TRUE']]);
    expect(rollup.errorMessage('Sheet1', 'A1')).toBe(IMPORT_NEEDS_ACCESS);
  });

  test('after allowImportAccess the source values spill and formulas on them compute', () => {
    const { rt, dossier, rollup, inRollup } = team();
    rt.run('write', ['Sheet1', 'A1:C1', [[`=IMPORTRANGE("${dossier.getUrl()}", "Export")`, '', '=SUM(B1:B2)']]], inRollup);
    expect(rt.allowImportAccess(rollup.getId(), dossier.getId())).toBe(true);
    expect(rt.run('read', ['Sheet1', 'A1:C2'], inRollup)).toEqual([
      ['Acme', 100, 150],
      ['Beta', 50, ''],
    ]);
    expect(rollup.errorMessage('Sheet1', 'A1')).toBeUndefined();
  });

  test('values refresh when the source changes, and the spill follows an open-ended range', () => {
    const { rt, dossier, rollup, inRollup } = team();
    rt.run('write', ['Sheet1', 'A1:B1', [[`=IMPORTRANGE("${dossier.getId()}", "Sheet1!A2:B")`, '']]], inRollup);
    rt.run('write', ['Sheet1', 'D1', [['=COUNTA(A1:A1000)']]], inRollup);
    rt.allowImportAccess(rollup.getId(), dossier.getId());
    expect(rt.run('read', ['Sheet1', 'D1'], inRollup)).toEqual([[2]]);
    rt.setUser(KAM);
    rt.run('write', ['Sheet1', 'A4:B4', [['Gamma', 25]]], { spreadsheet: dossier.getId() });
    rt.run('write', ['Sheet1', 'B2', [[120]]], { spreadsheet: dossier.getId() });
    rt.setUser(OWNER);
    expect(rt.run('read', ['Sheet1', 'A1:B3'], inRollup)).toEqual([
      ['Acme', 120],
      ['Beta', 50],
      ['Gamma', 25],
    ]);
    expect(rt.run('read', ['Sheet1', 'D1'], inRollup)).toEqual([[3]]);
    expect(rt.run('lastRow', ['Sheet1'], inRollup)).toBe(3);
  });

  test('the URL may come from a cell (one row per source); each source needs its own access', () => {
    const { rt, dossier, rollup, inRollup } = team();
    rt.setUser(KAM);
    const other = rt.createSpreadsheet({ name: 'Dossier Anna 2', viewers: [OWNER] });
    rt.run('write', ['Sheet1', 'A1:B1', [['Delta', 70]]], { spreadsheet: other.getId() });
    rt.setUser(OWNER);
    rt.run(
      'write',
      [
        'Sheet1',
        'A1:B2',
        [
          [dossier.getUrl(), '=IMPORTRANGE(A1, "Sheet1!A2:B2")'],
          [other.getUrl(), '=IMPORTRANGE(A2, "A1:B1")'],
        ],
      ],
      inRollup,
    );
    rt.allowImportAccess(rollup.getId(), dossier.getId());
    expect(rt.run('read', ['Sheet1', 'B1:C2'], inRollup)).toEqual([
      ['Acme', 100],
      ['#REF!', ''],
    ]);
    expect(rollup.errorMessage('Sheet1', 'B2')).toBe(IMPORT_NEEDS_ACCESS);
    rt.allowImportAccess(rollup.getId(), other.getId());
    expect(rt.run('read', ['Sheet1', 'B2:C2'], inRollup)).toEqual([['Delta', 70]]);
  });

  test('a source the user cannot open stays an error: access cannot be allowed', () => {
    const rt = setup();
    const secret = rt.createSpreadsheet({ name: 'Dossier Boris', owner: 'kam.boris@example.com' });
    const rollup = rt.createSpreadsheet({ name: 'Portfolio' });
    rt.run('write', ['Sheet1', 'A1', [[`=IMPORTRANGE("${secret.getUrl()}", "A1:B2")`]]], { spreadsheet: rollup.getId() });
    expect(rt.allowImportAccess(rollup.getId(), secret.getId())).toBe(false);
    expect(rt.run('read', ['Sheet1', 'A1'], { spreadsheet: rollup.getId() })).toEqual([['#REF!']]);
    expect(rollup.errorMessage('Sheet1', 'A1')).toBe(IMPORT_NO_PERMISSION);
  });

  test('the sheet name defaults to the first sheet; a bad range, an unknown file and a cycle are #REF!', () => {
    const { rt, dossier, rollup, inRollup } = team();
    rt.allowImportAccess(rollup.getId(), dossier.getId());
    rt.run(
      'write',
      [
        'Sheet1',
        'A1:A4',
        [
          [`=IMPORTRANGE("${dossier.getId()}", "B2")`],
          [`=IMPORTRANGE("${dossier.getId()}", "Nope!A1")`],
          ['=IMPORTRANGE("1NoSuchSpreadsheetIdAtAll", "A1")'],
          [`=IMPORTRANGE("${rollup.getId()}", "A1")`],
        ],
      ],
      inRollup,
    );
    expect(rt.run('read', ['Sheet1', 'A1:A4'], inRollup)).toEqual([[100], ['#REF!'], ['#REF!'], ['#REF!']]);
    expect(rollup.errorMessage('Sheet1', 'A2')).toBe('Unable to parse range: Nope!A1');
    expect(rollup.errorMessage('Sheet1', 'A3')).toBe(IMPORT_NO_PERMISSION);
  });

  test('a chain of imports (A from B, B from C) follows a change in C', () => {
    const rt = setup();
    const [a, b, c] = ['A', 'B', 'C'].map((name) => rt.createSpreadsheet({ name }));
    const inFile = (f: typeof a) => ({ spreadsheet: f!.getId() });
    rt.run('write', ['Sheet1', 'A1', [[1]]], inFile(c));
    rt.run('write', ['Sheet1', 'A1', [[`=IMPORTRANGE("${c!.getId()}", "A1")`]]], inFile(b));
    rt.run('write', ['Sheet1', 'A1', [[`=IMPORTRANGE("${b!.getId()}", "A1")`]]], inFile(a));
    rt.allowImportAccess(b!.getId(), c!.getId());
    rt.allowImportAccess(a!.getId(), b!.getId());
    expect(rt.run('read', ['Sheet1', 'A1'], inFile(a))).toEqual([[1]]);
    rt.run('write', ['Sheet1', 'A1', [[2]]], inFile(c));
    expect(rt.run('read', ['Sheet1', 'A1'], inFile(a))).toEqual([[2]]);
  });

  test('two files importing each other give #REF! instead of looping', () => {
    const rt = setup();
    const a = rt.createSpreadsheet({ name: 'A' });
    const b = rt.createSpreadsheet({ name: 'B' });
    rt.run('write', ['Sheet1', 'A1:B1', [[1, `=IMPORTRANGE("${b.getId()}", "B1")`]]], { spreadsheet: a.getId() });
    rt.run('write', ['Sheet1', 'A1:B1', [[2, `=IMPORTRANGE("${a.getId()}", "B1")`]]], { spreadsheet: b.getId() });
    rt.allowImportAccess(a.getId(), b.getId());
    rt.allowImportAccess(b.getId(), a.getId());
    const value = rt.run('read', ['Sheet1', 'B1'], { spreadsheet: a.getId() }) as unknown[][];
    expect(value[0]?.[0]).toBe('#REF!');
  });
});

describe('xlsx export of any one spreadsheet', () => {
  test('a rollup exports the imported values it computed', () => {
    const rt = setup();
    const src = rt.createSpreadsheet({ name: 'Dossier' });
    const rollup = rt.createSpreadsheet({ name: 'Portfolio' });
    rt.run(
      'write',
      [
        'Sheet1',
        'A1:B2',
        [
          ['Acme', 100],
          ['Beta', 50],
        ],
      ],
      { spreadsheet: src.getId() },
    );
    rt.run('write', ['Sheet1', 'A1:C1', [[`=IMPORTRANGE("${src.getUrl()}", "A1:B2")`, '', '=SUM(B1:B2)']]], {
      spreadsheet: rollup.getId(),
    });
    rt.allowImportAccess(rollup.getId(), src.getId());
    // toExcel is writeXlsx without the file (ExcelJS's zip I/O keeps a jest worker from exiting).
    const { workbook, report } = toExcel(rt.spreadsheetById(rollup.getId()).toWorkbookModel());
    expect(report.valueOnlyFormulas).toBeGreaterThanOrEqual(1);
    const ws = workbook.getWorksheet('Sheet1')!;
    expect([ws.getCell('A1').value, ws.getCell('B1').value, ws.getCell('A2').value, ws.getCell('B2').value]).toEqual([
      'Acme',
      100,
      'Beta',
      50,
    ]);
    expect((ws.getCell('C1').value as ExcelJS.CellFormulaValue).result).toBe(150);
  });
});
