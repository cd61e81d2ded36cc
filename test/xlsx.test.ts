/**
 * The ExcelJS export of the runtime's workbook: re-read with ExcelJS, the
 * file has the sheets, dropdowns, conditional formats, notes, frozen and
 * hidden header rows, named ranges and formulas with their computed results.
 * When LibreOffice is installed (libreoffice-calc-nogui), it opens the file
 * and shows the stored results (CSV) and prints it (PDF).
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { DMU_ROLES } from '../src/core/domain';
import { NOTES_FILE, parseNotes } from '../src/core/notes';
import { tabSpec } from '../src/core/schema/tabs';
import { FIRST_DATA_ROW, HEADER_ROW, KEY_ROW } from '../src/core/schema/types';
import { arrayFormulaForRow, writeXlsx } from './runtime/export/xlsx';
import { columnsOf, fillRows, fillSettings, tabSheet } from '../scripts/sample/fill';
import { buildSample } from '../scripts/sample/portfolio';
import { zonedDate } from '../scripts/sample/sheetValues';
import { createProductRuntime, PRODUCT_XLSX } from './productRuntime';
import type { WorkbookModel } from './runtime/sheets/model';
import { ensureBundle } from './bundle';
import { hasSoffice, sofficeConvert } from './libreOffice';

const TZ = 'Europe/Vilnius';
const TODAY = '2025-06-02';

let model: WorkbookModel;
let book: ExcelJS.Workbook;
let file: string;
let dir: string;
const accounts = tabSpec('accounts');
let col: Record<string, number>;

beforeAll(async () => {
  ensureBundle();
  const rt = createProductRuntime({ now: zonedDate(TODAY, TZ, 10), timeZone: TZ, locale: 'en_US' }).load();
  rt.run('kadCreateOrRepair');
  const sample = buildSample(TODAY);
  const fill = { lang: 'en', timeZone: TZ, asUser: false } as const;
  fillSettings(rt, tabSpec('settings'), sample.settings, fill);
  fillRows(rt, accounts, sample.tabs.accounts, fill);
  fillRows(rt, tabSpec('decisionGroup'), sample.tabs.decisionGroup, fill);
  col = columnsOf(rt, accounts);
  // A colour rule of the kind the risk feature writes, through the bundle-visible API.
  rt.counter.uncounted(() => {
    const sheet = tabSheet(rt, accounts);
    const share = sheet.getRange(FIRST_DATA_ROW, col['revenue_share'] as number, 100, 1);
    const rules = sheet.getConditionalFormatRules();
    rules.push(rt.app.newConditionalFormatRule().whenNumberGreaterThan(0.5).setBackground('#d55e00').setRanges([share]).build());
    sheet.setConditionalFormatRules(rules);
  });
  model = rt.spreadsheet.toWorkbookModel();
  dir = mkdtempSync(path.join(tmpdir(), 'kad-xlsx-'));
  file = path.join(dir, 'dossier.xlsx');
  await writeXlsx(model, file, PRODUCT_XLSX);
  book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
});

const ws = (name: string): ExcelJS.Worksheet => {
  const w = book.getWorksheet(name);
  if (!w) throw new Error(`no worksheet ${name}`);
  return w;
};

test('every sheet of the workbook is in the file, in order, plus the hidden dropdown lists', () => {
  const names = book.worksheets.map((w) => w.name);
  expect(names.filter((n) => n !== PRODUCT_XLSX.listsSheet)).toEqual(
    [...model.sheets].sort((a, b) => a.index - b.index).map((s) => s.name),
  );
  expect(ws(PRODUCT_XLSX.listsSheet).state).toBe('hidden');
});

test('headers: frozen rows and columns, hidden key row, bold labels with notes, tab colour', () => {
  const w = ws('Accounts');
  expect(w.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW, xSplit: accounts.frozenColumns });
  expect(w.getRow(KEY_ROW).hidden).toBe(true);
  const header = w.getCell(HEADER_ROW, 1);
  expect(header.value).toBe('Account id');
  expect(header.font?.bold).toBe(true);
  const note = header.note;
  const text = typeof note === 'string' ? note : (note?.texts ?? []).map((t) => t.text).join('');
  const notes = parseNotes(readFileSync(path.join(__dirname, '..', 'src', 'html', `${NOTES_FILE}.html`), 'utf8'), 'en');
  expect(text).toContain(notes.note(accounts.columns[0]?.noteKey ?? ''));
  expect(w.properties.tabColor?.argb).toBe(`FF${accounts.tabColor.slice(1).toUpperCase()}`);
});

test('dropdowns: the role column offers the nine roles from a list range', () => {
  const w = ws('Decision group');
  const roleCol = tabSpec('decisionGroup').columns.findIndex((c) => c.key === 'role') + 1;
  const dv = w.getCell(FIRST_DATA_ROW, roleCol).dataValidation;
  expect(dv.type).toBe('list');
  const ref = String(dv.formulae?.[0]);
  const m = /^kad_lists!\$([A-Z]+)\$1:\$\1\$(\d+)$/.exec(ref);
  expect(m).not.toBeNull();
  const lists = ws(PRODUCT_XLSX.listsSheet);
  const values = Array.from({ length: Number(m?.[2]) }, (_, i) => lists.getCell(`${m?.[1]}${i + 1}`).value);
  expect(values).toEqual(DMU_ROLES.map((o) => o.label.en));
  // Account ids come from the Accounts tab's id column.
  const acc = w.getCell(FIRST_DATA_ROW, 1).dataValidation;
  expect(acc.type).toBe('list');
  expect(String(acc.formulae?.[0])).toMatch(/^'?Accounts'?!\$A\$3:\$A\$\d+$/);
});

test('conditional formats keep their condition and fill', () => {
  const w = ws('Accounts');
  const cfs = (
    w as unknown as {
      conditionalFormattings: {
        ref: string;
        rules: { type: string; formulae: string[]; style: { fill: { bgColor: { argb: string } } } }[];
      }[];
    }
  ).conditionalFormattings;
  const modelRules = model.sheets.find((s) => s.name === 'Accounts')?.conditionalFormats ?? [];
  expect(cfs).toHaveLength(modelRules.length);
  const letter = String.fromCharCode(64 + (col['revenue_share'] as number));
  const ours = cfs.find((c) => c.rules[0]?.style.fill.bgColor.argb === 'FFD55E00');
  expect(ours?.ref).toBe(`${letter}3:${letter}102`);
  expect(ours?.rules[0]?.formulae[0]).toBe(`AND(ISNUMBER(${letter}3),${letter}3>0.5)`);
});

test('formulas carry the value the runtime computed; ARRAYFORMULA becomes one formula per filled row', () => {
  const w = ws('Accounts');
  const shareCol = col['revenue_share'] as number;
  const first = w.getCell(FIRST_DATA_ROW, shareCol).value as ExcelJS.CellFormulaValue;
  const computed = model.sheets
    .find((s) => s.name === 'Accounts')
    ?.cells.find((c) => c.row === FIRST_DATA_ROW && c.col === shareCol)?.value;
  expect(first.result).toBeCloseTo(computed as number, 10);
  expect(first.result).toBeCloseTo(6_720_000 / 12_800_000, 10);
  expect(first.formula).not.toMatch(/ARRAYFORMULA|[A-Z]3:[A-Z](?!\d)/);
  const fifth = w.getCell(FIRST_DATA_ROW + 4, shareCol).value as ExcelJS.CellFormulaValue;
  expect(fifth.formula).toContain(`${String.fromCharCode(64 + (col['annual_revenue'] as number))}${FIRST_DATA_ROW + 4}`);
  expect(w.getCell(FIRST_DATA_ROW, shareCol).numFmt).toBe('0.0%');
});

test('dates are dates with their format, and named ranges are defined', () => {
  const w = ws('Accounts');
  const c = w.getCell(FIRST_DATA_ROW, col['last_review'] as number);
  expect(c.numFmt).toBe('yyyy-mm-dd');
  expect((c.value as Date).toISOString().slice(0, 10)).toBe('2025-02-27'); // BALTLOG: reviewed 95 days before 2 June
  const names = (book.definedNames as unknown as { model: { name: string }[] }).model.map((n) => n.name);
  expect(names).toContain('KAD_COMPANY_REVENUE');
});

test('arrayFormulaForRow rewrites only row-anchored open-ended ranges', () => {
  expect(arrayFormulaForRow('=ARRAYFORMULA(IF(G3:G="","",G3:G/N(KAD_X)))', 3, 7)).toBe('IF(G7="","",G7/N(KAD_X))');
  expect(arrayFormulaForRow('=ARRAYFORMULA(IF(G3:G="x:y","",1))', 3, 4)).toBe('IF(G4="x:y","",1)');
  expect(arrayFormulaForRow('=ARRAYFORMULA(SUM(G4:G))', 3, 4)).toBeNull();
  expect(arrayFormulaForRow('=SUM(G3:G)', 3, 4)).toBeNull();
});

describe('LibreOffice (libreoffice-calc-nogui)', () => {
  test('is installed (npm test and .ci/run install it)', () => {
    expect(hasSoffice).toBe(true);
  });

  test('opens the file: Accounts as CSV shows the stored results, and the workbook prints to PDF', () => {
    // Filter options: comma, quote, UTF-8, ..., sheet 2 (Accounts) only; see
    // https://help.libreoffice.org/latest/en-US/text/shared/guide/csv_params.html
    const csvDir = path.join(dir, 'csv');
    const accountsIndex = model.sheets.find((s) => s.name === 'Accounts')?.index ?? 2;
    sofficeConvert(file, `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,${accountsIndex}`, csvDir);
    const csvFile = readdirSync(csvDir).find((f) => f.endsWith('.csv'));
    expect(csvFile).toBeDefined();
    const csv = readFileSync(path.join(csvDir, csvFile as string), 'utf8');
    expect(csv).toContain('Baltijos logistika, UAB');
    expect(csv).toContain('52.5%');
    expect(csv).toMatch(/Mono-client/);

    const pdfDir = path.join(dir, 'pdf');
    sofficeConvert(file, 'pdf', pdfDir);
    const pdf = readFileSync(path.join(pdfDir, 'dossier.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
