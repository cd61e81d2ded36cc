/**
 * Issue 14 through the built bundle: the plan's method dropdown follows its approach (runtime data validation
 * evaluated), share of wallet, targets and benefit per cost computed by the sheet's formulas equal the core's
 * values, the help sidebar opens in the sheet's language, and a promise due tomorrow produces one reminder to
 * the account's manager through the ledger (sent once). The rule cases run in test/core/validation.test.ts and,
 * end to end, in test/validation.test.ts.
 */
import { APPROACH_METHODS, APPROACHES } from '../src/core/domain';
import { benefitPerCost, planPriorities } from '../src/core/planValue';
import { tabSpec } from '../src/core/schema/tabs';
import type { TabKey } from '../src/core/schema/types';
import { FIRST_DATA_ROW } from '../src/core/schema/types';
import { revenueVsTarget, shareOfWallet, sowVsTarget } from '../src/core/wallet';
import { cellA1 } from '../src/core/a1';
import { zonedDate } from '../scripts/sample/sheetValues';
import { ensureBundle } from './bundle';
import { goodDossier, TODAY, withExtra } from './core/validation/validation.fixture';
import type { Runtime } from './runtime';
import { createProductRuntime } from './productRuntime';
import { sendNow } from './app/reminders/reminders.helpers';
import { harness, typeDossier, typeRows } from './app/validation/validation.helpers';

const TZ = 'Europe/Vilnius';
beforeAll(ensureBundle);

function fresh(locale = 'en_US'): Runtime {
  const rt = createProductRuntime({ now: zonedDate(TODAY, TZ, 10), timeZone: TZ, locale }).load();
  rt.run('kadCreateOrRepair');
  return rt;
}

interface Dropdowns {
  dropdownOptions(sheet: string, a1: string): string[] | null;
}
const dropdown = (rt: Runtime, tab: TabKey, row: number, key: string, lang: 'en' | 'ru' = 'en'): string[] | null =>
  (rt.spreadsheet as unknown as Dropdowns).dropdownOptions(tabSpec(tab).name[lang], a1Of(tab, row, key));
const a1Of = (tab: TabKey, row: number, key: string): string => cellA1(row, tabSpec(tab).columns.findIndex((c) => c.key === key) + 1);
/** A cell's computed value as the sheet shows it. */
const valueAt = (rt: Runtime, tab: TabKey, row: number, key: string): unknown =>
  rt.counter.uncounted(() =>
    rt.app
      .getActiveSpreadsheet()
      .getSheetByName(tabSpec(tab).name.en)!
      .getRange(a1Of(tab, row, key))
      .getValue(),
  );
const labels = (approach: string, lang: 'en' | 'ru' = 'en') => (APPROACH_METHODS[approach] ?? []).map((m) => m.label[lang]);

describe('the relationship plan: methods per approach', () => {
  it('the method dropdown offers only the chosen approach’s methods, and follows a change of approach as you type', () => {
    const rt = fresh();
    typeDossier(rt, goodDossier());
    const row = FIRST_DATA_ROW;
    // A repair points each row at its approach's list (set-up typing fires no onEdit).
    rt.run('kadCreateOrRepair');
    expect(dropdown(rt, 'plan', row, 'method')).toEqual(labels('trust'));
    // The user picks another approach: onEdit re-points that row's method list.
    rt.edit(tabSpec('plan').name.en, a1Of('plan', row, 'approach'), [[APPROACHES.find((a) => a.key === 'risk')!.label.en]]);
    expect(dropdown(rt, 'plan', row, 'method')).toEqual(labels('risk'));
    expect(dropdown(rt, 'plan', row, 'method')).not.toContain(labels('trust')[0]);
    // A row without an approach offers every method; other rows keep their own list.
    expect(dropdown(rt, 'plan', row + 5, 'method')).toEqual(APPROACHES.flatMap((a) => labels(a.key)));
    // A method of the chosen approach passes the sheet's own validation; one of another approach does not.
    const check = (rt.spreadsheet as unknown as { checkValidation(s: string, a1: string): { valid: boolean } }).checkValidation;
    harness(rt).userEdit(tabSpec('plan').name.en, a1Of('plan', row, 'method'), [[labels('risk')[1]]]);
    expect(check.call(rt.spreadsheet, tabSpec('plan').name.en, a1Of('plan', row, 'method')).valid).toBe(true);
    harness(rt).userEdit(tabSpec('plan').name.en, a1Of('plan', row, 'method'), [[labels('trust')[0]]]);
    expect(check.call(rt.spreadsheet, tabSpec('plan').name.en, a1Of('plan', row, 'method')).valid).toBe(false);
  });

  it('speaks the sheet’s language: a Russian sheet offers the Russian methods', () => {
    const rt = fresh('ru_RU');
    rt.edit(tabSpec('plan').name.ru, a1Of('plan', FIRST_DATA_ROW, 'approach'), [[APPROACHES.find((a) => a.key === 'service')!.label.ru]]);
    expect(dropdown(rt, 'plan', FIRST_DATA_ROW, 'method', 'ru')).toEqual(labels('service', 'ru'));
  });
});

describe('share of wallet, targets and benefit per cost: the sheet’s formulas equal the core', () => {
  it('computes what the core computes, row by row', () => {
    const rt = fresh();
    // Settings keep their defaults but the hour cost (its named range, as the formulas read it).
    rt.counter.uncounted(() => rt.app.getActiveSpreadsheet().getRangeByName('KAD_MANAGER_HOUR_COST')!.setValue(50));
    const accounts = [
      {
        account_id: 'ACME',
        name: 'Acme',
        key_type: 'Revenue',
        manager_email: 'kam@ours.com',
        supervisor_email: 'boss@ours.com',
        annual_revenue: 120000,
        category_budget: 500000,
        revenue_target: 150000,
        sow_target: 0.3,
        status: 'Active',
      },
      {
        account_id: 'BETA',
        name: 'Beta',
        key_type: 'Prospective',
        manager_email: 'kam@ours.com',
        supervisor_email: 'boss@ours.com',
        annual_revenue: 0,
        category_budget: 800000,
        status: 'Active',
      },
      {
        account_id: 'GAMA',
        name: 'Gama',
        key_type: 'Revenue',
        manager_email: 'kam@ours.com',
        supervisor_email: 'boss@ours.com',
        annual_revenue: 90000,
        revenue_target: 60000,
        status: 'Active',
      },
    ];
    typeRows(rt, 'accounts', accounts);
    accounts.forEach((a, i) => {
      const row = FIRST_DATA_ROW + i;
      const sow = shareOfWallet(a.annual_revenue, a.category_budget ?? null);
      const cell = (k: string) => valueAt(rt, 'accounts', row, k);
      const same = (got: unknown, want: number | null) => (want === null ? expect(got).toBe('') : expect(got).toBeCloseTo(want, 12));
      same(cell('share_of_wallet'), sow);
      same(cell('revenue_vs_target'), revenueVsTarget(a.annual_revenue, a.revenue_target ?? null));
      same(cell('sow_vs_target'), sowVsTarget(sow, a.sow_target ?? null));
    });
    const plan = [
      { account: 'ACME', approach: 'Personal trust', cost: 1000, benefit: 5000, cost_hours: 10, status: 'Planned' },
      { account: 'ACME', approach: 'Risk reduction', cost: 4000, benefit: 9000, cost_hours: 0, status: 'In progress' },
      { account: 'ACME', approach: 'Service levels', cost: 200, benefit: 9000, status: 'Done' },
      { account: 'GAMA', approach: 'Personal trust', benefit: 3000, cost_hours: 20, status: 'Planned' },
      { account: 'GAMA', approach: 'Personal trust', benefit: 3000, status: 'Planned' },
    ];
    typeRows(rt, 'plan', plan);
    const core = plan.map((p) => ({
      account: p.account,
      benefit: p.benefit,
      cost: p.cost ?? null,
      hours: p.cost_hours ?? null,
      status: { Planned: 'planned', 'In progress': 'in_progress', Done: 'done' }[p.status] ?? null,
    }));
    const ranks = planPriorities(core, 50);
    expect(ranks).toEqual([1, 2, null, 1, null]);
    core.forEach((p, i) => {
      const row = FIRST_DATA_ROW + i;
      const want = benefitPerCost(p, 50);
      const got = valueAt(rt, 'plan', row, 'benefit_per_cost');
      if (want === null) expect(got).toBe('');
      else expect(got).toBeCloseTo(want, 12);
      expect(valueAt(rt, 'plan', row, 'priority')).toBe(ranks[i] ?? '');
    });
  });
});

describe('promises to the client feed the reminders', () => {
  it('a commitment due tomorrow produces one reminder to the account’s manager, sent once', () => {
    const rt = fresh();
    const tomorrow = '2026-03-11';
    typeDossier(
      rt,
      withExtra(
        goodDossier(),
        'commitments',
        { account: 'ACME', what: 'Send the signed price list', to_whom: 'Ann Boss', due: tomorrow },
        {
          account: 'ACME',
          what: 'Kept promise',
          due: '2026-03-05',
          done: '2026-03-04',
        },
      ),
    );
    rt.mail.reset();
    sendNow(rt);
    const toManager = rt.mail.outbox.filter((m) => m.to.includes('kam@ours.com'));
    expect(toManager).toHaveLength(1);
    const body = toManager[0]!.body;
    expect(body).toContain(`Promised “Send the signed price list” by ${tomorrow}.`);
    expect(body).not.toContain('Kept promise');
    expect(rt.mail.outbox.filter((m) => m.body.includes('Send the signed price list'))).toHaveLength(1);
    // The ledger keeps it: a second run the same day sends nothing again.
    const sent = rt.mail.outbox.length;
    sendNow(rt);
    expect(rt.mail.outbox.length).toBe(sent);
  });
});

describe('Do and don’t', () => {
  it('opens as a sidebar in the sheet’s language', () => {
    const rt = fresh('lt_LT');
    rt.run('kadShowHelp');
    const bar = rt.ui.sidebars.at(-1)!;
    expect(bar.title).toBe('Ką daryti ir ko vengti');
    expect(bar.html).toContain("section[lang='lt']");
    expect(bar.html).toContain('Žadėkite tik tai, ką galite įvykdyti');
  });
});
