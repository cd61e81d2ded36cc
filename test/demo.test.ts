/**
 * `npm run demo` end to end (minus the build): the sample portfolio goes
 * through the built bundle in the local runtime and comes out as an .xlsx
 * that ExcelJS reads back, with every account, and one outbox file pair per
 * mail sent.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { DMU_ROLES, APPROACHES, COMPETITOR_KINDS, CONTACT_OUTCOMES, RISK_BANDS } from '../src/core/domain';
import { INPUT_TABS, tabSpec } from '../src/core/schema/tabs';
import { FIRST_DATA_ROW } from '../src/core/schema/types';
import type { DemoResult } from '../scripts/demo';
import { runDemo } from '../scripts/demo';
import { ACCOUNTS, COMPANY_REVENUE } from '../scripts/sample/accounts';
import { MANAGERS, SUPERVISORS } from '../scripts/sample/people';
import { buildSample } from '../scripts/sample/portfolio';
import { ensureBundle } from './bundle';

describe('the sample portfolio', () => {
  const sample = buildSample('2025-06-02');
  const keysOf = (tab: keyof typeof sample.tabs, col: string) => new Set(sample.tabs[tab].map((r) => r[col]));

  test('is deterministic', () => {
    expect(buildSample('2025-06-02')).toEqual(sample);
  });

  test('a dozen accounts over 4 managers and 2 supervisors; every role, kind, outcome and approach appears', () => {
    expect(sample.tabs.accounts).toHaveLength(12);
    expect(keysOf('accounts', 'manager_email')).toEqual(new Set(MANAGERS.map((m) => m.email)));
    const supervisors = new Set(MANAGERS.map((m) => m.supervisor.email));
    expect(supervisors).toEqual(new Set(SUPERVISORS.map((s) => s.email)));
    for (const o of DMU_ROLES) expect(keysOf('decisionGroup', 'role')).toContain(o.key);
    for (const o of COMPETITOR_KINDS) expect(keysOf('competitors', 'kind')).toContain(o.key);
    for (const o of CONTACT_OUTCOMES) expect(keysOf('contacts', 'outcome')).toContain(o.key);
    for (const o of APPROACHES) expect(keysOf('plan', 'approach')).toContain(o.key);
  });

  test('revenue shares fall in every band and add up to no more than the company revenue', () => {
    const shares = ACCOUNTS.map((a) => (a.revenue ?? 0) / COMPANY_REVENUE);
    const band = (s: number) => (s > 0.5 ? 'mono' : s > 0.2 ? 'critical' : s > 0.1 ? 'key' : 'below');
    expect(new Set(shares.map(band))).toEqual(new Set(RISK_BANDS.map((b) => b.key)));
    expect(shares.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1);
  });

  test('plants the four deliberate mistakes', () => {
    expect(sample.mistakes.map((m) => `${m.tab}.${m.column}`).sort()).toEqual([
      'accounts.supervisor_email',
      'contacts.account',
      'contacts.date',
      'decisionGroup.role',
    ]);
    for (const m of sample.mistakes) expect(sample.tabs[m.tab][m.row]?.[m.column]).toBe(m.value);
  });
});

/** One demo run serves both describes below. */
let run: Promise<DemoResult> | null = null;
const demo = (): Promise<DemoResult> => {
  ensureBundle();
  return (run ??= runDemo({ outDir: mkdtempSync(path.join(tmpdir(), 'kad-demo-')), quiet: true }));
};

describe('npm run demo', () => {
  let result: DemoResult;
  let book: ExcelJS.Workbook;

  beforeAll(async () => {
    result = await demo();
    book = new ExcelJS.Workbook();
    await book.xlsx.readFile(result.xlsx);
  });

  test('every step runs without error', () => {
    expect(result.steps.filter((s) => s.error)).toEqual([]);
    expect(result.failed).toBe(false);
  });

  test('the workbook holds every input tab with the sample rows', () => {
    const sample = buildSample('2025-06-02');
    for (const spec of INPUT_TABS) {
      if (spec.key === 'settings') continue;
      const ws = book.getWorksheet(spec.name.en);
      expect(ws).toBeDefined();
      const rows = sample.tabs[spec.key as keyof typeof sample.tabs].length;
      expect({
        tab: spec.key,
        first: ws?.getCell(FIRST_DATA_ROW, 1).value !== null,
        after: ws?.getCell(FIRST_DATA_ROW + rows, 1).value ?? null,
      }).toEqual({
        tab: spec.key,
        first: true,
        after: null,
      });
    }
    const names = Array.from(
      { length: 12 },
      (_, i) => book.getWorksheet(tabSpec('accounts').name.en)?.getCell(FIRST_DATA_ROW + i, 2).value,
    );
    expect(names).toEqual(ACCOUNTS.map((a) => a.name));
  });

  test('the Problems tab names each deliberate mistake by tab, cell and field', () => {
    const sample = buildSample('2025-06-02');
    const problems = book.getWorksheet(tabSpec('problems').name.en);
    const lines: string[] = [];
    problems?.eachRow((row, n) => {
      if (n >= FIRST_DATA_ROW)
        lines.push(
          (row.values as unknown[])
            .map((v) => (typeof v === 'object' && v && 'result' in v ? String((v as { result: unknown }).result) : String(v ?? '')))
            .join(' | '),
        );
    });
    for (const m of sample.mistakes) {
      const spec = tabSpec(m.tab);
      const col = spec.columns.findIndex((c) => c.key === m.column) + 1;
      const a1 = `${String.fromCharCode(64 + col)}${FIRST_DATA_ROW + m.row}`;
      const label = spec.columns[col - 1]?.label.en ?? '';
      expect({ mistake: m.what, found: lines.some((l) => l.includes(spec.name.en) && l.includes(a1) && l.includes(label)) }).toEqual({
        mistake: m.what,
        found: true,
      });
    }
  });

  test('writes one .eml and one .html per mail sent', () => {
    const files = readdirSync(result.outbox);
    expect(files.filter((f) => f.endsWith('.eml'))).toHaveLength(result.mails);
    expect(files.filter((f) => f.endsWith('.html'))).toHaveLength(result.mails);
  });
});

describe('npm run demo: the team setup', () => {
  let result: DemoResult;

  beforeAll(async () => {
    result = await demo();
  });

  test("writes one dossier per KAM, each holding only that KAM's accounts", async () => {
    expect(result.team.dossiers.map((f) => path.basename(f)).sort()).toEqual(MANAGERS.map((m) => `${m.email.split('@')[0]}.xlsx`).sort());
    for (const m of MANAGERS) {
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(result.team.dossiers.find((f) => f.endsWith(`${m.email.split('@')[0]}.xlsx`))!);
      const ws = book.getWorksheet(tabSpec('accounts').name.en);
      const managers = new Set<string>();
      ws?.eachRow((row, n) => {
        if (n >= FIRST_DATA_ROW && row.getCell(4).value) managers.add(String(row.getCell(4).value));
      });
      expect([...managers]).toEqual([m.email]);
    }
  });

  test("the rollup's HHI, top-1 and top-5 equal the single file's", async () => {
    expect(result.team.hhi).toBeCloseTo(result.single.hhi, 10);
    expect(result.team.top1).toBeCloseTo(result.single.top1, 10);
    expect(result.team.top5).toBeCloseTo(result.single.top5, 10);
    expect(result.single.hhi).toBeGreaterThan(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(result.team.portfolio);
    expect(book.getWorksheet('Rollup')).toBeDefined();
    expect(book.getWorksheet('Sources')).toBeDefined();
  });

  test('KAMs get their digests from their files, each supervisor exactly one from the rollup', () => {
    const bySupervisor = SUPERVISORS.map((s) => result.team.digests.filter((d) => d.to === s.email));
    for (const list of bySupervisor) expect(list.map((d) => d.from)).toEqual(['rollup']);
    for (const m of MANAGERS) expect(result.team.digests.filter((d) => d.to === m.email).every((d) => d.from === 'kam file')).toBe(true);
    expect(readdirSync(result.team.outbox).filter((f) => f.endsWith('.eml'))).toHaveLength(result.team.digests.length);
  });
});
