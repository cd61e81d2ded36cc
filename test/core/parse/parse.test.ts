import { coerceNumber, parseDateText, parseNumberText } from '../../../src/core/parse/coerce';
import { renderIssue } from '../../../src/core/messages';
import { parseTab } from '../../../src/core/parse/parseTab';
import { tabSpec } from '../../../src/core/schema/tabs';
import { canonicalColumns, parse, sheetDate } from './parse.helpers';

const goodAccount = {
  account_id: 'ACME',
  name: 'Acme Ltd',
  key_type: 'Revenue',
  manager_email: 'kam@ours.com',
  supervisor_email: 'boss@ours.com',
  annual_revenue: 120000,
  category_budget: 1200000,
  opportunity_next_year: 300000.5,
  opportunity_3_5_years: 400000,
  last_review: sheetDate('2026-01-15'),
  status: 'Active',
};

describe('number text', () => {
  it.each([
    ['1 200,50', 1200.5],
    ['1,200.50', 1200.5],
    ['1.200,50', 1200.5],
    ['1\u00a0200', 1200],
    ['1,200', 1200],
    ['1,5', 1.5],
    ['1.5', 1.5],
    ['1.200.000', 1200000],
    ['15%', 0.15],
    ['12,5 %', 0.125],
    ['−5', -5],
    ['€1,200', 1200],
    ['1 200 ₽', 1200],
    ['0', 0],
  ])('%s → %d', (text, n) => expect(parseNumberText(text)).toBeCloseTo(n, 10));

  it.each(['', 'abc', '1,2,3', '1..2', '12a', '.', '1.2.3,4,5', '--1', 'Infinity', 'NaN', '1e5'])('%s is not a number', (text) =>
    expect(parseNumberText(text)).toBeNull(),
  );

  it('rejects booleans, dates and non-finite numbers', () => {
    expect(coerceNumber(true).ok).toBe(false);
    expect(coerceNumber(new Date()).ok).toBe(false);
    expect(coerceNumber(NaN).ok).toBe(false);
    expect(coerceNumber(Infinity).ok).toBe(false);
  });
});

describe('date text', () => {
  it.each([
    ['2026-01-31', '2026-01-31'],
    ['31.01.2026', '2026-01-31'],
    ['1.2.2026', '2026-02-01'],
    ['31/01/2026', '2026-01-31'],
    ['2026-01-31T10:00:00Z', '2026-01-31'],
  ])('%s → %s', (text, day) => expect(parseDateText(text)).toBe(day));
  it.each(['2026-02-30', '31.13.2026', 'tomorrow', '2026/01/31', '01-31-2026'])('%s is not a date', (text) =>
    expect(parseDateText(text)).toBeNull(),
  );
});

describe('row parsers from the schema', () => {
  it('types a good Accounts row: option keys from labels, civil dates from Date objects', () => {
    const t = parse('accounts', [goodAccount]);
    expect(t.issues).toEqual([]);
    expect(t.rows).toHaveLength(1);
    expect(t.rows[0]?.row).toBe(3);
    expect(t.rows[0]?.values).toMatchObject({
      account_id: 'ACME',
      key_type: 'revenue',
      category_budget: 1200000,
      opportunity_next_year: 300000.5,
      last_review: '2026-01-15',
      status: 'active',
      executive_sponsor: null,
    });
  });

  it.each([
    ['600 000', '600000'],
    ['€600,000', '600000'],
    ['600000 EUR', '600000'],
    ['600 000,00', '600000'],
  ])('a number typed as text (%s) is an error at its cell with the number to type, and is not counted', (text, number) => {
    const t = parse('accounts', [{ ...goodAccount, annual_revenue: text }]);
    expect(t.issues).toEqual([
      { severity: 'error', code: 'numberAsText', tab: 'accounts', row: 3, column: 'annual_revenue', value: text, params: { number } },
    ]);
    expect(t.rows[0]?.values['annual_revenue']).toBeNull();
    const shown = renderIssue(t.issues[0]!, 'en');
    expect(shown.ref).toBe("'Accounts'!G3");
    expect(shown.hint).toContain(`Type ${number} as a number; this cell holds text`);
  });

  it('reads option labels in either language and any case', () => {
    const t = parse('accounts', [{ ...goodAccount, key_type: 'ПЕРСПЕКТИВНЫЙ', status: 'закрыт' }]);
    expect(t.issues).toEqual([]);
    expect(t.rows[0]?.values).toMatchObject({ key_type: 'prospective', status: 'closed' });
  });

  it('skips blank rows and keeps sheet row numbers', () => {
    const t = parse('accounts', [{}, goodAccount, { revenue_share: 0.5 }]);
    expect(t.rows.map((r) => r.row)).toEqual([4]);
  });

  it('locates each bad cell: tab, row, column, value; the good cells of the row still parse', () => {
    const t = parse('accounts', [
      {},
      { ...goodAccount, name: '', annual_revenue: -5, manager_email: 'kam at ours', status: 'Sleeping', last_review: 'soon' },
    ]);
    const got = t.issues.map((i) => [i.code, i.row, i.column, i.value]);
    expect(got).toEqual([
      ['required', 4, 'name', ''],
      ['notEmail', 4, 'manager_email', 'kam at ours'],
      ['negative', 4, 'annual_revenue', '-5'],
      ['notDate', 4, 'last_review', 'soon'],
      ['notOption', 4, 'status', 'Sleeping'],
    ]);
    expect(t.rows[0]?.values).toMatchObject({ account_id: 'ACME', name: null, annual_revenue: null, category_budget: 1200000 });
    expect([...(t.rows[0]?.invalid ?? [])].sort()).toEqual(['annual_revenue', 'last_review', 'manager_email', 'name', 'status']);
  });

  it('renders located messages in English and Russian', () => {
    const t = parse('contacts', [{ account: 'ACME', date: '32.01.2026', channel: 'Call', outcome: 'Positive' }]);
    const [issue] = t.issues;
    expect(issue).toBeDefined();
    const en = renderIssue(issue!, 'en', canonicalColumns('contacts'));
    expect(en).toMatchObject({ severity: 'Error', tab: 'Contacts', a1: 'B3', ref: "'Contacts'!B3", field: 'Date' });
    expect(en.message).toBe(`'Contacts'!B3 (Date): "32.01.2026" is not a date.`);
    expect(en.hint).toBe('Type a date such as 2026-01-31 or 31.01.2026.');
    const ru = renderIssue(issue!, 'ru', canonicalColumns('contacts'));
    expect(ru.message).toBe(`'Контакты'!B3 («Дата»): «32.01.2026» — не дата.`);
  });

  it('lists the choices of a dropdown in the hint', () => {
    const t = parse('contacts', [{ account: 'ACME', date: '2026-01-10', channel: 'Pigeon', outcome: 'Positive' }]);
    expect(renderIssue(t.issues[0]!, 'en').hint).toBe('Pick one from the list: Meeting, Call, E-mail, Site visit, Event, Other.');
  });

  it('keeps text that looks like a formula as text', () => {
    const t = parse('general', [{ account: 'ACME', description: '=1+1', history: '+370 600 00000', culture: '-ish', trends: '@home' }]);
    expect(t.issues).toEqual([]);
    expect(t.rows[0]?.values).toMatchObject({ description: '=1+1', history: '+370 600 00000', culture: '-ish', trends: '@home' });
  });

  it('reports a missing column once, at the header row, not on every row', () => {
    const cols = canonicalColumns('reviews');
    delete cols['reviewer'];
    const t = parseTab(
      tabSpec('reviews'),
      [
        ['ACME', '2026-01-01', '', 'ok'],
        ['ACME', '2026-01-02', '', 'ok'],
      ],
      { columnOf: cols, civilOf: (d) => d.toISOString().slice(0, 10) },
    );
    expect(t.issues.map((i) => [i.code, i.row, i.column])).toEqual([['missingColumn', 2, 'reviewer']]);
    expect(renderIssue(t.issues[0]!, 'en', cols).message).toBe(`'Reviews'!2:2: column "Reviewer e-mail" is missing.`);
  });
});
