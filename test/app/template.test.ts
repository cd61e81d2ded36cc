/**
 * Issue 2 "Done when", through the built bundle (dist/Code.js) in the local
 * Apps Script runtime: the menu and every function it names, the trigger
 * handlers, every tab with its headers and dropdown lists in both languages,
 * lossless repair on 1,000 filled rows, restoring what a user deleted, no
 * duplicates on re-runs, protected frozen headers, and Sheets-like errors.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { MENU, SIDEBAR_FUNCTIONS, TRIGGER_HANDLERS } from '../../src/app/menu';
import { APPROACHES, COMPETITOR_KINDS, CONTACT_OUTCOMES, DMU_ROLES, KEY_CLIENT_TYPES } from '../../src/core/domain';
import type { Lang } from '../../src/core/i18n';
import { label, langOf } from '../../src/core/i18n';
import { NOTES_FILE, parseNotes } from '../../src/core/notes';
import { SETTINGS, settingRangeName } from '../../src/core/schema/settings';
import { INPUT_TABS, TABLE_TABS, tabSpec } from '../../src/core/schema/tabs';
import type { TabSpec } from '../../src/core/schema/types';
import { FIRST_DATA_ROW, HEADER_ROW, KEY_PREFIX, KEY_ROW } from '../../src/core/schema/types';
import { bulkRows } from '../../scripts/sample/bulk';
import { columnsOf, fillTabs, tabSheet } from '../../scripts/sample/fill';
import { zonedDate } from '../../scripts/sample/sheetValues';
import type { Runtime } from '../runtime';
import { createProductRuntime } from '../productRuntime';
import type { SheetExportModel, WorkbookModel } from '../runtime/sheets/model';
import { ensureBundle } from '../bundle';
import { builtOnce } from '../builtOnce';

const TZ = 'Europe/Vilnius';
const TODAY = '2025-06-02';

function newRuntime(locale = 'en_US'): Runtime {
  return createProductRuntime({ now: zonedDate(TODAY, TZ, 10), timeZone: TZ, locale }).load();
}

function buildCreated(locale: string): Runtime {
  const rt = newRuntime(locale);
  rt.run('kadCreateOrRepair');
  return rt;
}

/** A new dossier (built once per file and locale, restored for each test: builtOnce). */
const created = (locale = 'en_US'): Runtime => builtOnce(`created ${locale}`, () => buildCreated(locale));

function sheetOf(model: WorkbookModel, spec: TabSpec, lang: Lang): SheetExportModel {
  const s = model.sheets.find((x) => x.name === spec.name[lang]);
  if (!s) throw new Error(`No sheet ${spec.name[lang]} in ${model.sheets.map((x) => x.name).join(', ')}`);
  return s;
}

const cellAt = (s: SheetExportModel, row: number, col: number) => s.cells.find((c) => c.row === row && c.col === col);

/**
 * What users typed, per input tab: every value, formula and note, except the
 * values of computed columns (the add-on's own formulas' results, whose
 * display format a repair may restore on rows added since).
 */
function userCells(rt: Runtime, except: readonly string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const spec of INPUT_TABS) {
    if (except.includes(spec.key)) continue;
    const snap = rt.spreadsheet.snapshot(tabSheet(rt, spec).getName());
    const computed = new Set(spec.columns.filter((c) => c.type === 'computed').map((c) => (columnsOf(rt, spec)[c.key] as number) - 1));
    out[spec.key] = {
      values: snap.values.map((row, r) => row.map((v, c) => (r >= FIRST_DATA_ROW - 1 && computed.has(c) ? '(computed)' : v))),
      formulas: snap.formulas,
      notes: snap.notes,
    };
  }
  return out;
}

/**
 * A dossier with `rows` sample rows on every input tab (built once per file and size: builtOnce). The repair
 * tests share one size: their damage is to headers and tabs, whatever the number of rows below.
 */
const filled = (rows: number): Runtime => builtOnce(`filled ${rows}`, () => buildFilled(rows));

function buildFilled(rows: number): Runtime {
  const rt = buildCreated('en_US');
  const tabs = INPUT_TABS.filter((spec) => spec.key !== 'settings').map(
    (spec) => [spec, bulkRows(spec, rows, TODAY, Math.min(rows, 100))] as const,
  );
  fillTabs(rt, tabs, { lang: 'en', timeZone: TZ, asUser: false });
  return rt;
}

const ssOf = (rt: Runtime) => rt.counter.uncounted(() => rt.app.getActiveSpreadsheet());

beforeAll(ensureBundle);

describe('menu, entry points and triggers', () => {
  test('onOpen (LIMITED) adds the add-on menu with every item of the menu data', () => {
    const rt = newRuntime();
    rt.openDocument('LIMITED');
    expect(rt.ui.menus).toHaveLength(1);
    const items = rt.ui.menus[0]?.items ?? [];
    const expected = MENU.flatMap((m) => (m === 'separator' ? [] : [{ caption: m.caption.en, functionName: m.functionName }]));
    expect(items).toEqual(expected);
  });

  test('every menu item calls a top-level function of the bundle that runs without error', () => {
    const rt = newRuntime();
    rt.openDocument('LIMITED');
    const names = (rt.ui.menus[0]?.items ?? []).map((i) => i.functionName);
    expect(names.length).toBeGreaterThan(0);
    // The dossier first, as a user would; then every item in menu order.
    for (const fn of ['kadCreateOrRepair', ...names]) {
      expect(rt.hasFunction(fn)).toBe(true);
      expect(() => rt.run(fn)).not.toThrow();
    }
    expect(rt.executions.filter((e) => e.error)).toEqual([]);
  });

  test('onOpen in AuthMode.NONE adds only the menu and touches no document', () => {
    const rt = newRuntime();
    const before = rt.counter.uncounted(() => ssOf(rt).getSheets().length);
    const m = rt.counter.measure(() => rt.openDocument('NONE'));
    expect(rt.ui.menus).toHaveLength(1);
    expect(Object.keys(m.calls).filter((k) => k.startsWith('Spreadsheet.') || k.startsWith('Sheet.') || k.startsWith('Range.'))).toEqual(
      [],
    );
    expect(rt.counter.uncounted(() => ssOf(rt).getSheets().length)).toBe(before);
  });

  test('onInstall adds the menu too', () => {
    const rt = newRuntime();
    rt.run('onInstall', [{ authMode: 'FULL' }]);
    expect(rt.ui.menus).toHaveLength(1);
  });

  test('trigger handlers and sidebar functions are top-level functions of the bundle', () => {
    const rt = newRuntime();
    for (const fn of [...TRIGGER_HANDLERS, ...SIDEBAR_FUNCTIONS, 'onOpen', 'onEdit', 'onInstall']) expect(rt.hasFunction(fn)).toBe(true);
  });

  test('the Russian menu follows a ru_RU spreadsheet', () => {
    const rt = newRuntime('ru_RU');
    rt.openDocument('LIMITED');
    expect(rt.ui.menus[0]?.items.map((i) => i.caption).slice(0, 2)).toEqual(['Главная: с чего начать', 'Создать или восстановить досье']);
  });
});

/** The column notes as pushed beside the bundle (html/Notes.html). */
const NOTES_HTML = readFileSync(path.join(__dirname, '..', '..', 'src', 'html', `${NOTES_FILE}.html`), 'utf8');

describe.each([
  ['en_US', 'en'],
  ['ru_RU', 'ru'],
  ['lt_LT', 'lt'],
] as const)('the template in %s', (locale, lang) => {
  let model: WorkbookModel;
  beforeAll(() => {
    expect(langOf(locale)).toBe(lang);
    model = created(locale).spreadsheet.toWorkbookModel();
  });

  test('every tab of the schema exists, in order; the default Sheet1 is gone', () => {
    const names = model.sheets.map((s) => s.name);
    const tabs = TABLE_TABS.map((t) => t.name[lang]);
    expect(names.filter((n) => tabs.includes(n))).toEqual(tabs);
    expect(names).not.toContain('Sheet1');
  });

  test.each(TABLE_TABS.map((t) => [t.key, t] as const))(
    '%s: keys, labels, notes, frozen bold header, hidden key row, tab colour',
    (_k, spec) => {
      const s = sheetOf(model, spec, lang);
      spec.columns.forEach((c, i) => {
        expect(cellAt(s, KEY_ROW, i + 1)?.value).toBe(KEY_PREFIX + c.key);
        const header = cellAt(s, HEADER_ROW, i + 1);
        expect(header?.value).toBe(c.label[lang]);
        expect(header?.note).toContain(parseNotes(NOTES_HTML, lang).note(c.noteKey));
        expect(header?.fontWeight).toBe('bold');
      });
      expect(s.frozenRows).toBe(HEADER_ROW);
      expect(s.frozenColumns).toBe(spec.frozenColumns);
      expect(s.hiddenRows).toContain(KEY_ROW);
      expect(s.tabColor?.toLowerCase()).toBe(spec.tabColor.toLowerCase());
    },
  );

  test('every dropdown lists exactly the domain options in the sheet language', () => {
    for (const spec of INPUT_TABS) {
      const s = sheetOf(model, spec, lang);
      spec.columns.forEach((c, i) => {
        const v = cellAt(s, FIRST_DATA_ROW, i + 1)?.validation;
        if (c.dependent) {
          // A dependent dropdown (the plan's method): a range of the hidden Lists tab, every option while the row
          // has no approach (test/depth.test.ts follows a chosen approach).
          expect({ col: `${spec.key}.${c.key}`, criteria: v?.criteria }).toEqual({
            col: `${spec.key}.${c.key}`,
            criteria: 'VALUE_IN_RANGE',
          });
          expect(String(v?.values[0])).toContain(label('tab.lists')[lang]);
        } else if (c.type === 'enum') {
          expect({ col: `${spec.key}.${c.key}`, criteria: v?.criteria, list: v?.values[0] }).toEqual({
            col: `${spec.key}.${c.key}`,
            criteria: 'VALUE_IN_LIST',
            list: (c.options ?? []).map((o) => o.label[lang]),
          });
        }
        if (c.type === 'accountRef') {
          expect(v?.criteria).toBe('VALUE_IN_RANGE');
          expect(String(v?.values[0])).toContain(tabSpec('accounts').name[lang]);
        }
      });
    }
  });

  test('the lists are the domain brief’s: 4 key-client types, 9 roles, 4 competitor kinds, 3 outcomes, 5 approaches', () => {
    const list = (tab: Parameters<typeof tabSpec>[0], key: string): unknown => {
      const spec = tabSpec(tab);
      const col = spec.columns.findIndex((c) => c.key === key) + 1;
      return cellAt(sheetOf(model, spec, lang), FIRST_DATA_ROW, col)?.validation?.values[0];
    };
    expect(list('accounts', 'key_type')).toEqual(KEY_CLIENT_TYPES.map((o) => o.label[lang]));
    expect(list('decisionGroup', 'role')).toEqual(DMU_ROLES.map((o) => o.label[lang]));
    expect(list('competitors', 'kind')).toEqual(COMPETITOR_KINDS.map((o) => o.label[lang]));
    expect(list('contacts', 'outcome')).toEqual(CONTACT_OUTCOMES.map((o) => o.label[lang]));
    expect(list('plan', 'approach')).toEqual(APPROACHES.map((o) => o.label[lang]));
    expect([KEY_CLIENT_TYPES, DMU_ROLES, COMPETITOR_KINDS, CONTACT_OUTCOMES, APPROACHES].map((l) => l.length)).toEqual([4, 9, 4, 3, 5]);
  });

  test('Settings holds every setting with its default, each value cell named KAD_<KEY>', () => {
    const spec = tabSpec('settings');
    const s = sheetOf(model, spec, lang);
    const keyCol = spec.columns.findIndex((c) => c.key === 'setting_key') + 1;
    const valueCol = spec.columns.findIndex((c) => c.key === 'value') + 1;
    for (const setting of SETTINGS) {
      const keyCell = s.cells.find((c) => c.col === keyCol && c.value === setting.key);
      expect(keyCell).toBeDefined();
      const named = model.namedRanges.find((n) => n.name === settingRangeName(setting.key));
      expect(named).toEqual({
        name: settingRangeName(setting.key),
        sheet: s.name,
        range: `${String.fromCharCode(64 + valueCol)}${keyCell?.row}`,
      });
      const value = cellAt(s, keyCell?.row ?? 0, valueCol)?.value ?? null;
      if (setting.type === 'enum') expect(value).toBe(setting.options?.find((o) => o.key === setting.default)?.label[lang]);
      else expect(value === '' ? null : value).toBe(setting.default);
    }
  });

  test('header rows are protected, warning only, on every tab', () => {
    for (const spec of TABLE_TABS) {
      const name = spec.name[lang];
      const header = model.protections.filter((p) => p.sheet === name && /^A1:[A-Z]+2$/.test(p.range));
      expect({ name, count: header.length, warningOnly: header.every((p) => p.warningOnly) }).toEqual({
        name,
        count: 1,
        warningOnly: true,
      });
    }
  });
});

describe('repair', () => {
  test('is lossless on 1,000 filled rows per input tab, with the service calls of 10 rows', () => {
    // Used once: built without a snapshot to restore from (builtOnce would take one).
    const rt = buildFilled(1000);
    const before = userCells(rt);
    const big = rt.counter.measure(() => rt.run('kadCreateOrRepair'));
    expect(userCells(rt)).toEqual(before);

    const small = filled(10);
    const smallRun = small.counter.measure(() => small.run('kadCreateOrRepair'));
    // Growing a view's grid to the Accounts grid is one insertRowsAfter per sheet, whatever the row count.
    const steady = (calls: Record<string, number>) =>
      Object.fromEntries(Object.entries(calls).filter(([k]) => k !== 'Sheet.insertRowsAfter'));
    expect(steady(big.calls)).toEqual(steady(smallRun.calls));
    expect(big.total - smallRun.total).toBeLessThanOrEqual(TABLE_TABS.length);
  });

  test('recreates a deleted tab and leaves the other tabs as they were', () => {
    const rt = filled(10);
    const contacts = tabSpec('contacts');
    rt.counter.uncounted(() => ssOf(rt).deleteSheet(tabSheet(rt, contacts)));
    const before = userCells(rt, ['contacts']);
    rt.run('kadCreateOrRepair');
    expect(userCells(rt, ['contacts'])).toEqual(before);
    const s = sheetOf(rt.spreadsheet.toWorkbookModel(), contacts, 'en');
    contacts.columns.forEach((c, i) => expect(cellAt(s, HEADER_ROW, i + 1)?.value).toBe(c.label.en));
    expect(cellAt(s, FIRST_DATA_ROW, 5)?.validation?.criteria).toBe('VALUE_IN_LIST');
  });

  test('restores a cleared header cell in place', () => {
    const rt = filled(10);
    const spec = tabSpec('decisionGroup');
    const col = columnsOf(rt, spec)['person'] as number;
    rt.counter.uncounted(() => tabSheet(rt, spec).getRange(HEADER_ROW, col).clearContent());
    rt.run('kadCreateOrRepair');
    expect(rt.counter.uncounted(() => tabSheet(rt, spec).getRange(HEADER_ROW, col).getValue())).toBe('Person');
    expect(columnsOf(rt, spec)['person']).toBe(col);
  });

  test('puts back a deleted column at the right edge without moving a user cell', () => {
    const rt = filled(10);
    const spec = tabSpec('contacts');
    const sheet = tabSheet(rt, spec);
    const col = columnsOf(rt, spec)['summary'] as number;
    rt.counter.uncounted(() => sheet.deleteColumn(col));
    const before = rt.spreadsheet.snapshot(spec.name.en);
    rt.run('kadCreateOrRepair');
    const after = rt.spreadsheet.snapshot(spec.name.en);
    const width = before.values[0]?.length ?? 0;
    // Every cell that was there is unchanged; the restored column is appended.
    expect(after.values.map((r) => r.slice(0, width))).toEqual(before.values);
    const restored = columnsOf(rt, spec)['summary'];
    expect(restored).toBe(width + 1);
    expect(after.values[HEADER_ROW - 1]?.[(restored as number) - 1]).toBe('Summary');
  });

  test("leaves a user's own column among ours alone: its header formula, header note and cells", () => {
    const rt = filled(10);
    const spec = tabSpec('contacts');
    const sheet = tabSheet(rt, spec);
    const col = columnsOf(rt, spec)['summary'] as number;
    rt.counter.uncounted(() => {
      sheet.insertColumnBefore(col);
      sheet.getRange(HEADER_ROW, col).setFormula('=UPPER("mine")');
      sheet.getRange(HEADER_ROW, col).setNote('my own column');
      sheet.getRange(FIRST_DATA_ROW, col).setValue('kept');
    });
    const before = rt.spreadsheet.snapshot(spec.name.en);
    rt.run('kadCreateOrRepair');
    const after = rt.spreadsheet.snapshot(spec.name.en);
    const cellOf = (snap: typeof before, row: number) => ({
      value: snap.values[row - 1]?.[col - 1],
      formula: snap.formulas[row - 1]?.[col - 1],
      note: snap.notes[row - 1]?.[col - 1],
    });
    expect(cellOf(after, HEADER_ROW)).toEqual({ value: 'MINE', formula: '=UPPER("mine")', note: 'my own column' });
    expect(cellOf(after, FIRST_DATA_ROW)).toEqual(cellOf(before, FIRST_DATA_ROW));
    expect(after.values).toEqual(before.values);
    expect(columnsOf(rt, spec)['summary']).toBe(col + 1);
  });

  test('finds a renamed header and a renamed tab by key: nothing is added twice', () => {
    const rt = filled(10);
    const spec = tabSpec('reviews');
    const sheet = tabSheet(rt, spec);
    const col = columnsOf(rt, spec)['reviewer'] as number;
    const width = rt.counter.uncounted(() => sheet.getLastColumn());
    rt.counter.uncounted(() => {
      sheet.getRange(HEADER_ROW, col).setValue('Checked by (renamed)');
      sheet.setName('My reviews');
    });
    const sheetsBefore = rt.counter.uncounted(() => ssOf(rt).getSheets().length);
    rt.run('kadCreateOrRepair');
    expect(rt.counter.uncounted(() => ssOf(rt).getSheets().length)).toBe(sheetsBefore);
    expect(rt.counter.uncounted(() => sheet.getLastColumn())).toBe(width);
    expect(rt.counter.uncounted(() => sheet.getRange(KEY_ROW, col).getValue())).toBe(`${KEY_PREFIX}reviewer`);
  });

  test('re-running adds no protections, named ranges or developer metadata', () => {
    const rt = created();
    const count = () => {
      const m = rt.spreadsheet.toWorkbookModel();
      return {
        protections: m.protections.length,
        named: m.namedRanges.length,
        metadata: m.developerMetadata.length,
        sheets: m.sheets.length,
      };
    };
    const first = count();
    rt.run('kadCreateOrRepair');
    rt.run('kadCreateOrRepair');
    expect(count()).toEqual(first);
  });
});

describe('the runtime refuses misuse as Sheets does', () => {
  test('setValues with the wrong shape and a zero-size range throw Sheets’ messages', () => {
    const rt = created();
    const sheet = rt.app.getActiveSpreadsheet().getSheets()[0] as GoogleAppsScript.Spreadsheet.Sheet;
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
  });

  test('a second sheet with an existing name throws', () => {
    const rt = created();
    const ss = rt.app.getActiveSpreadsheet();
    expect(() => ss.insertSheet('Accounts')).toThrow('A sheet with the name "Accounts" already exists. Please enter another name.');
  });
});
