/**
 * The two notices added by issue 12, through the built bundle in the local
 * runtime: a relationship-plan step due tomorrow tells the account's manager
 * exactly once, and a client crossing 20 % of company revenue tells the
 * account's supervisor exactly once per crossing (the ledger logs the end of
 * a crossing as 'cleared', so crossing again is told again).
 */
import { addDays } from '../../../src/core/civilDate';
import { tabSpec } from '../../../src/core/schema/tabs';
import { cellA1 } from '../../../src/core/a1';
import { columnsOf, fillRows, tabSheet } from '../../../scripts/sample/fill';
import type { Runtime } from '../../runtime';
import { ACCOUNTS, at9, noticesLog, portfolio, sendNow, TODAY } from './reminders.helpers';

const fill = { lang: 'en' as const, timeZone: 'Europe/Vilnius', asUser: true };
const day = (n: number): string => addDays(TODAY, n);
const mailTo = (rt: Runtime, who: string) => rt.mail.outbox.filter((m) => m.to.includes(who));
const logOf = (rt: Runtime, rule: string) => noticesLog(rt).filter((r) => r.rule === rule);

/** Types a value into one cell of an account's row, as a user would (onEdit runs). */
function setAccountCell(rt: Runtime, id: string, key: string, value: number): void {
  const spec = tabSpec('accounts');
  const row = 3 + ACCOUNTS.findIndex((a) => a['account_id'] === id);
  const col = columnsOf(rt, spec)[key]!;
  rt.edit(
    rt.counter.uncounted(() => tabSheet(rt, spec).getName()),
    cellA1(row, col),
    [[value]],
  );
}

describe('a relationship-plan step due tomorrow', () => {
  test("is told exactly once, to the account's manager, with a link to its plan row; not again the next run or day", () => {
    const rt = portfolio();
    const first = fillRows(
      rt,
      tabSpec('plan'),
      [
        { account: 'A80', approach: 'trust', method: 'site_visits', owner: 'Ann Smith', due: day(1), status: 'planned' },
        { account: 'A80', approach: 'risk', method: 'free_trial', due: day(1), status: 'done' },
        { account: 'A80', approach: 'service', method: 'fast_delivery', due: day(5), status: 'in_progress' },
      ],
      fill,
    );
    sendNow(rt);
    expect(logOf(rt, 'plan_due_soon').map((r) => `${r.recipient} ${r.account} ${r.due} ${r.status}`)).toEqual([
      'ann@example.com A80 2025-06-17 sent',
    ]);
    const ann = mailTo(rt, 'ann@example.com');
    expect(ann).toHaveLength(1);
    const body = ann[0]!.body;
    expect(body).toContain('- Relationship-plan step due: “Visits to our site” is due on 2025-06-17. Owner: Ann Smith.');
    const gid = rt.counter.uncounted(() => tabSheet(rt, tabSpec('plan')).getSheetId());
    expect(body).toMatch(new RegExp(`Open Relationship plan, row ${first}: https://\\S+#gid=${gid}&range=A${first}\\n`));
    expect(body).not.toMatch(/Free or discounted trial|Fast or just-in-time delivery/);
    // Nobody else hears of it.
    expect(rt.mail.outbox.filter((m) => m.body.includes('Visits to our site')).map((m) => m.to)).toEqual([['ann@example.com']]);

    sendNow(rt); // the same day again
    rt.clock.set(new Date(at9(day(1)))); // and on the due day
    sendNow(rt);
    expect(logOf(rt, 'plan_due_soon')).toHaveLength(1);
    expect(rt.mail.outbox.filter((m) => m.body.includes('Visits to our site'))).toHaveLength(1);
  });
});

describe('a client crossing 20 % of company revenue', () => {
  test("is told once to the account's supervisor, not again while over it, again after dropping out and crossing back", () => {
    const rt = portfolio({ settings: { company_revenue: 1000000 } });
    // X95 (cat's account, supervised by chief) at 25 %; Alpha at 15 % stays below.
    setAccountCell(rt, 'X95', 'annual_revenue', 250000);
    setAccountCell(rt, 'A80', 'annual_revenue', 150000);
    sendNow(rt);
    expect(logOf(rt, 'share_crossing').map((r) => `${r.recipient} ${r.account} ${r.status} ${r.key.split('|')[4]}`)).toEqual([
      'chief@example.com X95 sent w1',
    ]);
    const chief = mailTo(rt, 'chief@example.com');
    expect(chief).toHaveLength(1);
    expect(chief[0]!.subject).toBe('Key accounts to act on: 1 — Untitled spreadsheet');
    expect(chief[0]!.body).toContain(
      '- Client over a concentration threshold: Critical dependency: 25.0 % of company revenue. KAM: cat@example.com.',
    );
    expect(chief[0]!.body).toContain('Your action today: speak to cat@example.com and agree the next step for each account below.');
    // Not to the KAM, nor to the other supervisor.
    expect(rt.mail.outbox.filter((m) => m.body.includes('concentration threshold')).map((m) => m.to)).toEqual([['chief@example.com']]);

    // The next days, still over 20 %: nothing more.
    rt.clock.set(new Date(at9(day(1))));
    setAccountCell(rt, 'X95', 'annual_revenue', 300000);
    sendNow(rt);
    expect(mailTo(rt, 'chief@example.com')).toHaveLength(1);

    // Back below: the crossing ends (a 'cleared' row), nobody is mailed for that.
    rt.clock.set(new Date(at9(day(2))));
    setAccountCell(rt, 'X95', 'annual_revenue', 150000);
    sendNow(rt);
    expect(mailTo(rt, 'chief@example.com')).toHaveLength(1);
    expect(logOf(rt, 'share_crossing').map((r) => `${r.status} ${r.key.split('|')[4]}`)).toEqual(['sent w1', 'cleared w1']);

    // Over again: a new crossing, told once more.
    rt.clock.set(new Date(at9(day(3))));
    setAccountCell(rt, 'X95', 'annual_revenue', 260000);
    sendNow(rt);
    sendNow(rt);
    expect(mailTo(rt, 'chief@example.com')).toHaveLength(2);
    expect(logOf(rt, 'share_crossing').map((r) => `${r.status} ${r.key.split('|')[4]}`)).toEqual(['sent w1', 'cleared w1', 'sent w3']);
  });
});
