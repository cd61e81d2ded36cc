/**
 * A one-account dossier on the built bundle for the review tests, cell edits
 * as a user makes them, and a sidebar page in headless Chromium with a
 * google.script.run shim that calls the bundle back (JSON only, as the real
 * transport).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { columnsOf, fillRows, fillSettings, tabSheet } from '../../../scripts/sample/fill';
import type { SampleRow } from '../../../scripts/sample/portfolio';
import { tabSpec } from '../../../src/core/schema/tabs';
import type { TabKey } from '../../../src/core/schema/types';
import { FIRST_DATA_ROW } from '../../../src/core/schema/types';
import type { Runtime } from '../../runtime';
import { createProductRuntime } from '../../productRuntime';
import { openPage as openRecorded } from '../../browser';
import { builtOnce } from '../../builtOnce';

export const at9 = (day: string): string => `${day}T06:00:00Z`;
const TZ = 'Europe/Vilnius';

/** Acme's dossier on `day`: built once per test file, day and locale, restored for each test (builtOnce). */
export function dossier(day: string, locale = 'en_GB'): Runtime {
  return builtOnce(`dossier ${day} ${locale}`, () => buildDossier(day, locale));
}

function buildDossier(day: string, locale: string): Runtime {
  const rt = createProductRuntime({ now: at9(day), timeZone: TZ, locale, user: 'kam@example.com' }).load();
  rt.run('kadCreateOrRepair');
  const fill = { lang: 'en' as const, timeZone: TZ, asUser: false };
  fillSettings(rt, tabSpec('settings'), { company_revenue: 1000000 }, fill);
  fillRows(
    rt,
    tabSpec('accounts'),
    [
      {
        account_id: 'ACME',
        name: 'Acme Steel',
        key_type: 'revenue',
        manager_email: 'kam@example.com',
        supervisor_email: 'boss@example.com',
        annual_revenue: 150000,
        status: 'active',
      },
    ],
    fill,
  );
  add(rt, 'decisionGroup', [
    { account: 'ACME', person: 'Olga Petrova', role: 'decision_maker', attitude: 'positive', influence: 'high' },
    { account: 'ACME', person: 'Ivan Sidorov', role: 'user', attitude: 'negative', influence: 'medium' },
  ]);
  add(rt, 'competitors', [{ account: 'ACME', competitor: 'Rival Steel', kind: 'direct', threat: 'high' }]);
  return rt;
}

export function add(rt: Runtime, tab: TabKey, rows: readonly SampleRow[]): void {
  fillRows(rt, tabSpec(tab), rows, { lang: 'en', timeZone: TZ, asUser: false });
}

/** Types one value into the first row of `tab` whose `match` column holds `value` (uncounted, as a user would). */
export function setCell(rt: Runtime, tab: TabKey, match: string, value: string, key: string, next: unknown): void {
  const spec = tabSpec(tab);
  const sheet = tabSheet(rt, spec);
  const col = columnsOf(rt, spec);
  rt.counter.uncounted(() => {
    const values = sheet.getRange(FIRST_DATA_ROW, col[match]!, sheet.getLastRow() - FIRST_DATA_ROW + 1, 1).getValues();
    const i = values.findIndex((r) => r[0] === value);
    if (i < 0) throw new Error(`${value} not on ${tab}`);
    sheet.getRange(FIRST_DATA_ROW + i, col[key]!).setValue(next);
  });
}

/** A tab's data rows as the user sees them (uncounted). */
export function rowsOf(rt: Runtime, tab: TabKey): Record<string, unknown>[] {
  const spec = tabSpec(tab);
  const sheet = tabSheet(rt, spec);
  const col = columnsOf(rt, spec);
  return rt.counter.uncounted(() => {
    const last = sheet.getLastRow();
    if (last < FIRST_DATA_ROW) return [];
    const values = sheet.getRange(FIRST_DATA_ROW, 1, last - FIRST_DATA_ROW + 1, sheet.getLastColumn()).getValues();
    // Rows the user filled (the Reviews helper columns are a formula over every row).
    return values
      .map((r) => Object.fromEntries(Object.entries(col).map(([k, c]) => [k, r[c - 1]])))
      .filter((r) => r['account'] !== '' && r['account'] !== undefined);
  });
}

// ------------------------------------------------------------------ Chromium

/** Opens a sidebar's HTML as recorded by the runtime; calls from the page run the bundle's functions. */
export async function openPage(page: Page, rt: Runtime, html: string, calls: string[] = []): Promise<void> {
  const names = JSON.parse(readFileSync(join(rt.distDir, 'exports.json'), 'utf8')) as string[];
  await openRecorded(page, html, names, (name, argsJson) => {
    calls.push(name);
    try {
      return { ok: true, json: JSON.stringify(rt.run(name, JSON.parse(argsJson) as unknown[])) };
    } catch (e) {
      return { ok: false, message: String((e as { message?: unknown }).message ?? e) };
    }
  });
}
