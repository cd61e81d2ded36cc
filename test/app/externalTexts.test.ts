/**
 * Texts kept out of dist/Code.js (src/core/texts/external.ts): the build writes
 * the digest's, reminders', brief's, review's and rollup's words to
 * dist/Texts.html, read once by the runs that need them. A run that needs none
 * of them never opens the file: here it is missing from a copy of dist/, and
 * onOpen, create/repair, onEdit, the Home sidebar, Validate, the risk colours and
 * the hourly trigger before the reminder hour still work, with the same service
 * calls as beside the file.
 */
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { tabSpec } from '../../src/core/schema/tabs';
import { fillRows } from '../../scripts/sample/fill';
import { ensureBundle } from '../bundle';
import { createProductRuntime, DIST_DIR } from '../productRuntime';
import type { Runtime } from '../runtime';
import { at9, LITHUANIAN_ACCOUNT, TODAY } from './reminders/reminders.helpers';

const TZ = 'Europe/Vilnius';
const fill = { lang: 'lt' as const, timeZone: TZ, asUser: false };
let withoutTexts = '';

beforeAll(() => {
  ensureBundle();
  withoutTexts = mkdtempSync(path.join(tmpdir(), 'kad-no-texts-'));
  for (const f of readdirSync(DIST_DIR))
    if (f !== 'Texts.html' && !f.startsWith('.')) copyFileSync(path.join(DIST_DIR, f), path.join(withoutTexts, f));
});
afterAll(() => rmSync(withoutTexts, { recursive: true, force: true }));

/** A Lithuanian dossier with one account whose full review is overdue, the menu opened and create/repair run. */
function lithuanianDossier(distDir: string): { rt: Runtime; calls: Record<string, Record<string, number>> } {
  const rt = createProductRuntime({ distDir, now: at9(TODAY), timeZone: TZ, locale: 'lt_LT', user: 'ann@example.com' }).load();
  const calls: Record<string, Record<string, number>> = {};
  calls['onOpen'] = rt.counter.measure(() => rt.openDocument('LIMITED')).calls;
  calls['create'] = rt.counter.measure(() => rt.run('kadCreateOrRepair')).calls;
  fillRows(rt, tabSpec('accounts'), [LITHUANIAN_ACCOUNT], fill);
  calls['onEdit'] = rt.counter.measure(() => rt.edit('Klientai', 'B3', [['UAB „Ąžuolas ir Ko“']])).calls;
  calls['repair'] = rt.counter.measure(() => rt.run('kadCreateOrRepair')).calls;
  calls['home'] = rt.counter.measure(() => rt.run('kadShowHome')).calls;
  calls['homeData'] = rt.counter.measure(() => rt.run('kadHomeData')).calls;
  calls['validate'] = rt.counter.measure(() => rt.run('kadValidate')).calls;
  calls['risk'] = rt.counter.measure(() => rt.run('kadApplyRisk')).calls;
  // The hourly trigger before the reminder hour (6:00 in Vilnius) only looks at the clock and Settings.
  rt.clock.set(new Date(`${TODAY}T03:00:00Z`));
  calls['idleHour'] = rt.counter.measure(() => rt.run('kadDailyReminders', [{}])).calls;
  rt.clock.set(new Date(at9(TODAY)));
  return { rt, calls };
}

describe('texts outside the bundle (dist/Texts.html)', () => {
  test('runs that need none of them never open Texts.html, with the same calls as beside it', () => {
    const bare = lithuanianDossier(withoutTexts);
    const full = lithuanianDossier(DIST_DIR);
    expect(bare.rt.executions.filter((e) => e.error)).toEqual([]);
    expect(bare.calls).toEqual(full.calls);
    // The digest's words are only there: without the file the run stops, naming it.
    bare.rt.ui.alertAnswers.push('YES');
    expect(() => bare.rt.run('kadSendReminders')).toThrow('No HTML file named Texts was found.');
  });

  test('a digest in Lithuanian gets its words from Texts.html, read once for the whole run', () => {
    const { rt } = lithuanianDossier(DIST_DIR);
    rt.mail.reset();
    rt.ui.alertAnswers.push('YES');
    const sent = rt.counter.measure(() => rt.run('kadSendReminders'));
    const mail = rt.mail.outbox.find((m) => m.to.includes('ann@example.com'))!;
    // digest.asManager, digest.item.review_overdue, rule.review_overdue, digest.step.review_overdue, reminders.result
    expect(mail.body).toContain('Juos gaunate kaip šių klientų vadybininkas.');
    expect(mail.body).toContain('Išsami peržiūra turėjo būti atlikta iki 2025-06-13: vėluoja 3 d.');
    expect(mail.body).toContain('- Dosjė peržiūra vėluoja: Išsami peržiūra');
    expect(mail.body).toContain('Kitas žingsnis: Papildykite dosjė naujausiomis kliento žiniomis');
    expect(rt.ui.toasts.at(-1)?.message).toMatch(/^Išsiųsta suvestinių: \d+;/);
    // One read of Texts.html (two calls): no other project file is read by this run.
    expect(sent.calls['HtmlService.createHtmlOutputFromFile']).toBe(1);
    expect(sent.calls['HtmlOutput.getContent']).toBe(1);
  });
});
