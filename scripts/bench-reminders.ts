/**
 * Service calls of one daily reminder run on the built bundle, at 10, 1,000
 * and 5,000 accounts, against the minimum: one quota check per run, one send
 * and one durable send record per recipient, and a constant for reading,
 * planning and logging (measured at 10 accounts). Budget: 1.2x.
 */
import { addDays } from '../src/core/civilDate';
import { tabSpec } from '../src/core/schema/tabs';
import { createProductRuntime } from '../test/productRuntime';
import { fillRows } from './sample/fill';
import type { SampleRow } from './sample/portfolio';

const TODAY = '2025-06-16';
const REVIEW_AGES = [80, 89, 95, 120];
const CONTACT_AGES = [5, 11, 30];

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
  quota: number;
  sends: number;
  records: number;
  rest: Record<string, number>;
}

/** Per recipient the minimum is one send plus one durable record of it; the quota is read once per run. */
const SEND = 'MailApp.sendEmail';
const QUOTA = 'MailApp.getRemainingDailyQuota';
const RECORD = 'Properties.setProperties';

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
  if (!trigger) throw new Error('no trigger');
  const m = rt.counter.measure(() => rt.fireTimeTrigger(trigger.uniqueId));
  const digests = rt.mail.outbox.length;
  const rest: Record<string, number> = {};
  for (const [k, v] of Object.entries(m.calls)) if (k !== SEND && k !== QUOTA) rest[k] = v;
  // Record writes are one per digest; what is left of setProperties (compaction) belongs to the rest.
  const records = Math.min(rest[RECORD] ?? 0, digests);
  rest[RECORD] = (rest[RECORD] ?? 0) - records;
  return { accounts: n, digests, total: m.total, quota: m.calls[QUOTA] ?? 0, sends: m.calls[SEND] ?? 0, records, rest };
}

const sum = (o: Record<string, number>): number => Object.values(o).reduce((a, b) => a + b, 0);

export async function benchReminders(): Promise<string[]> {
  const runs = [measure(10), measure(1000), measure(5000)];
  // The constant: what a run needs besides mail and records, at the smallest size.
  const constant = sum(runs[0]!.rest);
  const lines = runs.map((r) => {
    const minimum = 1 + 2 * r.digests + constant;
    return (
      `reminders daily run, ${r.accounts} accounts: ${r.digests} digests, ${r.total} service calls = ` +
      `${r.quota} quota check + ${r.sends} sends + ${r.records} send records + ${sum(r.rest)} other; ` +
      `minimum ${minimum} (1 + 2 × ${r.digests} + ${constant}), ratio ${(r.total / minimum).toFixed(3)}`
    );
  });
  const worst = Math.max(...runs.map((r) => r.total / (1 + 2 * r.digests + constant)));
  const grew = runs.flatMap((r) =>
    Object.keys(r.rest)
      .filter((k) => (r.rest[k] ?? 0) !== (runs[0]!.rest[k] ?? 0))
      .map((k) => `${r.accounts}: ${k} ${runs[0]!.rest[k] ?? 0}→${r.rest[k] ?? 0}`),
  );
  lines.push(
    `reminders: worst ratio ${worst.toFixed(3)} (budget 1.2)${worst > 1.2 ? ' OVER BUDGET' : ''}; ` +
      `other calls beyond the constant: ${grew.length ? grew.join(', ') : 'none'}`,
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
