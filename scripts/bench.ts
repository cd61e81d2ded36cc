/**
 * `npm run bench`: first, per operation on the fixture dossier, its service calls (builders excluded) against
 * the physical minimum computed from the schema (scripts/minimum.ts), the ratio, and the reads made after a
 * pending write; then service calls (from the runtime's counter), Node time and
 * heap for creating the dossier template on an empty workbook and repairing
 * one holding 10 and 10,000 filled rows per input tab, plus the bundle size and
 * its cold compile-and-evaluate time in a fresh V8 context.
 * Target: calls do not grow with rows; bundle within 200 KB.
 *
 * The feature benchmarks (validation, risk, reminders) follow, from
 * scripts/bench-<feature>.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CivilDate } from '../src/core/civilDate';
import { langOf } from '../src/core/i18n';
import { INPUT_TABS } from '../src/core/schema/tabs';
import type { Runtime } from '../test/runtime';
import { createProductRuntime } from '../test/productRuntime';
import { measureColdStart } from '../test/runtime/coldStart';
import { benchReminders } from './bench-reminders';
import { benchRisk } from './bench-risk';
import { benchValidation } from './bench-validation';
import { measureOperations, operationRows, operationsTable } from './bench-operations';
import { bulkRows } from './sample/bulk';
import { fillRows } from './sample/fill';
import { zonedDate } from './sample/sheetValues';

const ROOT = path.resolve(__dirname, '..');
// The same budget scripts/build.mjs enforces (the build fails above it).
export const BUNDLE_BUDGET_BYTES = 200 * 1024;
const TODAY: CivilDate = '2025-06-02';
const TZ = 'Europe/Vilnius';
const LOCALE = 'en_US';

export interface Measured {
  readonly label: string;
  readonly calls: number;
  readonly byMethod: Record<string, number>;
  readonly ms: number;
  readonly heapMB: number;
}

export function newRuntime(): Runtime {
  return createProductRuntime({ now: zonedDate(TODAY, TZ, 10), timeZone: TZ, locale: LOCALE }).load();
}

/** A dossier whose input tabs hold `rows` filled rows each, written without counting. */
export function filledDossier(rows: number): Runtime {
  const rt = newRuntime();
  rt.counter.uncounted(() => rt.run('kadCreateOrRepair'));
  const fill = { lang: langOf(LOCALE), timeZone: TZ, asUser: false } as const;
  for (const spec of INPUT_TABS) {
    if (spec.key === 'settings') continue;
    fillRows(rt, spec, bulkRows(spec, rows, TODAY, Math.min(rows, 1000)), fill);
  }
  return rt;
}

const heapMB = (): number => Math.round((process.memoryUsage().heapUsed / 1048576) * 10) / 10;

export function measure(rt: Runtime, label: string, fn: () => unknown): Measured {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const t0 = performance.now();
  const m = rt.counter.measure(fn);
  return { label, calls: m.total, byMethod: m.calls, ms: Math.round(performance.now() - t0), heapMB: heapMB() };
}

export function bundleSize(): { bytes: number; gzip: number } {
  const code = readFileSync(path.join(ROOT, 'dist', 'Code.js'));
  return { bytes: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

export function templateBench(): Measured[] {
  const empty = newRuntime();
  const out = [measure(empty, 'create on an empty workbook', () => empty.run('kadCreateOrRepair'))];
  for (const rows of [10, 10_000]) {
    const rt = filledDossier(rows);
    out.push(measure(rt, `repair, ${rows.toLocaleString('en-US')} rows per input tab`, () => rt.run('kadCreateOrRepair')));
  }
  return out;
}

/** The feature benchmarks, each printing its own lines. */
const FEATURE_BENCHES: readonly { name: string; run: () => Promise<string[]> }[] = [
  { name: 'validation', run: benchValidation },
  { name: 'risk', run: benchRisk },
  { name: 'reminders', run: benchReminders },
];

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  const size = bundleSize();
  console.log('Key Account Dossier benchmark (built bundle in the local Apps Script runtime)');
  console.log('');
  console.log(
    `Bundle dist/Code.js: ${kb(size.bytes)} (${size.bytes.toLocaleString('en-US')} bytes), gzip ${kb(size.gzip)}; ` +
      `budget ${kb(BUNDLE_BUDGET_BYTES)}: ${size.bytes < BUNDLE_BUDGET_BYTES ? 'OK' : 'OVER'}`,
  );
  const cold = measureColdStart(path.join(ROOT, 'dist', 'Code.js'));
  console.log(
    `Cold start of dist/Code.js (fresh V8 isolate and context, median of ${cold.samples}): ` +
      `compile ${cold.compileMs} ms + evaluate ${cold.evaluateMs} ms = ${cold.totalMs} ms` +
      (cold.error ? ` (evaluation threw: ${cold.error})` : ''),
  );
  console.log('');
  const ops = operationRows(measureOperations());
  for (const l of operationsTable(ops)) console.log(l);
  if (ops.some((r) => r.ratio > 1.2)) process.exitCode = 1;
  console.log('');
  console.log('Template (menu "Create or repair dossier")       service calls   Node ms   heap MB');
  const rows = templateBench();
  for (const r of rows)
    console.log(`  ${r.label.padEnd(46)} ${String(r.calls).padStart(13)} ${String(r.ms).padStart(9)} ${String(r.heapMB).padStart(9)}`);
  const small = rows[1];
  const large = rows[2];
  if (small && large) {
    const grow = large.calls - small.calls;
    console.log(`  calls grow with rows (10 -> 10,000): ${grow === 0 ? 'no' : `YES, by ${grow}`}`);
    console.log(
      `  calls by method at 10,000 rows: ${Object.entries(large.byMethod)
        .sort((a, b) => b[1] - a[1])
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
  }
  for (const b of FEATURE_BENCHES) {
    console.log('');
    try {
      for (const line of await b.run()) console.log(line);
    } catch (e) {
      console.log(`${b.name} FAILED: ${e instanceof Error ? e.message : String(e)}`);
      process.exitCode = 1;
    }
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
