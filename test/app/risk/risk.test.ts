/**
 * Concentration risk through the built bundle in the local runtime: live
 * shares, bands and colours on Accounts, the Portfolio panel and its chart,
 * and the cost of re-applying the rules.
 */
import { createProductRuntime } from '../../productRuntime';
import { MARK_COLORS } from '../../../src/app/validation/marks';
import type { Runtime } from '../../runtime';
import { accountsPerManager, bandOf, hhi, sharesOf, topShare, typeMix } from '../../../src/core/risk';
import type { RiskThresholds } from '../../../src/core/risk';
import { ensureBundle } from '../../bundle';
import { builtOnce } from '../../builtOnce';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

interface Harness {
  effectiveBackground(sheet: string, a1: string): string;
  effectiveFontColor(sheet: string, a1: string): string;
  chartSpecs(sheet: string): { type: string; ranges: string[]; options: Record<string, unknown> }[];
}

beforeAll(ensureBundle);

/** A new dossier, built once per locale and restored for each test (builtOnce). */
function setup(locale = 'en_US'): { rt: Runtime; h: Harness } {
  const rt = builtOnce(`setup ${locale}`, () => {
    const built = createProductRuntime({ now: '2025-03-10T08:00:00Z', timeZone: 'Europe/Vilnius', locale }).load();
    repair(built);
    return built;
  });
  return { rt, h: rt.spreadsheet as unknown as Harness };
}

function repair(rt: Runtime): void {
  rt.run('kadCreateOrRepair');
}

const ss = (rt: Runtime) => rt.app.getActiveSpreadsheet();

function sheetNamed(rt: Runtime, names: string[]): Sheet {
  for (const n of names) {
    const s = ss(rt).getSheetByName(n);
    if (s) return s;
  }
  throw new Error(`no sheet ${names.join('/')}`);
}
const accountsSheet = (rt: Runtime) => sheetNamed(rt, ['Accounts', 'Клиенты']);
const portfolioSheet = (rt: Runtime) => sheetNamed(rt, ['Portfolio', 'Портфель']);

function col(rt: Runtime, key: string): number {
  const sh = accountsSheet(rt);
  const keys = sh.getRange(1, 1, 1, sh.getLastColumn()).getValues()[0] as unknown[];
  const i = keys.indexOf(`kad:${key}`);
  if (i < 0) throw new Error(`no column ${key}`);
  return i + 1;
}
const letters = (n: number) => String.fromCharCode(64 + n);

/** Types a Settings value as a user would (named range → its cell). */
function setSetting(rt: Runtime, name: string, value: unknown): void {
  const cell = ss(rt).getRangeByName(name);
  if (!cell) throw new Error(`no named range ${name}`);
  const res = rt.edit(cell.getSheet().getName(), cell.getA1Notation(), [[value]]) as { rejected?: boolean };
  expect(res?.rejected ?? false).toBe(false);
}

interface Row {
  id: string;
  name: string;
  type: string;
  manager: string;
  revenue: unknown;
}

/** Writes account rows from row 3 (test setup, as a paste would). */
function writeAccounts(rt: Runtime, rows: readonly Row[]): void {
  const sh = accountsSheet(rt);
  const need = rows.length + 2;
  if (sh.getMaxRows() < need) sh.insertRowsAfter(sh.getMaxRows(), need - sh.getMaxRows());
  // Every column found before the first write: a read after a write would recalculate the whole sheet.
  const at = Object.fromEntries(['account_id', 'name', 'key_type', 'manager_email', 'annual_revenue'].map((k) => [k, col(rt, k)]));
  const put = (key: string, values: unknown[]) => sh.getRange(3, at[key] as number, values.length, 1).setValues(values.map((v) => [v]));
  put(
    'account_id',
    rows.map((r) => r.id),
  );
  put(
    'name',
    rows.map((r) => r.name),
  );
  put(
    'key_type',
    rows.map((r) => r.type),
  );
  put(
    'manager_email',
    rows.map((r) => r.manager),
  );
  put(
    'annual_revenue',
    rows.map((r) => r.revenue),
  );
}

const row = (i: number, revenue: unknown, manager = `kam${i % 5}@example.com`, type = 'Revenue'): Row => ({
  id: `A${i}`,
  name: `Client ${i}`,
  type,
  manager,
  revenue,
});

function read(rt: Runtime, sheet: Sheet, a1: string): unknown {
  return sheet.getRange(a1).getValue();
}

/** The legend row on Portfolio that names a band: its swatch and rule text. */
function legendOf(rt: Runtime, h: Harness, band: string): { background: string; font: string; rule: string; todo: string } {
  const p = portfolioSheet(rt);
  const values = p.getRange('A17:D21').getValues();
  const i = values.findIndex((r) => r[0] === band);
  if (i < 0) throw new Error(`legend has no row for ${band}`);
  const a1 = `A${17 + i}`;
  const cells = values[i] as unknown[];
  return {
    background: h.effectiveBackground(p.getName(), a1),
    font: h.effectiveFontColor(p.getName(), a1),
    rule: String(cells[1]),
    todo: String(cells[3]),
  };
}

const WHITE = '#ffffff';
const EN_BANDS: Record<string, string> = { below: 'Below key', key: 'Key', critical: 'Critical dependency', mono: 'Mono-client' };
// What the legend promises (ColorBrewer YlOrRd), written out so a palette change is a visible decision.
const CELL: Record<string, string> = { below: WHITE, key: '#fed976', critical: '#fd8d3c', mono: '#bd0026' };

describe('shares, bands and colours on Accounts', () => {
  const SHARES = [0.05, 0.1, 0.15, 0.2, 0.25, 0.5, 0.6];
  const COMPANY = 1_000_000;

  function check(rt: Runtime, h: Harness, t: RiskThresholds): void {
    const sh = accountsSheet(rt);
    const share = letters(col(rt, 'revenue_share'));
    const band = letters(col(rt, 'risk_band'));
    const name = letters(col(rt, 'name'));
    SHARES.forEach((s, i) => {
      const r = 3 + i;
      const expected = bandOf(s, t);
      expect(read(rt, sh, `${share}${r}`)).toBeCloseTo(s, 12);
      expect(read(rt, sh, `${band}${r}`)).toBe(EN_BANDS[expected]);
      const legend = legendOf(rt, h, EN_BANDS[expected] as string);
      for (const a1 of [`${share}${r}`, `${band}${r}`]) {
        expect([a1, h.effectiveBackground(sh.getName(), a1)]).toEqual([a1, CELL[expected]]);
        if (expected !== 'below') {
          expect(h.effectiveBackground(sh.getName(), a1)).toBe(legend.background);
          expect(h.effectiveFontColor(sh.getName(), a1)).toBe(legend.font);
        }
      }
      // No row tint: the rest of the row keeps its own background, so marks there stay visible.
      expect([`${name}${r}`, h.effectiveBackground(sh.getName(), `${name}${r}`)]).toEqual([`${name}${r}`, WHITE]);
    });
  }

  test('5-60%: each cell shows the band and colour its legend row promises; exactly 10/20/50% stay below', () => {
    const { rt, h } = setup();
    setSetting(rt, 'KAD_COMPANY_REVENUE', COMPANY);
    writeAccounts(
      rt,
      SHARES.map((s, i) => row(i, s * COMPANY)),
    );
    check(rt, h, { key: 0.1, critical: 0.2, mono: 0.5 });
    expect(legendOf(rt, h, 'Key').rule).toBe('> 10%');
    expect(legendOf(rt, h, 'Mono-client').todo).toMatch(/start developing new clients now/);
    // A blank row keeps the sheet's look.
    expect(h.effectiveBackground('Accounts', `${letters(col(rt, 'revenue_share'))}20`)).toBe(WHITE);
  });

  test('changing thresholds in Settings and re-applying recolours', () => {
    const { rt, h } = setup();
    setSetting(rt, 'KAD_COMPANY_REVENUE', COMPANY);
    writeAccounts(
      rt,
      SHARES.map((s, i) => row(i, s * COMPANY)),
    );
    setSetting(rt, 'KAD_THRESHOLD_KEY', 0.15);
    setSetting(rt, 'KAD_THRESHOLD_CRITICAL', 0.3);
    rt.run('kadApplyRisk');
    check(rt, h, { key: 0.15, critical: 0.3, mono: 0.5 });
    expect(legendOf(rt, h, 'Key').rule).toBe('> 15%');
    expect(legendOf(rt, h, 'Below key').rule).toBe('≤ 15%');
    expect(legendOf(rt, h, 'Critical dependency').rule).toBe('> 30%');
  });

  test.each([
    ['blank', ''],
    ['zero', 0],
  ])('%s company revenue gives a clear message, never #DIV/0!', (_label, company) => {
    const { rt, h } = setup();
    if (company !== '') setSetting(rt, 'KAD_COMPANY_REVENUE', company);
    writeAccounts(rt, [row(1, 120_000), row(2, 40_000)]);
    const sh = accountsSheet(rt);
    const share = letters(col(rt, 'revenue_share'));
    expect(read(rt, sh, `${share}3`)).toBe('Set company revenue in Settings');
    expect(read(rt, sh, `${letters(col(rt, 'risk_band'))}3`)).toBe('');
    expect(h.effectiveBackground(sh.getName(), `${share}3`)).toBe(WHITE);
    const p = portfolioSheet(rt);
    expect(read(rt, p, 'B9')).toBe('Set company revenue in Settings');
    expect(read(rt, p, 'B11')).toBe('Set company revenue in Settings');
    const everything = [...sh.getDataRange().getDisplayValues(), ...p.getDataRange().getDisplayValues()].flat();
    expect(everything.filter((v) => /^#(DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|ERROR!|NULL!)/.test(String(v)))).toEqual([]);
    expect(everything.filter((v) => /#DIV\/0!/.test(String(v)))).toEqual([]);
  });

  test('Russian sheet: Russian bands, message and tab, same colours', () => {
    const { rt, h } = setup('ru_RU');
    writeAccounts(rt, [row(1, 600_000, 'a@x.ru', 'Выручка')]);
    const sh = accountsSheet(rt);
    const share = letters(col(rt, 'revenue_share'));
    expect(read(rt, sh, `${share}3`)).toBe('Укажите выручку компании в Настройках');
    setSetting(rt, 'KAD_COMPANY_REVENUE', COMPANY);
    expect(read(rt, sh, `${letters(col(rt, 'risk_band'))}3`)).toBe('Моноклиент');
    expect(h.effectiveBackground(sh.getName(), `${share}3`)).toBe(CELL.mono);
    expect(portfolioSheet(rt).getName()).toBe('Портфель');
    expect(read(rt, portfolioSheet(rt), 'A21')).toBe('Моноклиент');
  });
});

describe('colours from Settings', () => {
  /** Shares 15% (key), 25% (critical), 60% (mono) in rows 3-5. */
  function threeBands(): { rt: Runtime; h: Harness } {
    const { rt, h } = setup();
    setSetting(rt, 'KAD_COMPANY_REVENUE', 1_000_000);
    writeAccounts(rt, [row(1, 150_000), row(2, 250_000), row(3, 600_000)]);
    return { rt, h };
  }
  const cells = (rt: Runtime, r: number) => [`${letters(col(rt, 'revenue_share'))}${r}`, `${letters(col(rt, 'risk_band'))}${r}`];
  const settingCell = (rt: Runtime, name: string) => ss(rt).getRangeByName(name) as GoogleAppsScript.Spreadsheet.Range;

  test('an error mark typed on a mono-client row stays visible: the risk colour is only on share and band', () => {
    const { rt, h } = threeBands();
    const acc = accountsSheet(rt).getName();
    const email = `${letters(col(rt, 'manager_email'))}5`;
    rt.edit(acc, email, [['kam at ours']]);
    const mark = h.effectiveBackground(acc, email);
    expect(mark).toBe(MARK_COLORS.error);
    for (const a1 of cells(rt, 5)) expect(h.effectiveBackground(acc, a1)).toBe('#bd0026');
    expect(mark).not.toBe('#bd0026');
  });

  test('a new mono-client colour, once re-applied, recolours the cells, legend, chart line and its Settings cell', () => {
    const { rt, h } = threeBands();
    const acc = accountsSheet(rt).getName();
    const p = portfolioSheet(rt).getName();
    for (const a1 of cells(rt, 5)) expect(h.effectiveBackground(acc, a1)).toBe('#bd0026');
    expect(h.effectiveBackground('Settings', settingCell(rt, 'KAD_COLOUR_MONO').getA1Notation())).toBe('#bd0026');

    setSetting(rt, 'KAD_COLOUR_MONO', '762A83'); // no '#', upper case: read as #762a83
    setSetting(rt, 'KAD_COLOUR_KEY', '#2166ac'); // dark: the text turns white to stay readable
    // Rules are rewritten by the menu item, not by typing.
    expect(h.effectiveBackground(acc, cells(rt, 5)[0] as string)).toBe('#bd0026');
    rt.run('kadApplyRisk');

    const expected = [
      [3, '#2166ac', '#ffffff'],
      [4, '#fd8d3c', '#000000'],
      [5, '#762a83', '#ffffff'],
    ] as const;
    for (const [r, background, font] of expected) {
      for (const a1 of cells(rt, r))
        expect([a1, h.effectiveBackground(acc, a1), h.effectiveFontColor(acc, a1)]).toEqual([a1, background, font]);
      expect(h.effectiveBackground(acc, `${letters(col(rt, 'name'))}${r}`)).toBe('#ffffff');
    }
    expect(legendOf(rt, h, 'Mono-client')).toMatchObject({ background: '#762a83', font: '#ffffff' });
    expect(legendOf(rt, h, 'Key')).toMatchObject({ background: '#2166ac', font: '#ffffff' });
    expect(legendOf(rt, h, 'Critical dependency')).toMatchObject({ background: '#fd8d3c', font: '#000000' });
    expect(h.effectiveBackground(p, 'B9')).toBe('#762a83'); // top-1 share is mono-client
    const series = h.chartSpecs(p)[0]?.options.series as Record<string, { color: string }>;
    expect([series[1]?.color, series[2]?.color, series[3]?.color]).toEqual(['#2166ac', '#fd8d3c', '#762a83']);
    const mono = settingCell(rt, 'KAD_COLOUR_MONO').getA1Notation();
    expect([h.effectiveBackground('Settings', mono), h.effectiveFontColor('Settings', mono)]).toEqual(['#762a83', '#ffffff']);
    expect(String(read(rt, portfolioSheet(rt), 'A22'))).toMatch(
      /^Colours: from Settings \(default ColorBrewer YlOrRd, colour-blind safe\)/,
    );
  });

  test('a colour that is not #rrggbb falls back to the default, and Validate dossier names the Settings cell', () => {
    const { rt, h } = threeBands();
    setSetting(rt, 'KAD_COLOUR_CRITICAL', 'orange');
    rt.run('kadApplyRisk');
    for (const a1 of cells(rt, 4)) expect(h.effectiveBackground(accountsSheet(rt).getName(), a1)).toBe('#fd8d3c');
    const a1 = settingCell(rt, 'KAD_COLOUR_CRITICAL').getA1Notation();
    expect(h.effectiveBackground('Settings', a1)).toBe('#fd8d3c');
    expect(read(rt, settingCell(rt, 'KAD_COLOUR_CRITICAL').getSheet(), a1)).toBe('orange'); // the user's text stays

    rt.run('kadValidate');
    const problems = (rt.spreadsheet as unknown as { snapshot(s: string): { values: unknown[][] } }).snapshot('Problems').values;
    const hit = problems.find((r) => String(r[4]).startsWith(`'Settings'!${a1} `));
    expect(hit?.slice(3)).toEqual([
      'Value',
      `'Settings'!${a1} (Colour: critical band): "orange" is not a valid value.`,
      'Type a value from #000000 to #ffffff; until then the default #fd8d3c is used.',
    ]);
  });
});

/** Deterministic generator (mulberry32), so a failure can be replayed. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generatePortfolio(n: number, seed = 42): { rows: Row[]; company: number } {
  const rnd = prng(seed);
  const types = ['Revenue', 'Prospective', 'Image / reference', 'Expert / demanding'];
  const rows: Row[] = [];
  for (let i = 0; i < n; i++) {
    const u = rnd();
    // Heavy-tailed revenues, some exact ties, a few blanks and one text entry.
    let revenue: unknown = Math.round(1000 * Math.exp(6 * rnd()));
    if (u < 0.02) revenue = '';
    else if (u < 0.05) revenue = 25_000;
    if (i === 7) revenue = 'n/a';
    rows.push(row(i, revenue, `kam${Math.floor(rnd() * 300)}@example.com`, types[Math.floor(rnd() * types.length)] as string));
  }
  rows[3] = { ...(rows[3] as Row), revenue: 3_000_000 }; // one big client
  const sum = rows.reduce((s, r) => s + (typeof r.revenue === 'number' ? r.revenue : 0), 0);
  return { rows, company: Math.round(sum * 1.3) };
}

describe('Portfolio tab', () => {
  test('HHI, top-1, top-5, coverage, managers, type mix and chart data match an independent computation for 1,000 accounts', () => {
    const { rt, h } = setup();
    const { rows, company } = generatePortfolio(1000);
    writeAccounts(rt, rows);
    setSetting(rt, 'KAD_COMPANY_REVENUE', company);
    const p = portfolioSheet(rt);
    const shares = sharesOf(rows, company);
    expect(shares).toHaveLength(1000 - rows.filter((r) => typeof r.revenue !== 'number').length);
    expect(read(rt, p, 'B6')).toBe(1000);
    expect(read(rt, p, 'B8')).toBeCloseTo(
      shares.reduce((a, b) => a + b, 0),
      12,
    );
    expect(read(rt, p, 'B9')).toBeCloseTo(topShare(shares, 1), 12);
    expect(read(rt, p, 'B10')).toBeCloseTo(topShare(shares, 5), 12);
    const hh = hhi(shares);
    expect(read(rt, p, 'B11')).toBeCloseTo(hh, 12);
    expect(read(rt, p, 'B12')).toBe(Math.round(hh * 10000));
    expect(read(rt, p, 'C11')).toBe(hh > 0.25 ? 'Concentrated' : hh >= 0.1 ? 'Moderately concentrated' : 'Diversified');

    // Accounts per manager, in first-appearance order, coloured when over the guideline of 3.
    const per = accountsPerManager(rows.map((r) => ({ revenue: r.revenue, manager: r.manager, keyType: r.type })));
    const listed = p.getRange(5, 6, per.size + 1, 2).getValues();
    expect(listed.slice(0, per.size)).toEqual([...per].map(([m, k]) => [m, k]));
    expect(listed[per.size]).toEqual(['', '']);
    const overIndex = [...per.values()].findIndex((k) => k > 3);
    const okIndex = [...per.values()].findIndex((k) => k <= 3);
    expect(h.effectiveBackground(p.getName(), `G${5 + overIndex}`)).toBe('#fd8d3c');
    expect(h.effectiveBackground(p.getName(), `G${5 + okIndex}`)).toBe(WHITE);

    // Type mix.
    const mix = typeMix(rows.map((r) => ({ revenue: r.revenue, keyType: r.type })));
    expect(mix.size).toBe(4);
    const mixRows = p.getRange('A27:B30').getValues();
    for (const [label, count] of mixRows) expect(count).toBe(mix.get(label as string) ?? 0);

    // Chart data: the 20 largest accounts, ties resolved to distinct clients.
    const top = p.getRange('L5:M24').getValues();
    const expected = rows
      .filter((r) => typeof r.revenue === 'number')
      .sort((a, b) => (b.revenue as number) - (a.revenue as number))
      .slice(0, 20);
    expect(top.map((r) => r[1] as number).map((x) => Math.round(x * 1e9))).toEqual(
      expected.map((r) => Math.round(((r.revenue as number) / company) * 1e9)),
    );
    expect(new Set(top.map((r) => r[0])).size).toBe(20);
    for (const [name, share] of top) {
      const r = rows.find((x) => x.name === name);
      expect((r?.revenue as number) / company).toBeCloseTo(share as number, 12);
    }
  });

  test('the chart spec has the share bars and the three threshold lines in the legend colours', () => {
    const { rt, h } = setup();
    setSetting(rt, 'KAD_COMPANY_REVENUE', 1_000_000);
    writeAccounts(rt, [row(1, 300_000), row(2, 120_000), row(3, 50_000)]);
    const p = portfolioSheet(rt);
    const specs = h.chartSpecs(p.getName());
    expect(specs).toHaveLength(1);
    const spec = specs[0] as (typeof specs)[number];
    expect(spec.type).toBe('COMBO');
    expect(spec.ranges).toEqual(['Portfolio!L4:P24']);
    expect(p.getRange('L4:P4').getValues()[0]).toEqual(['Account', 'Revenue share', 'Key >', 'Critical dependency >', 'Mono-client >']);
    const series = spec.options.series as Record<string, { type: string; color: string }>;
    expect(Object.values(series).map((s) => s.type)).toEqual(['bars', 'line', 'line', 'line']);
    expect([series[1]?.color, series[2]?.color, series[3]?.color]).toEqual([
      legendOf(rt, h, 'Key').background,
      legendOf(rt, h, 'Critical dependency').background,
      legendOf(rt, h, 'Mono-client').background,
    ]);
    expect(p.getRange('L5:P6').getValues()).toEqual([
      ['Client 1', 0.3, 0.1, 0.2, 0.5],
      ['Client 2', 0.12, 0.1, 0.2, 0.5],
    ]);
    expect(p.getRange('L8:P8').getValues()[0]).toEqual(['', '', '', '', '']);
  });
});

describe('re-applying', () => {
  test("is idempotent and keeps the user's own rules and charts", () => {
    const { rt, h } = setup();
    setSetting(rt, 'KAD_COMPANY_REVENUE', 1_000_000);
    writeAccounts(rt, [row(1, 600_000), row(2, 50_000)]);
    const acc = accountsSheet(rt);
    const p = portfolioSheet(rt);
    const ownCount = acc.getConditionalFormatRules().length;
    const ownPortfolio = p.getConditionalFormatRules().length;
    // The user's rules: on the account id column, on a Settings cell, on a free Portfolio range.
    const userRule = (sheet: Sheet, a1: string, colour: string) =>
      SpreadsheetApp_(rt)
        .newConditionalFormatRule()
        .whenTextEqualTo('A2')
        .setBackground(colour)
        .setRanges([sheet.getRange(a1)])
        .build();
    acc.setConditionalFormatRules([...acc.getConditionalFormatRules(), userRule(acc, 'A3:A50', '#00ff00')]);
    p.setConditionalFormatRules([userRule(p, 'Z1:Z9', '#123456'), ...p.getConditionalFormatRules()]);
    const userChart = p.newChart().setChartType(Charts_(rt).ChartType.PIE).addRange(p.getRange('A27:B30')).setPosition(40, 1, 0, 0).build();
    p.insertChart(userChart);
    const before = acc.getRange('A1:Z10').getValues();
    const order = acc.getConditionalFormatRules().map((r) => r.getBooleanCondition()?.getCriteriaValues()[0] === 'A2');

    rt.run('kadApplyRisk');
    rt.run('kadApplyRisk');
    repair(rt);

    const rules = acc.getConditionalFormatRules();
    expect(rules).toHaveLength(ownCount + 1);
    const mine = rules.filter((r) => r.getBooleanCondition()?.getCriteriaValues()[0] === 'A2');
    expect(mine.map((r) => [r.getRanges()[0]?.getA1Notation(), r.getBooleanCondition()?.getBackground()])).toEqual([['A3:A50', '#00ff00']]);
    // Order is kept: the user's rule still comes after ours, and still applies where ours do not.
    expect(rules.map((r) => r.getBooleanCondition()?.getCriteriaValues()[0] === 'A2')).toEqual(order);
    expect(h.effectiveBackground(acc.getName(), 'A4')).toBe('#00ff00');
    expect(h.effectiveBackground(acc.getName(), `${letters(col(rt, 'risk_band'))}3`)).toBe('#bd0026');
    expect(p.getConditionalFormatRules()).toHaveLength(ownPortfolio + 1);
    expect(p.getConditionalFormatRules()[0]?.getRanges()[0]?.getA1Notation()).toBe('Z1:Z9');
    const charts = h.chartSpecs(p.getName());
    expect(charts.map((c) => c.type).sort()).toEqual(['COMBO', 'PIE']);
    expect(acc.getRange('A1:Z10').getValues()).toEqual(before);
  });

  test('applying the rules costs the same service calls for 10 and 1,000 accounts', () => {
    const measure = (n: number) => {
      const { rt } = setup();
      setSetting(rt, 'KAD_COMPANY_REVENUE', 10_000_000);
      // Same sheet size in both: only the number of filled rows differs.
      const sh = accountsSheet(rt);
      sh.insertRowsAfter(sh.getMaxRows(), 1100 - sh.getMaxRows());
      writeAccounts(
        rt,
        Array.from({ length: n }, (_, i) => row(i, 1000 + i)),
      );
      return rt.counter.measure(() => rt.run('kadApplyRisk'));
    };
    const small = measure(10);
    const large = measure(1000);
    expect(large.calls).toEqual(small.calls);
    expect(large.total).toBe(small.total);
    expect(small.total).toBeLessThan(250); // 236 measured: per rule and per block, none per row
  });
});

// Builders from the runtime's globals, as a user's own script would use them.
function SpreadsheetApp_(rt: Runtime): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
  return rt.app;
}
function Charts_(rt: Runtime): GoogleAppsScript.Charts.Charts {
  return rt.global('Charts') as GoogleAppsScript.Charts.Charts;
}
