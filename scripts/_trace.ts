import { createProductRuntime } from '../test/productRuntime';
import { zonedDate } from './sample/sheetValues';
import { goodDossier, TODAY } from '../test/core/validation.fixture';
import { typeDossier } from '../test/validation.helpers';
const TZ = 'Europe/Vilnius';
const rt = createProductRuntime({ now: zonedDate(TODAY, TZ, 10), timeZone: TZ, locale: 'en_US' }).load();
const log: string[] = [];
const which = process.argv[2] ?? 'create';
if (which !== 'create') { rt.run('kadCreateOrRepair'); typeDossier(rt, goodDossier()); }
rt.counter.onCall = (n) => log.push(n);
if (which === 'create' || which === 'repair') rt.run('kadCreateOrRepair');
if (which === 'validate') rt.run('kadValidate');
if (which === 'risk') rt.run('kadApplyRisk');
if (which === 'onedit') rt.edit('Contacts', 'C4', [['Bob Fan']]);
rt.counter.onCall = null;
// compress consecutive duplicates
let prev = '', n = 0; const out: string[] = [];
for (const l of [...log, '']) { if (l === prev) n++; else { if (prev) out.push(n > 1 ? `${prev} x${n}` : prev); prev = l; n = 1; } }
console.log(out.join('\n'));
if (which === 'daily') {
  rt.run('kadRemindersOn');
  const t = rt.triggers.find((x) => x.handlerFunction === 'kadDailyReminders')!;
  const log2: string[] = [];
  rt.counter.onCall = (n) => log2.push(n);
  rt.fireTimeTrigger(t.uniqueId);
  rt.counter.onCall = null;
  console.log(log2.join('\n'));
  console.log('outbox', rt.mail.outbox.length);
}
