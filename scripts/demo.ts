/**
 * `npm run demo`: runs the built add-on (dist/) in the local Apps Script
 * runtime the way a user would meet it: open the file, create the dossier,
 * paste a sample portfolio tab by tab, validate, apply the risk colours, let
 * the daily reminder job run the next morning, then write the workbook to
 * out/dossier.xlsx and each digest to out/outbox/.
 *
 * Steps whose feature has not landed yet still run (their entry points are
 * stubs); a step that throws is reported and makes the demo exit non-zero
 * after everything else has been written.
 */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { CivilDate } from '../src/core/civilDate';
import { addDays } from '../src/core/civilDate';
import { langOf } from '../src/core/i18n';
import { TABLE_TABS, tabSpec, VIEW_TABS } from '../src/core/schema/tabs';
import { FIRST_DATA_ROW } from '../src/core/schema/types';
import type { Runtime } from '../test/runtime';
import { writeOutbox } from './outbox';
import { PICKER_CELL } from '../src/app/dossierView';
import { measureCell } from '../src/core/risk/portfolioLayout';
import { createProductRuntime, PRODUCT_XLSX } from '../test/productRuntime';
import type { WorkbookModel } from '../test/runtime/sheets/model';
import { writeXlsx } from '../test/runtime/export/xlsx';
import { fillRows, fillSettings } from './sample/fill';
import { OUR_COMPANY, SUPERVISORS } from './sample/people';
import { buildSample, SAMPLE_TABS } from './sample/portfolio';
import { zonedDate } from './sample/sheetValues';
import type { TeamDemoResult } from './demoTeam';
import { runTeamDemo } from './demoTeam';

const ROOT = path.resolve(__dirname, '..');

export interface DemoOptions {
  readonly outDir?: string;
  readonly locale?: string;
  readonly timeZone?: string;
  /** The day the sample is typed in (civil date in the sheet's zone). */
  readonly today?: CivilDate;
  readonly quiet?: boolean;
}

export interface StepResult {
  readonly step: string;
  readonly calls: number;
  readonly ms: number;
  readonly error?: string;
}

export interface DemoResult {
  readonly xlsx: string;
  readonly outbox: string;
  readonly mailFiles: string[];
  readonly steps: StepResult[];
  readonly tabs: { name: string; dataRows: number }[];
  readonly problems: number;
  readonly mails: number;
  readonly failed: boolean;
  readonly model: WorkbookModel;
  /** The single-file Portfolio measures, to compare with the team rollup's. */
  readonly single: { readonly hhi: number; readonly top1: number; readonly top5: number };
  readonly team: TeamDemoResult;
}

/** Runs one step, counting its service calls; a throw is recorded, not fatal. */
function step(rt: Runtime, steps: StepResult[], name: string, fn: () => unknown): void {
  const t0 = performance.now();
  let error: string | undefined;
  const m = rt.counter.measure(() => {
    try {
      fn();
    } catch (e) {
      error = e instanceof Error || (typeof e === 'object' && e !== null && 'message' in e) ? String((e as Error).message) : String(e);
    }
  });
  steps.push({ step: name, calls: m.total, ms: Math.round(performance.now() - t0), ...(error ? { error } : {}) });
}

export async function runDemo(opts: DemoOptions = {}): Promise<DemoResult> {
  const outDir = opts.outDir ?? path.join(ROOT, 'out');
  const timeZone = opts.timeZone ?? 'Europe/Vilnius';
  const locale = opts.locale ?? 'en_US';
  const lang = langOf(locale);
  const today = opts.today ?? '2025-06-02';
  const sample = buildSample(today);
  const log = (s: string): void => {
    if (!opts.quiet) console.log(s);
  };

  const rt = createProductRuntime({
    now: zonedDate(today, timeZone, 9, 30),
    timeZone,
    locale,
    user: SUPERVISORS[0].email,
    spreadsheetName: `${OUR_COMPANY.name}: key account dossiers`,
  }).load();
  const steps: StepResult[] = [];
  const fill = { lang, timeZone, asUser: true } as const;

  step(rt, steps, 'open the spreadsheet (onOpen)', () => rt.openDocument('LIMITED'));
  step(rt, steps, 'Create or repair dossier', () => rt.run('kadCreateOrRepair'));
  step(rt, steps, 'type Settings (company revenue, currency, sender)', () => fillSettings(rt, tabSpec('settings'), sample.settings, fill));
  for (const key of SAMPLE_TABS) {
    const spec = tabSpec(key);
    step(rt, steps, `paste ${sample.tabs[key].length} rows into ${spec.name[lang]}`, () => fillRows(rt, spec, sample.tabs[key], fill));
  }
  const first = String(sample.tabs.accounts[0]?.['account_id'] ?? '');
  step(rt, steps, `pick ${first} in the Dossier view`, () => rt.edit(VIEW_TABS.dossier[lang], PICKER_CELL, [[first]]));
  step(rt, steps, 'Validate dossier', () => rt.run('kadValidate'));
  step(rt, steps, 'Re-apply risk colours', () => rt.run('kadApplyRisk'));
  step(rt, steps, 'Turn daily reminders on', () => rt.run('kadRemindersOn'));

  // Next morning, after the reminder hour (Settings default 8:00) in the sheet's zone.
  rt.clock.set(zonedDate(addDays(today, 1), timeZone, 8, 5));
  const trigger = rt.triggers.find((t) => t.handlerFunction === 'kadDailyReminders');
  if (!trigger) throw new Error('Turning daily reminders on created no trigger');
  step(rt, steps, 'daily reminder trigger fires next morning', () => rt.fireTimeTrigger(trigger.uniqueId));

  // Outputs.
  mkdirSync(outDir, { recursive: true });
  const outboxDir = path.join(outDir, 'outbox');
  rmSync(outboxDir, { recursive: true, force: true });
  mkdirSync(outboxDir, { recursive: true });
  const model = rt.spreadsheet.toWorkbookModel();
  const xlsx = path.join(outDir, 'dossier.xlsx');
  const report = await writeXlsx(model, xlsx, PRODUCT_XLSX);
  const mailFiles = writeOutbox(rt.mail.outbox, outboxDir);

  // The single file's Portfolio measures (named cells of the Portfolio tab, read uncounted).
  const single = singleMeasures(rt);
  const team = await runTeamDemo(sample, outDir, { lang, locale, timeZone, today });

  // Summary.
  const tabs = model.sheets.map((s) => {
    const rows = new Set(
      s.cells.filter((c) => c.row >= FIRST_DATA_ROW && c.value !== null && c.value !== '' && !c.formula).map((c) => c.row),
    );
    return { name: s.name, dataRows: rows.size };
  });
  const problemsName = TABLE_TABS.find((t) => t.key === 'problems')?.name[lang] ?? 'Problems';
  const problems = tabs.find((t) => t.name === problemsName)?.dataRows ?? 0;
  const failed = steps.some((s) => s.error);

  log('');
  log('Key Account Dossier demo (built bundle in the local Apps Script runtime)');
  log(`  sample day ${today}, ${timeZone}, locale ${locale}; reminders run ${addDays(today, 1)} 08:05`);
  log('');
  log('  step                                                    calls      ms');
  for (const s of steps)
    log(`  ${s.step.padEnd(54)} ${String(s.calls).padStart(6)} ${String(s.ms).padStart(7)}${s.error ? `  FAILED: ${s.error}` : ''}`);
  log('');
  log(`  tabs: ${tabs.map((t) => `${t.name} (${t.dataRows})`).join(', ')}`);
  log(`  deliberate mistakes planted: ${sample.mistakes.map((m) => m.what).join('; ')}`);
  log(`  problems found (Problems tab rows): ${problems}`);
  log(`  mails sent: ${rt.mail.outbox.length} (${[...new Set(rt.mail.outbox.flatMap((m) => m.to))].join(', ') || 'none'})`);
  log(`  service calls in total: ${rt.counter.total()}`);
  log(
    `  xlsx: ${report.sheets} sheets, ${report.cells} filled cells, ${report.formulas} formulas (+${report.valueOnlyFormulas} as values), ` +
      `${report.validations} validated cells, ${report.conditionalFormats} conditional formats` +
      (report.skippedConditionalFormats ? ` (${report.skippedConditionalFormats} not expressible in Excel)` : '') +
      `, ${report.notes} notes`,
  );
  log('');
  log(`  workbook: ${xlsx}`);
  log(`  outbox:   ${outboxDir}/ (${mailFiles.length} files: <recipient>.eml and .html)`);
  const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;
  log('');
  log(`  team setup: ${team.dossiers.length} dossier files (out/dossiers/), rollup ${team.portfolio}`);
  log(`    Check access, service calls per KAM file: ${team.accessCalls.join(', ')}; Set up portfolio rollup: ${team.rollupCalls}`);
  log(`    single file: HHI ${single.hhi.toFixed(3)}, top-1 ${pct(single.top1)}, top-5 ${pct(single.top5)}`);
  log(`    rollup:      HHI ${team.hhi.toFixed(3)}, top-1 ${pct(team.top1)}, top-5 ${pct(team.top5)}`);
  log(`    digests: ${team.digests.map((d) => `${d.to} (${d.from})`).join(', ')}`);
  log(`    outbox:  ${team.outbox}/`);
  if (failed) log('\n  Some steps FAILED (see above).');

  return {
    xlsx,
    outbox: outboxDir,
    mailFiles,
    steps,
    tabs,
    problems,
    mails: rt.mail.outbox.length,
    failed,
    model,
    single,
    team,
  };
}

function singleMeasures(rt: Runtime): DemoResult['single'] {
  return rt.counter.uncounted(() => {
    const ss = rt.app.getActiveSpreadsheet();
    const sheet = ss.getSheetByName(VIEW_TABS.portfolio[langOf(ss.getSpreadsheetLocale())]);
    const read = (a1: string): number => Number(sheet?.getRange(a1).getValue());
    return { hhi: read(measureCell('hhi')), top1: read(measureCell('top1')), top5: read(measureCell('top5')) };
  });
}

if (require.main === module) {
  runDemo()
    .then((r) => {
      if (r.failed) process.exitCode = 1;
    })
    .catch((e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    });
}
