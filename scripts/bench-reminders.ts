/**
 * Service calls of one daily reminder run on the built bundle, at 10 and
 * 5,000 accounts. Reading, planning and logging must cost the same at any
 * size; only MailApp (one quota check and one send per recipient) grows.
 */
import { addDays } from '../src/core/civilDate';
import { tabSpec } from '../src/core/schema/tabs';
import { createProductRuntime } from '../test/productRuntime';
import { fillRows } from './sample/fill';
import type { SampleRow } from './sample/portfolio';

const TODAY = '2025-06-16';
const REVIEW_AGES = [80, 89, 95, 120];
const CONTACT_AGES = [5, 11, 30];
const PER_RECIPIENT = new Set(['MailApp.sendEmail', 'MailApp.getRemainingDailyQuota']);

function rows(n: number): { accounts: SampleRow[]; contacts: SampleRow[] } {
  const accounts: SampleRow[] = [];
  const contacts: SampleRow[] = [];
  for (let i = 0; i < n; i++) {
    const id = `K${String(i + 1).padStart(5, '0')}`;
    accounts.push({
      account_id: id,
      name: `Client ${i + 1}`,
      key_type: 'revenue',
      manager_email: `kam${Math.floor(i / 3)}@example.com`,
      supervisor_email: `head${Math.floor(i / 30)}@example.com`,
      last_review: addDays(TODAY, -(REVIEW_AGES[i % REVIEW_AGES.length] as number)),
      status: 'active',
    });
    contacts.push({
      account: id,
      date: addDays(TODAY, -(CONTACT_AGES[i % CONTACT_AGES.length] as number)),
      channel: 'call',
      outcome: 'positive',
    });
  }
  return { accounts, contacts };
}

interface Measured {
  accounts: number;
  digests: number;
  total: number;
  perRecipient: number;
  other: Record<string, number>;
}

function measure(n: number): Measured {
  const timeZone = 'Europe/Vilnius';
  const rt = createProductRuntime({
    now: `${TODAY}T06:00:00Z`,
    timeZone,
    locale: 'en_GB',
  }).load();
  rt.run('kadCreateOrRepair');
  const data = rows(n);
  const fill = { lang: 'en' as const, timeZone, asUser: false };
  fillRows(rt, tabSpec('accounts'), data.accounts, fill);
  fillRows(rt, tabSpec('contacts'), data.contacts, fill);
  rt.run('kadRemindersOn');
  rt.mail.reset();
  rt.mail.setQuota(1_000_000); // a Workspace-sized quota so every digest goes out
  const trigger = rt.triggers.find((t) => t.handlerFunction === 'kadDailyReminders');
  if (!trigger) throw new Error('no daily trigger');
  const m = rt.counter.measure(() => rt.fireTimeTrigger(trigger.uniqueId));
  const other: Record<string, number> = {};
  let perRecipient = 0;
  for (const [k, v] of Object.entries(m.calls)) {
    if (PER_RECIPIENT.has(k)) perRecipient += v;
    else other[k] = v;
  }
  return { accounts: n, digests: rt.mail.outbox.length, total: m.total, perRecipient, other };
}

const sum = (o: Record<string, number>): number => Object.values(o).reduce((a, b) => a + b, 0);

export async function benchReminders(): Promise<string[]> {
  const small = measure(10);
  const large = measure(5000);
  const lines = [small, large].map(
    (r) =>
      `reminders daily run, ${r.accounts} accounts: ${r.digests} digests, ${r.total} service calls = ` +
      `${r.perRecipient} MailApp (quota check + send per recipient) + ${sum(r.other)} other`,
  );
  // The only call allowed to differ is growing the Notices log grid once when a run logs more rows than it has.
  const names = new Set([...Object.keys(small.other), ...Object.keys(large.other)]);
  const diff = [...names].filter((k) => small.other[k] !== large.other[k]);
  const grows = diff.filter(
    (k) => k !== 'Sheet.insertRowsAfter' && k !== 'Sheet.getMaxRows' && (large.other[k] ?? 0) > (small.other[k] ?? 0) + 1,
  );
  lines.push(
    `reminders: other calls ${grows.length ? `GROW (${grows.join(', ')})` : 'do not grow per account'}` +
      (diff.length ? `; differ only by ${diff.map((k) => `${k} ${small.other[k] ?? 0}→${large.other[k] ?? 0}`).join(', ')}` : ''),
  );
  return lines;
}

if (require.main === module) {
  benchReminders().then(
    (lines) => lines.forEach((l) => console.log(l)),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
