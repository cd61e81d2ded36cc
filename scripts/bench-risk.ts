/**
 * Service calls made by "Re-apply risk colours" at 10 and 10,000 accounts,
 * through the built bundle in the local runtime (run `npm run build` first;
 * scripts/bench.ts does). The two counts must be equal: rules and the
 * Portfolio panel are written per range, never per row.
 */
import { createProductRuntime } from '../test/productRuntime';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function callsToApply(accounts: number, maxRows: number): { total: number; calls: Record<string, number> } {
  const rt = createProductRuntime({ now: '2025-03-10T08:00:00Z', timeZone: 'Europe/Vilnius', locale: 'en_US' }).load();
  try {
    rt.run('kadCreateOrRepair');
  } catch (e) {
    // The repair's other steps may still be incomplete; the risk step is what is measured.
    if (!/not implemented/.test(String(e))) throw e;
  }
  const ss = rt.app.getActiveSpreadsheet();
  ss.getRangeByName('KAD_COMPANY_REVENUE')?.setValue(accounts * 20_000);
  const sheet = ss.getSheetByName('Accounts') as Sheet;
  // Same sheet size for every run: only the number of filled rows differs.
  if (sheet.getMaxRows() < maxRows) sheet.insertRowsAfter(sheet.getMaxRows(), maxRows - sheet.getMaxRows());
  const keys = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] as unknown[];
  const col = (k: string) => keys.indexOf(`kad:${k}`) + 1;
  const fill = (k: string, f: (i: number) => unknown) =>
    sheet.getRange(3, col(k), accounts, 1).setValues(Array.from({ length: accounts }, (_, i) => [f(i)]));
  fill('account_id', (i) => `A${i}`);
  fill('name', (i) => `Client ${i}`);
  fill('key_type', () => 'Revenue');
  fill('manager_email', (i) => `kam${i % 400}@example.com`);
  fill('annual_revenue', (i) => 1000 + ((i * 7919) % 50_000));
  const m = rt.counter.measure(() => rt.run('kadApplyRisk'));
  return { total: m.total, calls: m.calls };
}

export async function benchRisk(): Promise<string[]> {
  const maxRows = 10_002 + 10;
  const small = callsToApply(10, maxRows);
  const large = callsToApply(10_000, maxRows);
  const same = JSON.stringify(small.calls) === JSON.stringify(large.calls);
  return [
    `risk: service calls to apply colours and the Portfolio panel, 10 accounts: ${small.total}`,
    `risk: service calls to apply colours and the Portfolio panel, 10,000 accounts: ${large.total}${same ? ' (identical by method)' : ' (DIFFERS by method)'}`,
  ];
}

if (require.main === module) {
  benchRisk().then((lines) => lines.forEach((l) => console.log(l)));
}
