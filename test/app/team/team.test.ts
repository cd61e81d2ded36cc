/**
 * The team setup through the built bundle: one dossier file per KAM, the
 * access check, the export block and the head of sales' rollup over
 * several files with IMPORTRANGE ("Allow access" once per source).
 */
import { fillRows, fillSettings } from '../../../scripts/sample/fill';
import type { SampleRow } from '../../../scripts/sample/portfolio';
import { hhi, topShare } from '../../../src/core/risk';
import { tabSpec } from '../../../src/core/schema/tabs';
import { ROLLUP_DUP_COL } from '../../../src/core/team/rollup';
import { createProductRuntime } from '../../productRuntime';
import type { Runtime } from '../../runtime';
import { ensureBundle } from '../../bundle';
import { builtOnce } from '../../builtOnce';

beforeAll(ensureBundle);

const ZONE = 'Europe/Vilnius';
const OPTS = { lang: 'en' as const, timeZone: ZONE, asUser: false };
const COMPANY = 1_000_000;

const account = (id: string, name: string, manager: string, supervisor: string, revenue: number, lastReview = '2025-01-10'): SampleRow => ({
  account_id: id,
  name,
  key_type: 'revenue',
  manager_email: manager,
  supervisor_email: supervisor,
  annual_revenue: revenue,
  last_review: lastReview,
  status: 'active',
});

/** Create/repair in the active file, company revenue and the accounts typed in. */
function fillDossier(rt: Runtime, rows: readonly SampleRow[], escalationsFrom = 'This file'): void {
  rt.run('kadCreateOrRepair');
  fillSettings(rt, tabSpec('settings'), { company_revenue: COMPANY, escalations_from: escalationsFrom }, OPTS);
  fillRows(rt, tabSpec('accounts'), rows, OPTS);
}

function values(rt: Runtime, sheet: string): unknown[][] {
  return rt.counter.uncounted(() => {
    const sh = rt.app.getActiveSpreadsheet().getSheetByName(sheet);
    if (!sh) throw new Error(`no sheet ${sheet}`);
    return sh.getRange(1, 1, Math.max(sh.getLastRow(), 1), Math.max(sh.getLastColumn(), 1)).getValues();
  });
}

describe('Check access', () => {
  const ANNA = 'anna@example.com';
  const BORIS = 'boris@example.com';
  const OLGA = 'olga@example.com';
  const EVE = 'eve@example.com';
  let rt: Runtime;

  beforeEach(() => {
    // Built once, restored for each test (builtOnce).
    rt = builtOnce('check access', () => {
      const built = createProductRuntime({ now: '2025-03-10T08:00:00Z', user: ANNA }).load();
      fillDossier(built, [account('A1', 'Alpha', ANNA, OLGA, 100_000), account('B1', 'Beta', BORIS, OLGA, 50_000)]);
      const id = built.spreadsheet.getId();
      built.share(id, BORIS, 'editor'); // another KAM
      built.share(id, EVE, 'viewer'); // an outsider
      return built;
    });
  });

  const findings = (): { account: string; person: string; finding: string; action: string }[] =>
    values(rt, 'Access')
      .slice(3)
      .filter((r) => r[1] !== '')
      .map((r) => ({ account: String(r[0]), person: String(r[1]), finding: String(r[3]), action: String(r[4]) }));

  test("flags the outsider, the KAM who sees another KAM's account and the supervisor who cannot open the file, each at its account", () => {
    rt.ui.alertAnswers.push('NO');
    rt.run('kadCheckAccess');
    const f = findings();
    expect(f.find((x) => x.person === EVE)).toMatchObject({ account: '', finding: expect.stringContaining('neither') });
    expect(f.find((x) => x.person === EVE)?.action).toContain('remove');
    // Boris works Beta (row 4) and sees Alpha (row 3); Anna, the owner, sees Beta.
    expect(f.filter((x) => x.person === BORIS).map((x) => x.account)).toEqual([expect.stringContaining('Alpha (A1)')]);
    expect(f.filter((x) => x.person === ANNA).map((x) => x.account)).toEqual([expect.stringContaining('Beta (B1)')]);
    const olga = f.filter((x) => x.person === OLGA);
    expect(olga.map((x) => x.account)).toEqual([expect.stringContaining('Alpha'), expect.stringContaining('Beta')]);
    expect(olga[0]?.finding).toContain('supervisor');
    // The link jumps to the account's row on Accounts.
    const formulas = rt.counter.uncounted(() => rt.app.getActiveSpreadsheet().getSheetByName('Access')!.getRange('A4:A20').getFormulas());
    expect(formulas.flat().filter((x) => x.includes('range=A3')).length).toBeGreaterThan(0);
    // Who sees what, said plainly.
    expect(String(values(rt, 'Access')[0]?.[0])).toContain('3 people can open this file');
    // Declined: nothing changed.
    expect(rt.roleOf(rt.spreadsheet.getId(), OLGA)).toBeNull();
  });

  test('adds the missing supervisor as an editor after YES, in one call, and removes nobody', () => {
    rt.ui.alertAnswers.push('YES');
    const before = rt.counter.snapshot();
    rt.run('kadCheckAccess');
    const calls = rt.counter.snapshot();
    const id = rt.spreadsheet.getId();
    expect(rt.roleOf(id, OLGA)).toBe('editor');
    expect(rt.roleOf(id, EVE)).toBe('viewer');
    expect(rt.roleOf(id, BORIS)).toBe('editor');
    expect((calls['Spreadsheet.addEditors'] ?? 0) - (before['Spreadsheet.addEditors'] ?? 0)).toBe(1);
    expect(Object.keys(calls).filter((k) => /remove(Editor|Viewer)/.test(k))).toEqual([]);
    expect(findings().filter((x) => x.person === OLGA)).toEqual([]);
    expect(rt.ui.alerts.at(-1)?.prompt ?? '').toContain(OLGA);
  });
});

describe('Export block', () => {
  test('KAD_EXPORT keeps its column order by key after the user inserts a column on Accounts', () => {
    const rt = createProductRuntime({ now: '2025-03-10T08:00:00Z', user: 'anna@example.com' }).load();
    fillDossier(rt, [account('A1', 'Alpha', 'anna@example.com', 'olga@example.com', 100_000, '2024-09-01')]);
    fillRows(
      rt,
      tabSpec('contacts'),
      [
        { account: 'A1', date: '2025-02-20', channel: 'call', outcome: 'positive', summary: 'ok' },
        { account: 'A1', date: '2025-03-01', channel: 'call', outcome: 'positive', summary: 'ok' },
        { account: 'A1', date: '2025-03-05', channel: 'call', outcome: 'negative', summary: 'no' },
      ],
      OPTS,
    );
    rt.counter.uncounted(() => rt.app.getActiveSpreadsheet().getSheetByName('Accounts')!.insertColumnsBefore(1, 1));
    rt.edit('Accounts', 'A3', [['my own note']]);
    rt.run('kadCreateOrRepair');
    const block = rt.counter.uncounted(() => rt.app.getActiveSpreadsheet().getRangeByName('KAD_EXPORT')!.getValues());
    expect(block).toHaveLength(20);
    const [id, name, manager, supervisor, keyType, revenue, share, band, , , lastPositive, escalations] = block[0]!;
    const civil = (d: unknown) => (d instanceof Date ? d.toLocaleDateString('sv-SE', { timeZone: ZONE }) : d);
    expect([id, name, manager, supervisor, keyType, revenue, share, band, civil(lastPositive), escalations]).toEqual([
      'A1',
      'Alpha',
      'anna@example.com',
      'olga@example.com',
      'Revenue',
      100_000,
      0.1,
      'Below key',
      '2025-03-01',
      1,
    ]);
    expect(block[1]?.every((v) => v === '')).toBe(true);
  });
});

describe('Portfolio rollup over three KAM files', () => {
  const HEAD = 'head@example.com';
  const KAMS = ['anna@example.com', 'boris@example.com', 'carl@example.com'];
  const SUP = 'olga@example.com';
  const ROWS: Record<string, SampleRow[]> = {
    'anna@example.com': [account('A1', 'Alpha', KAMS[0]!, SUP, 300_000), account('A2', 'Atlas', KAMS[0]!, SUP, 90_000, '2024-09-01')],
    'boris@example.com': [account('B1', 'Beta', KAMS[1]!, SUP, 150_000), account('B2', 'Shared Client', KAMS[1]!, SUP, 40_000)],
    'carl@example.com': [
      account('C1', 'Gamma', KAMS[2]!, SUP, 210_000),
      account('C2', 'Shared Client', KAMS[2]!, SUP, 25_000),
      account('C3', 'Delta', KAMS[2]!, SUP, 60_000, '2024-11-20'),
      account('C4', 'Epsilon', KAMS[2]!, SUP, 5_000),
    ],
  };
  let rt: Runtime;
  let rollup: string;
  const sources: string[] = [];
  const files: string[] = [];

  beforeAll(() => {
    rt = createProductRuntime({ now: '2025-03-10T08:00:00Z', user: HEAD }).load();
    for (const kam of KAMS) {
      const file = rt.createSpreadsheet({ name: `Dossier ${kam}`, owner: kam, editors: [SUP], viewers: [HEAD] });
      rt.setUser(kam);
      rt.withActive(file.getId(), () => fillDossier(rt, ROWS[kam]!, 'Rollup'));
      sources.push(file.getUrl());
      files.push(file.getId());
    }
    rt.setUser(HEAD);
    rollup = rt.createSpreadsheet({ name: 'Portfolio', owner: HEAD }).getId();
    rt.activate(rollup);
    rt.run('kadSetUpRollup'); // creates Sources, asks for the URLs
    rt.edit(
      'Sources',
      'A3:A5',
      sources.map((u) => [u]),
    );
    rt.run('kadSetUpRollup');
  });

  const measure = (name: string): unknown => {
    const v = values(rt, 'Sources');
    const row = v.find((r) => r[8] === name);
    return row?.[9];
  };

  test('a source not yet allowed is reported, and the measures wait instead of counting it as zero', () => {
    rt.allowImportAccess(rollup, sources[0]!);
    rt.allowImportAccess(rollup, sources[1]!);
    const v = values(rt, 'Sources');
    expect(v[2]?.[1]).toBe('Pulled');
    expect(v[3]?.[1]).toBe('Pulled');
    expect(String(v[4]?.[1])).toContain('Allow access');
    expect(measure('Sources not pulled')).toBe(1);
    expect(measure('HHI')).toBe('Waiting for sources: see Status');
    expect(measure('Top-1 share')).toBe('Waiting for sources: see Status');
  });

  test('once every source is allowed, the measures equal an independent computation over the union', () => {
    rt.allowImportAccess(rollup, sources[2]!);
    const union = Object.values(ROWS).flat();
    const shares = union.map((r) => Number(r['annual_revenue']) / COMPANY);
    expect(measure('Sources not pulled')).toBe(0);
    expect(measure('Key accounts')).toBe(union.length);
    expect(measure('HHI')).toBeCloseTo(hhi(shares), 10);
    expect(measure('Top-1 share')).toBeCloseTo(topShare(shares, 1), 10);
    expect(measure('Top-5 share')).toBeCloseTo(topShare(shares, 5), 10);
    const v = values(rt, 'Sources');
    // Per KAM: accounts and revenue, against the 1-3 guideline.
    expect(v.slice(2, 5).map((r) => [r[2], r[3], r[4], r[6]])).toEqual([
      [KAMS[0], 2, 390_000, 'Within 1-3'],
      [KAMS[1], 2, 190_000, 'Within 1-3'],
      [KAMS[2], 4, 300_000, 'Over the guideline'],
    ]);
  });

  test('a dossier without company revenue is reported and the measures wait for it, instead of leaving it out', () => {
    const companyRow = (): number => values(rt, 'Settings').findIndex((r) => String(r[0]).includes('company_revenue')) + 1;
    const setCompany = (value: unknown): void => {
      rt.setUser(KAMS[1]!);
      rt.withActive(files[1]!, () => rt.edit('Settings', `C${companyRow()}`, [[value]]));
      rt.setUser(HEAD);
    };
    const company = rt.withActive(files[1]!, () => values(rt, 'Settings')[companyRow() - 1]?.[2]);
    expect(typeof company).toBe('number');
    setCompany('');
    const v = values(rt, 'Sources');
    expect(String(v[3]?.[1])).toContain("set the company's annual revenue");
    expect(measure('Sources not pulled')).toBe(1);
    expect(measure('HHI')).toBe('Waiting for sources: see Status');
    setCompany(company);
    expect(values(rt, 'Sources')[3]?.[1]).toBe('Pulled');
    expect(measure('Sources not pulled')).toBe(0);
  });

  test('a client present in two files is flagged on both rows', () => {
    const v = values(rt, 'Rollup');
    const flagged = v
      .slice(2)
      .filter((r) => r[ROLLUP_DUP_COL - 1] === 'In two files')
      .map((r) => [r[0], r[2]]);
    expect(flagged).toEqual([
      [2, 'Shared Client'],
      [3, 'Shared Client'],
    ]);
    expect(measure('Clients in two files')).toBe(2);
  });

  test("the rollup rows carry the dossiers' risk colours", () => {
    const v = values(rt, 'Rollup');
    const r = v.findIndex((row) => row[2] === 'Alpha') + 1;
    expect(v[r - 1]?.[8]).toBe('Critical dependency');
    expect(rt.spreadsheet.effectiveBackground('Rollup', `H${r}`)).toBe('#fd8d3c');
  });

  test('a supervisor of three KAMs gets exactly one digest a day, from the rollup, and none from the KAM files', () => {
    const to = (addr: string) => rt.mail.outbox.filter((m) => m.to.includes(addr));
    for (const [i, kam] of KAMS.entries()) {
      rt.setUser(kam);
      rt.ui.alertAnswers.push('YES');
      rt.run('kadSendReminders', [], { spreadsheet: files[i]! });
    }
    // The KAMs hear of their own overdue reviews; their files send Olga nothing ("Escalations sent from: Rollup").
    expect(to(KAMS[0]!).length).toBe(1);
    expect(to(SUP)).toEqual([]);
    rt.setUser(HEAD);
    rt.activate(rollup);
    for (let run = 0; run < 2; run++) {
      rt.ui.alertAnswers.push('YES');
      rt.run('kadSendReminders');
    }
    const digests = to(SUP);
    expect(digests).toHaveLength(1);
    const body = digests[0]!.body;
    // Escalations across her KAMs, and the clients over 20 %.
    for (const name of ['Atlas', 'Delta', 'Alpha', 'Gamma']) expect(body).toContain(name);
    expect(body).not.toContain('Epsilon');
    expect(body).toContain('Critical dependency: 30.0 %');
    // The next day: the same items are not repeated, so nothing goes.
    rt.clock.advance(24 * 3600 * 1000);
    rt.ui.alertAnswers.push('YES');
    rt.run('kadSendReminders');
    expect(to(SUP)).toHaveLength(1);
  });
});
