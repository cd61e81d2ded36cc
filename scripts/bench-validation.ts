/**
 * Service calls and Node time of validation at 10 and 10,000 rows per input
 * tab, through the built bundle in the local runtime (scripts/bench.ts builds
 * first): "Validate dossier" over the whole workbook, and the onEdit trigger
 * on a pasted block of that many Contacts rows, and on one cell typed in each
 * tab with cross-row rules (and in a tab without). Calls must not grow with rows.
 * `tsx scripts/bench-validation.ts 10 1000` runs other sizes than 10 and 10,000.
 */
import { performance } from 'node:perf_hooks';
import type { ParsedTab } from '../src/core/parse/parseTab';
import { parseTab } from '../src/core/parse/parseTab';
import { dossierRules } from '../src/core/validation';
import { INPUT_TABS, tabSpec } from '../src/core/schema/tabs';
import type { TabKey } from '../src/core/schema/types';
import { DEFAULT_SETTINGS } from '../src/core/settingsValues';
import { civilOf } from '../src/sheets/dates';
import { FIRST_DATA_ROW } from '../src/core/schema/types';
import { cellA1 } from '../src/core/a1';
import { createProductRuntime } from '../test/productRuntime';
import type { Runtime } from '../test/runtime';
import { bulkRows } from './sample/bulk';
import { fillRows } from './sample/fill';
import { sheetBlocks, zonedDate } from './sample/sheetValues';

const TZ = 'Europe/Vilnius';
const TODAY = '2026-03-10';

interface Measured {
  readonly total: number;
  readonly ms: number;
  readonly calls: Record<string, number>;
}

function measure(rt: Runtime, fn: () => unknown): Measured {
  const t0 = performance.now();
  const m = rt.counter.measure(fn);
  return { total: m.total, ms: performance.now() - t0, calls: m.calls };
}

function dossierWith(rows: number): Runtime {
  const rt = createProductRuntime({ now: zonedDate(TODAY, TZ, 10), timeZone: TZ, locale: 'en_US' }).load();
  rt.run('kadCreateOrRepair');
  for (const spec of INPUT_TABS) {
    if (spec.key === 'settings') continue;
    fillRows(rt, spec, bulkRows(spec, rows, TODAY), { lang: 'en', timeZone: TZ, asUser: false });
  }
  return rt;
}

/** A pasted block of `rows` Contacts rows below the filled ones: one user edit, one onEdit run. */
function pasteContacts(rt: Runtime, rows: number, firstRow: number): Measured {
  const spec = tabSpec('contacts');
  const columnOf = Object.fromEntries(spec.columns.map((c, i) => [c.key, i + 1]));
  const blocks = sheetBlocks(spec, bulkRows(spec, rows, TODAY, 10, 11), columnOf, 'en', TZ);
  const block = blocks[0];
  if (!block || blocks.length !== 1) throw new Error('Contacts is expected to be one block of typed columns');
  const width = block.values[0]?.length ?? 0;
  rt.counter.uncounted(() => {
    const sheet = rt.app.getActiveSpreadsheet().getSheetByName(spec.name.en);
    const need = firstRow + rows - 1;
    if (sheet && need > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), need - sheet.getMaxRows());
  });
  const a1 = `${cellA1(firstRow, block.column)}:${cellA1(firstRow + rows - 1, block.column + width - 1)}`;
  return measure(rt, () => rt.edit(spec.name.en, a1, block.values));
}

/** One cell typed by a user in an existing row (row 4: its account has other rows): one onEdit run. */
const SINGLE_EDITS: readonly { tab: TabKey; key: string; value: unknown }[] = [
  { tab: 'contacts', key: 'outcome', value: 'Negative' },
  { tab: 'decisionGroup', key: 'role', value: 'Opponent' },
  { tab: 'competitors', key: 'kind', value: 'Direct competitor' },
  { tab: 'accounts', key: 'manager_email', value: 'kam1@balticsupply.lt' },
  { tab: 'plan', key: 'status', value: 'Done' },
];

function typeOneCell(rt: Runtime, tab: TabKey, key: string, value: unknown): Measured {
  const spec = tabSpec(tab);
  const col = spec.columns.findIndex((c) => c.key === key) + 1;
  return measure(rt, () => rt.edit(spec.name.en, cellA1(FIRST_DATA_ROW + 1, col), [[value]]));
}

/** The bundle's own share: parsing and rules alone, on rows as a sheet holds them (no runtime). */
function pureTime(rows: number): number {
  const tabs: Partial<Record<TabKey, ParsedTab>> = {};
  const specs = INPUT_TABS.filter((t) => t.key !== 'settings');
  const grids = specs.map((spec) => bulkRows(spec, rows, TODAY).map((r) => spec.columns.map((c) => r[c.key] ?? '')));
  const t0 = performance.now();
  specs.forEach((spec, i) => {
    const columnOf = Object.fromEntries(spec.columns.map((c, j) => [c.key, j + 1]));
    tabs[spec.key] = parseTab(spec, grids[i] ?? [], { columnOf, civilOf: (d) => civilOf(d, TZ) });
  });
  dossierRules({ tabs, settings: DEFAULT_SETTINGS, today: TODAY });
  return performance.now() - t0;
}

export async function benchValidation(sizes: readonly number[] = [10, 10_000]): Promise<string[]> {
  const lines: string[] = [];
  for (const n of sizes)
    lines.push(`validation: parse + rules alone (no service), ${n.toLocaleString('en')} rows per tab: ${pureTime(n).toFixed(0)} ms`);
  const runs: Record<number, { validate: Measured; paste: Measured; typed: Measured[] }> = {};
  for (const n of sizes) {
    const rt = dossierWith(n);
    const validate = measure(rt, () => rt.run('kadValidate'));
    const typed = SINGLE_EDITS.map((x) => typeOneCell(rt, x.tab, x.key, x.value));
    const paste = pasteContacts(rt, n, FIRST_DATA_ROW + n + 5);
    runs[n] = { validate, paste, typed };
    const tabs = INPUT_TABS.length - 1;
    lines.push(
      `validation: Validate dossier, ${n.toLocaleString('en')} rows in each of ${tabs} tabs: ${validate.total} calls, ${validate.ms.toFixed(0)} ms`,
      `validation: onEdit on a pasted block of ${n.toLocaleString('en')} Contacts rows: ${paste.total} calls (incl. the runtime's own edit), ${paste.ms.toFixed(0)} ms`,
      `validation: onEdit on one typed cell, ${n.toLocaleString('en')} rows per tab: ${SINGLE_EDITS.map((x, i) => `${x.tab} ${typed[i]?.total} calls`).join(', ')} (incl. the runtime's own edit)`,
    );
  }
  const [lo, hi] = [sizes[0] ?? 10, sizes[sizes.length - 1] ?? 10];
  const same = (a?: Measured, b?: Measured) =>
    JSON.stringify(Object.keys(a?.calls ?? {}).sort()) === JSON.stringify(Object.keys(b?.calls ?? {}).sort());
  // onEdit writes marks (and reads the locale to word them) only when a mark changes, which depends on the data.
  const MARK_ONLY = new Set(['Range.setNotes', 'Range.setBackgrounds', 'Spreadsheet.getSpreadsheetLocale']);
  const reads = (m?: Measured) =>
    JSON.stringify(
      Object.entries(m?.calls ?? {})
        .filter(([k]) => !MARK_ONLY.has(k))
        .sort(),
    );
  const typedSame = SINGLE_EDITS.every((_, i) => reads(runs[lo]?.typed[i]) === reads(runs[hi]?.typed[i]));
  lines.push(
    `validation: calls by method identical at ${lo.toLocaleString('en')} and ${hi.toLocaleString('en')} rows: validate ${same(runs[lo]?.validate, runs[hi]?.validate) ? 'yes' : 'NO'}; ` +
      `onEdit reads (mark writes aside) on the paste ${reads(runs[lo]?.paste) === reads(runs[hi]?.paste) ? 'yes' : 'NO'}, on one typed cell ${typedSame ? 'yes' : 'NO'}`,
  );
  return lines;
}

if (require.main === module) {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  benchValidation(sizes.length ? sizes : undefined).then((lines) => lines.forEach((l) => console.log(l)));
}
