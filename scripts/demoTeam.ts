/**
 * The team part of `npm run demo`: the same sample portfolio split into one
 * dossier file per KAM (shared with the KAM's supervisor, and viewable by
 * the head of sales), each checked with "Check access", and a rollup file
 * for the head of sales over all of them ("Allow access" once per source).
 * Writes out/dossiers/<kam>.xlsx, out/portfolio.xlsx (values computed) and
 * the digests of that setup (KAMs' from their files, supervisors' from the
 * rollup) to out/outbox-team/.
 */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { CivilDate } from '../src/core/civilDate';
import { addDays } from '../src/core/civilDate';
import type { Lang } from '../src/core/i18n';
import { text } from '../src/core/i18n';
import { tabSpec } from '../src/core/schema/tabs';
import { createProductRuntime, PRODUCT_XLSX } from '../test/productRuntime';
import { writeXlsx } from '../test/runtime/export/xlsx';
import { writeOutbox } from './outbox';
import { fillRows, fillSettings } from './sample/fill';
import { MANAGERS, OUR_COMPANY, SUPERVISORS } from './sample/people';
import type { Sample } from './sample/portfolio';
import { SAMPLE_TABS } from './sample/portfolio';
import { zonedDate } from './sample/sheetValues';

export interface TeamDemoResult {
  readonly dossiers: string[];
  readonly portfolio: string;
  readonly outbox: string;
  readonly mailFiles: string[];
  readonly hhi: number;
  readonly top1: number;
  readonly top5: number;
  /** Service calls of "Check access" (per KAM file) and of the rollup set-up. */
  readonly accessCalls: number[];
  readonly rollupCalls: number;
  readonly digests: { readonly to: string; readonly from: 'kam file' | 'rollup' }[];
}

export const HEAD_OF_SALES = SUPERVISORS[0].email;

export async function runTeamDemo(
  sample: Sample,
  outDir: string,
  opts: { lang: Lang; locale: string; timeZone: string; today: CivilDate },
): Promise<TeamDemoResult> {
  const { lang, locale, timeZone, today } = opts;
  const rt = createProductRuntime({ now: zonedDate(today, timeZone, 9, 30), timeZone, locale, user: HEAD_OF_SALES }).load();
  const fill = { lang, timeZone, asUser: false } as const;
  const dossierDir = path.join(outDir, 'dossiers');
  rmSync(dossierDir, { recursive: true, force: true });
  mkdirSync(dossierDir, { recursive: true });

  const files: { kam: string; id: string; url: string }[] = [];
  const accessCalls: number[] = [];
  for (const m of MANAGERS) {
    const mine = sample.tabs.accounts.filter((a) => a['manager_email'] === m.email);
    const ids = new Set(mine.map((a) => a['account_id']));
    const file = rt.createSpreadsheet({
      name: `${OUR_COMPANY.name}: ${m.name}`,
      owner: m.email,
      locale,
      timeZone,
      editors: [m.supervisor.email],
      viewers: m.supervisor.email === HEAD_OF_SALES ? [] : [HEAD_OF_SALES],
    });
    rt.setUser(m.email);
    rt.withActive(file.getId(), () => {
      rt.run('kadCreateOrRepair');
      fillSettings(rt, tabSpec('settings'), { ...sample.settings, escalations_from: text(lang, 'option.escalations_from.rollup') }, fill);
      for (const key of SAMPLE_TABS) {
        const rows = key === 'accounts' ? mine : sample.tabs[key].filter((r) => ids.has(r['account']));
        fillRows(rt, tabSpec(key), rows, fill);
      }
      accessCalls.push(rt.counter.measure(() => rt.run('kadCheckAccess')).total);
      rt.run('kadRemindersOn');
    });
    files.push({ kam: m.email, id: file.getId(), url: file.getUrl() });
  }

  rt.setUser(HEAD_OF_SALES);
  const rollup = rt.createSpreadsheet({ name: `${OUR_COMPANY.name}: portfolio rollup`, owner: HEAD_OF_SALES, locale, timeZone });
  rt.activate(rollup.getId());
  rt.run('kadSetUpRollup'); // creates Sources and asks for the URLs
  const sources = text(lang, 'tab.sources');
  rt.edit(
    sources,
    `A3:A${2 + files.length}`,
    files.map((f) => [f.url]),
  );
  const rollupCalls = rt.counter.measure(() => rt.run('kadSetUpRollup')).total;
  for (const f of files) rt.allowImportAccess(rollup.getId(), f.id);
  rt.run('kadRemindersOn');
  const measures = rt.counter.uncounted(() => {
    const sh = rt.app.getActiveSpreadsheet().getSheetByName(sources);
    return sh ? sh.getRange('I3:J9').getValues() : [];
  });
  const measure = (key: Parameters<typeof text>[1]): number => Number(measures.find((r) => r[0] === text(lang, key))?.[1]);

  // Next morning after the reminder hour: every file's hourly trigger fires once.
  rt.clock.set(zonedDate(addDays(today, 1), timeZone, 8, 5));
  const digests: TeamDemoResult['digests'] = [];
  for (const t of [...rt.triggers]) {
    if (t.handlerFunction !== 'kadDailyReminders') continue;
    const before = rt.mail.outbox.length;
    rt.fireTimeTrigger(t.uniqueId);
    const from = t.documentId === rollup.getId() ? 'rollup' : 'kam file';
    for (const mail of rt.mail.outbox.slice(before)) digests.push({ to: mail.to.join(','), from });
  }

  const dossiers: string[] = [];
  for (const f of files) {
    const file = path.join(dossierDir, `${f.kam.split('@')[0]}.xlsx`);
    await writeXlsx(rt.spreadsheetById(f.id).toWorkbookModel(), file, PRODUCT_XLSX);
    dossiers.push(file);
  }
  const portfolio = path.join(outDir, 'portfolio.xlsx');
  await writeXlsx(rt.spreadsheetById(rollup.getId()).toWorkbookModel(), portfolio, PRODUCT_XLSX);
  const outbox = path.join(outDir, 'outbox-team');
  rmSync(outbox, { recursive: true, force: true });
  mkdirSync(outbox, { recursive: true });
  const mailFiles = writeOutbox(rt.mail.outbox, outbox);
  return {
    dossiers,
    portfolio,
    outbox,
    mailFiles,
    hhi: measure('rollup.m.hhi'),
    top1: measure('rollup.m.top1'),
    top5: measure('rollup.m.top5'),
    accessCalls,
    rollupCalls,
    digests,
  };
}
