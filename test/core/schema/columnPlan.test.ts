/** The blocks a tab writes (src/core/schema/columnPlan.ts): one write per format value, runs of adjacent columns. */
import { adjacentRuns, columnPlan, runsByValue, sameValueRuns, widthRuns } from '../../../src/core/schema/columnPlan';
import { tabSpec } from '../../../src/core/schema/tabs';

const inOrder = (tab: Parameters<typeof tabSpec>[0]): Record<string, number> =>
  Object.fromEntries(tabSpec(tab).columns.map((c, i) => [c.key, i + 1]));

describe('runs of adjacent columns', () => {
  test('adjacent columns form one run, a gap starts another; order and duplicates do not matter', () => {
    expect(adjacentRuns([5, 1, 2, 3, 3, 7, 6])).toEqual([
      { first: 1, count: 3 },
      { first: 5, count: 3 },
    ]);
    expect(adjacentRuns([])).toEqual([]);
  });

  test('one group per value, with its runs; columns without a value are left out', () => {
    const cells = [
      { col: 1, value: '@' },
      { col: 2, value: '@' },
      { col: 3, value: '0' },
      { col: 4, value: null },
      { col: 5, value: '@' },
    ];
    expect(runsByValue(cells)).toEqual([
      {
        value: '@',
        runs: [
          { first: 1, count: 2 },
          { first: 5, count: 1 },
        ],
      },
      { value: '0', runs: [{ first: 3, count: 1 }] },
    ]);
  });

  test('equal neighbours share a run; the same value after another one starts a new run', () => {
    const widths = [100, 200, 200, 100].map((value, i) => ({ col: i + 1, value }));
    expect(sameValueRuns(widths).map((r) => [r.value, r.run.first, r.run.count])).toEqual([
      [100, 1, 1],
      [200, 2, 2],
      [100, 4, 1],
    ]);
  });
});

describe('a tab’s plan', () => {
  test('Accounts in schema order: one header run, a write per format value, a rule per validated column', () => {
    const plan = columnPlan(tabSpec('accounts'), inOrder('accounts'));
    expect(plan.headerRuns).toEqual([{ first: 1, count: tabSpec('accounts').columns.length }]);
    expect(plan.formats.map((f) => f.value).sort()).toEqual(['#,##0', '0.0%', '@', 'yyyy-mm-dd']);
    expect(plan.validated.map((v) => v.spec.key)).toEqual([
      'key_type',
      'manager_email',
      'supervisor_email',
      'annual_revenue',
      'category_budget',
      'opportunity_next_year',
      'opportunity_3_5_years',
      'last_review',
      'status',
      'revenue_target',
      'sow_target',
    ]);
    expect(plan.computed.map((c) => c.spec.key)).toEqual([
      'revenue_share',
      'risk_band',
      'next_review_due',
      'share_of_wallet',
      'revenue_vs_target',
      'sow_vs_target',
    ]);
    // Share and band sit side by side: one formula write for both; each other computed column stands alone.
    expect(plan.formulaRuns).toEqual([
      { first: 8, count: 2 },
      { first: 14, count: 1 },
      { first: 16, count: 1 },
      { first: 18, count: 1 },
      { first: 20, count: 1 },
    ]);
  });

  test('a user column inserted among ours splits the header into two runs, never written over', () => {
    const columnOf = Object.fromEntries(Object.entries(inOrder('contacts')).map(([k, c]) => [k, c >= 4 ? c + 1 : c]));
    expect(columnPlan(tabSpec('contacts'), columnOf).headerRuns).toEqual([
      { first: 1, count: 3 },
      { first: 5, count: tabSpec('contacts').columns.length - 3 },
    ]);
  });

  test('Settings rows are typed per row: no column formats, rules or wrapping; output tabs get no rules', () => {
    const settings = columnPlan(tabSpec('settings'), inOrder('settings'));
    expect([settings.formats, settings.wraps, settings.validated]).toEqual([[], [], []]);
    expect(columnPlan(tabSpec('problems'), inOrder('problems')).validated).toEqual([]);
  });

  test('widths of placed columns come in runs of equal width', () => {
    const spec = tabSpec('general');
    const runs = widthRuns(spec.columns.map((c, i) => ({ spec: c, col: i + 1 })));
    expect(runs.reduce((n, r) => n + r.run.count, 0)).toBe(spec.columns.length);
    expect(runs.length).toBeLessThan(spec.columns.length);
  });
});
