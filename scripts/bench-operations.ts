/**
 * Each menu operation once on the small dossier of test/core/validation/validation.fixture.ts, through the built bundle in
 * the local runtime: service calls without builders, builder calls, reads after a pending write (a read that
 * forces Sheets to flush the writes made before it in the same execution), calls by method. `npm run bench`
 * prints them against the physical minimum of scripts/minimum.ts; test/operations.test.ts asserts the budget.
 */
import { goodDossier, TODAY } from '../test/core/validation/validation.fixture';
import { createProductRuntime } from '../test/productRuntime';
import type { Measurement, Runtime } from '../test/runtime';
import { typeDossier } from '../test/app/validation/validation.helpers';
import type { OperationKey, Scenario } from './minimum';
import { minimum, minimumItems, OPERATIONS } from './minimum';
import { zonedDate } from './sample/sheetValues';

const TZ = 'Europe/Vilnius';

export interface OperationCalls {
  readonly op: OperationKey;
  /** Service calls, builders excluded. */
  readonly calls: number;
  readonly builders: number;
  readonly readsAfterWrite: number;
  readonly byMethod: Record<string, number>;
  readonly readsAfterWriteCalls: Record<string, number>;
  readonly ms: number;
}

/** The one-cell edit the onEdit figure is for: the person on the fixture's second Contacts row (row 4). */
export const EDITED = { tab: 'Contacts', a1: 'C4', value: 'Bob Fan', key: 'contacts', column: 'person' } as const;

function newRuntime(distDir?: string): Runtime {
  return createProductRuntime({
    now: zonedDate(TODAY, TZ, 10),
    timeZone: TZ,
    locale: 'en_US',
    ...(distDir ? { distDir } : {}),
  }).load();
}

function measured(op: OperationKey, rt: Runtime, fn: () => unknown): OperationCalls {
  const t0 = performance.now();
  const m: Measurement<unknown> = rt.counter.measure(fn);
  return {
    op,
    calls: m.withoutBuilders,
    builders: m.builders,
    readsAfterWrite: m.readsAfterWrite,
    byMethod: m.calls,
    readsAfterWriteCalls: m.readsAfterWriteCalls,
    ms: Math.round(performance.now() - t0),
  };
}

/** Tabs named on the Problems tab (uncounted): each costs its name and sheet id in the messages. */
function tabsWithProblems(rt: Runtime): number {
  return rt.counter.uncounted(() => {
    const rows = rt.app.getActiveSpreadsheet().getSheetByName('Problems')?.getDataRange().getValues() ?? [];
    return new Set(
      rows
        .slice(2)
        .filter((r) => r[0] === 'error' || r[0] === 'warning')
        .map((r) => String(r[1])),
    ).size;
  });
}

export interface OperationsRun {
  readonly ops: readonly OperationCalls[];
  readonly scenario: Scenario;
}

/** Every operation in order on one workbook (create, then the fixture typed, then the rest). */
export function measureOperations(distDir = process.env.KAD_DIST): OperationsRun {
  const rt = newRuntime(distDir);
  const ops = [measured('create', rt, () => rt.run('kadCreateOrRepair'))];
  typeDossier(rt, goodDossier());
  ops.push(measured('repair', rt, () => rt.run('kadCreateOrRepair')));
  ops.push(measured('validate', rt, () => rt.run('kadValidate')));
  const problems = tabsWithProblems(rt);
  ops.push(measured('onEdit', rt, () => rt.edit(EDITED.tab, EDITED.a1, [[EDITED.value]])));
  ops.push(measured('risk', rt, () => rt.run('kadApplyRisk')));
  rt.run('kadRemindersOn');
  const trigger = rt.triggers.find((t) => t.handlerFunction === 'kadDailyReminders');
  if (!trigger) throw new Error('kadRemindersOn installed no trigger');
  const sent = rt.mail.outbox.length;
  ops.push(measured('daily', rt, () => rt.fireTimeTrigger(trigger.uniqueId)));
  const mails = rt.mail.outbox.slice(sent);
  // The tabs the digests link to, as a reader sees them: the distinct sheet ids in their links.
  const linked = new Set(mails.flatMap((m) => [...String(m.htmlBody ?? '').matchAll(/#gid=(\d+)/g)].map((x) => x[1])));
  // The edited row's account and its other rows on the tab (the fixture's; the edit leaves the account as it is).
  const rows = goodDossier()[EDITED.key] ?? [];
  const account = rows[1]?.['account'];
  const otherRows = rows.filter((r, i) => i !== 1 && r['account'] === account).length;
  return {
    ops,
    scenario: {
      digests: mails.length,
      tabsWithProblems: problems,
      linkedTabs: linked.size,
      edit: { tab: EDITED.key, column: EDITED.column, otherRows },
    },
  };
}

export interface OperationRow extends OperationCalls {
  readonly label: string;
  readonly minimum: number;
  readonly ratio: number;
}

export function operationRows(run: OperationsRun): OperationRow[] {
  return OPERATIONS.map(({ key, label }) => {
    const m = run.ops.find((o) => o.op === key);
    if (!m) throw new Error(`operation ${key} not measured`);
    const min = minimum(key, run.scenario);
    return { ...m, label, minimum: min, ratio: m.calls / min };
  });
}

const pad = (s: string | number, n: number, left = false): string => (left ? String(s).padEnd(n) : String(s).padStart(n));

/** The bench table: operation, calls (builders excluded), minimum, ratio, reads after a pending write. */
export function operationsTable(rows: readonly OperationRow[]): string[] {
  const lines = [
    `${pad('operation (fixture dossier)', 52, true)} ${pad('calls', 6)} ${pad('minimum', 8)} ${pad('ratio', 6)} ${pad('reads after writes', 19)} ${pad('builders', 9)}`,
  ];
  for (const r of rows)
    lines.push(
      `${pad(r.label, 52, true)} ${pad(r.calls, 6)} ${pad(r.minimum, 8)} ${pad(r.ratio.toFixed(2), 6)} ${pad(r.readsAfterWrite, 19)} ${pad(r.builders, 9)}`,
    );
  const worst = Math.max(...rows.map((r) => r.ratio));
  lines.push(`worst ratio ${worst.toFixed(2)} (budget 1.20)${worst > 1.2 ? ' OVER BUDGET' : ''}`);
  return lines;
}

if (require.main === module) {
  const run = measureOperations();
  const rows = operationRows(run);
  for (const l of operationsTable(rows)) console.log(l);
  const detail = process.argv.slice(2);
  for (const r of rows.filter((x) => detail.includes(x.op))) {
    console.log(`\n${r.op}: calls by method`);
    for (const [k, v] of Object.entries(r.byMethod).sort((a, b) => b[1] - a[1])) console.log(`  ${pad(v, 5)} ${k}`);
    if (r.readsAfterWrite) console.log(`  reads after writes: ${JSON.stringify(r.readsAfterWriteCalls)}`);
    console.log(`${r.op}: minimum`);
    for (const i of minimumItems(r.op, run.scenario)) console.log(`  ${pad(i.calls, 5)} ${i.what}`);
  }
}
