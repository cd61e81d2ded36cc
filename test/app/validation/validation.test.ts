/**
 * Validation through the built bundle in the local runtime: one error and one warning rule (all rules are in
 * test/core/validation.test.ts) fire on a crafted bad row, a good dossier is clean; the Problems tab and toast; onEdit marks and unmarks, keeps the user's notes and
 * colours, validates a pasted 500-row block with a constant number of calls; nothing typed ever changes.
 */
import { MARK, MARK_COLORS } from '../../../src/app/validation/marks';
import { tabSpec } from '../../../src/core/schema/tabs';
import { FIRST_DATA_ROW } from '../../../src/core/schema/types';
import { zonedDate } from '../../../scripts/sample/sheetValues';
import { goodDossier, RULE_CASES, TODAY } from '../../core/validation/validation.fixture';
import type { Runtime } from '../../runtime';
import { createProductRuntime } from '../../productRuntime';
import { harness, typeDossier, typeRows, userContent } from './validation.helpers';
import { ensureBundle } from '../../bundle';
import { builtOnce } from '../../builtOnce';

const TZ = 'Europe/Vilnius';
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

beforeAll(ensureBundle);

/** A new dossier, built once per locale and restored for each test (builtOnce). */
function fresh(locale = 'en_US'): Runtime {
  return builtOnce(`fresh ${locale}`, () => {
    const rt = createProductRuntime({ now: zonedDate(TODAY, TZ, 10), timeZone: TZ, locale }).load();
    rt.run('kadCreateOrRepair');
    return rt;
  });
}

const sheet = (rt: Runtime, name: string): Sheet => rt.counter.uncounted(() => rt.app.getActiveSpreadsheet().getSheetByName(name) as Sheet);

/** The Problems tab's data rows: severity, tab, cell formula, field, message, hint. */
function problems(rt: Runtime): { severity: string; tab: string; link: string; field: string; message: string; hint: string }[] {
  const s = harness(rt).snapshot('Problems');
  return s.values.slice(FIRST_DATA_ROW - 1).map((r, i) => ({
    severity: String(r[0]),
    tab: String(r[1]),
    link: s.formulas[FIRST_DATA_ROW - 1 + i]?.[2] ?? '',
    field: String(r[3]),
    message: String(r[4]),
    hint: String(r[5]),
  }));
}

describe('Validate dossier', () => {
  it('leaves a clean dossier with a Problems tab that says so, and a toast', () => {
    const rt = fresh();
    typeDossier(rt, goodDossier());
    const before = userContent(rt);
    rt.run('kadValidate');
    expect(problems(rt)).toEqual([
      { severity: '', tab: '', link: '', field: '', message: `No problems found. Checked on ${TODAY}.`, hint: '' },
    ]);
    expect(rt.ui.toasts.at(-1)).toMatchObject({ message: 'No problems found.', title: 'Validate dossier' });
    expect(userContent(rt)).toEqual(before);
  });

  // Every rule case (issue 14's noSponsor and methodNotOfApproach included) runs in test/core/validation.test.ts,
  // with its message and hint in both languages; end to end, one error on a cell and one warning across rows
  // show their Problems row.
  const E2E_CASES = RULE_CASES.filter((c) => (c.code === 'futureDate' && c.at[0] === 'contacts') || c.code === 'opponentUncovered');
  it.each(E2E_CASES.map((c) => [`${c.code} at ${c.at.join(' ')}`, c] as const))('%s fires on a crafted bad row', (_n, c) => {
    const rt = fresh();
    typeDossier(rt, c.breakIt(goodDossier()));
    const before = userContent(rt);
    rt.run('kadValidate');
    const [tab, index, column] = c.at;
    const spec = tabSpec(tab);
    const a1 = `${String.fromCharCode(64 + spec.columns.findIndex((x) => x.key === column) + 1)}${FIRST_DATA_ROW + index}`;
    const ref = `'${spec.name.en}'!${a1}`;
    const gid = rt.counter.uncounted(() => sheet(rt, spec.name.en).getSheetId());
    const row = problems(rt).find((p) => p.message.startsWith(`${ref} `));
    expect(row).toMatchObject({
      severity: c.severity === 'error' ? 'Error' : 'Warning',
      tab: spec.name.en,
      link: `=HYPERLINK("#gid=${gid}&range=${a1}","${ref.replace(/"/g, '""')}")`,
      field: spec.columns.find((x) => x.key === column)?.label.en,
    });
    expect(row?.hint).not.toBe('');
    expect(userContent(rt)).toEqual(before);
  });

  it('writes the Problems tab in Russian for a Russian spreadsheet', () => {
    const rt = fresh('ru_RU');
    typeDossier(rt, { ...goodDossier(), contacts: [{ account: 'ACME', date: 'завтра', channel: 'Звонок', outcome: 'Позитивный' }] }, 'ru');
    rt.run('kadValidate');
    const p = rt.counter.uncounted(() => sheet(rt, 'Ошибки'));
    expect(p).toBeTruthy();
    const s = harness(rt).snapshot('Ошибки');
    const messages = s.values.slice(FIRST_DATA_ROW - 1).map((r) => String(r[4]));
    expect(messages).toContain(`'Контакты'!B3 («Дата»): «завтра» — не дата.`);
    expect(rt.ui.toasts.at(-1)?.message).toMatch(/^Ошибок: 1, предупреждений: \d+\.$/);
  });
});

describe('as the user types (simple onEdit trigger)', () => {
  it('marks a bad cell with a note and a colour, clears the mark when fixed, never touches the value', () => {
    const rt = fresh();
    typeDossier(rt, goodDossier());
    rt.edit('Contacts', 'B4', [['soon']]);
    const c = sheet(rt, 'Contacts');
    const read = () =>
      rt.counter.uncounted(() => ({
        v: c.getRange('B4').getValue(),
        note: c.getRange('B4').getNote(),
        bg: c.getRange('B4').getBackground(),
      }));
    expect(read()).toEqual({
      v: 'soon',
      note: `${MARK}'Contacts'!B4 (Date): "soon" is not a date. Type a date such as 2026-01-31 or 31.01.2026.`,
      bg: MARK_COLORS.error,
    });
    rt.edit('Contacts', 'B4', [['2026-02-20']]);
    expect(read()).toMatchObject({ note: '', bg: '#ffffff' });
    expect(rt.counter.uncounted(() => c.getRange('B4').getValue())).toBeInstanceOf(Object); // a Date: the user's date, as typed
  });

  it("keeps the user's own note and background", () => {
    const rt = fresh();
    typeDossier(rt, goodDossier());
    const c = sheet(rt, 'Contacts');
    rt.counter.uncounted(() => {
      c.getRange('B3').setNote('Ask Ann about this');
      c.getRange('D3').setBackground('#00ff00');
    });
    rt.edit('Contacts', 'B3:D3', [['soon', 'Ann Boss', 'Pigeon']]);
    const cell = (a1: string) => rt.counter.uncounted(() => ({ note: c.getRange(a1).getNote(), bg: c.getRange(a1).getBackground() }));
    expect(cell('B3').note).toMatch(/^Ask Ann about this\n\n⚠ 'Contacts'!B3 \(Date\)/);
    expect(cell('B3').bg).toBe(MARK_COLORS.error);
    expect(cell('D3')).toMatchObject({ bg: '#00ff00' });
    expect(cell('D3').note).toMatch(/^⚠ 'Contacts'!D3 \(Channel\): "Pigeon" is not one of the choices/);
    rt.edit('Contacts', 'B3:D3', [['2026-02-01', 'Ann Boss', 'Meeting']]);
    expect(cell('B3')).toEqual({ note: 'Ask Ann about this', bg: '#ffffff' });
    expect(cell('D3')).toEqual({ note: '', bg: '#00ff00' });
  });

  it('runs the row rules of the edited row (opportunity against budget) and clears them when the other cell is fixed', () => {
    const rt = fresh();
    typeDossier(rt, goodDossier());
    const a = sheet(rt, 'Accounts');
    const note = (a1: string) => rt.counter.uncounted(() => a.getRange(a1).getNote());
    rt.edit('Accounts', 'K3', [[900000]]); // opportunity next year above the 500,000 budget
    expect(note('K3')).toMatch(/^⚠ 'Accounts'!K3 \(Opportunity next year\): 900000 is above the client's budget/);
    rt.edit('Accounts', 'J3', [[1000000]]); // the budget is raised: the opportunity cell is fine now
    expect(note('K3')).toBe('');
  });

  it('keeps text that looks like a formula as text, and the add-on never writes it back', () => {
    const rt = fresh();
    typeDossier(rt, goodDossier());
    rt.edit('General info', 'B3:C3', [['=1+1', '+370 600 00000']]);
    rt.edit('General info', 'E3', [['-ish']]);
    rt.edit('Decision group', 'B3', [['@boss']]);
    rt.run('kadValidate');
    const g = sheet(rt, 'General info');
    expect(rt.counter.uncounted(() => g.getRange('B3:E3').getValues())).toEqual([['=1+1', '+370 600 00000', 250, '-ish']]);
    expect(rt.counter.uncounted(() => g.getRange('B3:E3').getFormulas())).toEqual([['', '', '', '']]);
    expect(rt.counter.uncounted(() => sheet(rt, 'Decision group').getRange('B3').getValue())).toBe('@boss');
    expect(problems(rt).filter((p) => p.tab === 'General info')).toEqual([]);
  });

  it('validates a pasted 500-row block with the same handful of calls as a 5-row one, marking exactly the bad cells', () => {
    const rt = fresh();
    typeDossier(rt, goodDossier());
    const block = (n: number, bad: (i: number) => boolean) =>
      Array.from({ length: n }, (_, i) => ({
        account: 'ACME',
        date: bad(i) ? '31.02.2026' : '2026-02-20',
        person: `Person ${i}`,
        channel: 'Call',
        outcome: 'Positive',
        summary: '=IMPORTRANGE("x")',
      }));
    const callsFor = (first: number, n: number) =>
      rt.counter.measure(() =>
        typeRows(
          rt,
          'contacts',
          block(n, (i) => i % 100 === 2),
          { asUser: true, firstRow: first },
        ),
      );
    // The fixture occupies rows 3-4; paste below it. typeRows is one user edit (one contiguous block).
    const small = callsFor(10, 5);
    const big = callsFor(20, 500);
    const bundleCalls = (m: { calls: Record<string, number> }) => Object.entries(m.calls).filter(([k]) => !k.startsWith('Runtime'));
    expect(bundleCalls(big)).toEqual(bundleCalls(small));
    // 17 calls for the tab (read whole, once) and the block's marks, 11 to find and read the Accounts tab once,
    // 2 for the pause setting, 3 to re-check the account's other rows (a contact inside a pause is a cross-row warning).
    expect(big.total).toBeLessThanOrEqual(34);
    expect(big.calls['Range.getValues']).toBe(2);
    expect(big.calls['Range.getNotes']).toBe(2);
    expect(big.calls['Range.setNotes']).toBe(1);
    expect(big.calls['Range.setBackgrounds']).toBe(1);
    expect(big.calls['Range.setValues'] ?? 0).toBe(0);
    const c = sheet(rt, 'Contacts');
    const notes = rt.counter.uncounted(() => c.getRange(20, 2, 500, 1).getNotes()).map((r) => r[0] !== '');
    expect(notes.flatMap((marked, i) => (marked ? [i] : []))).toEqual([2, 102, 202, 302, 402]);
    expect(rt.counter.uncounted(() => c.getRange(22, 2).getValue())).toBe('31.02.2026');
  });
});
