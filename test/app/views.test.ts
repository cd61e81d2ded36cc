/**
 * Issue 9, "views protect themselves" and the Dossier view's content,
 * through the built bundle: generated tabs are protected warning-only except
 * the account picker, a repair keeps what a user typed into a view, and the
 * view shows one account's dossier (contacts newest first).
 */
import { CHART_SIZE } from '../../src/app/risk/portfolio';
import { ensureBundle } from '../bundle';
import { createProductRuntime } from '../productRuntime';
import { portfolio } from './reminders/reminders.helpers';
import type { Runtime } from '../runtime';

beforeAll(ensureBundle);

const tab = (rt: Runtime, name: string) =>
  rt.counter.uncounted(() => {
    const s = rt.app.getActiveSpreadsheet().getSheetByName(name);
    if (!s) throw new Error(`no ${name}`);
    return s;
  });

const view = (rt: Runtime) =>
  rt.counter.uncounted(() => {
    const s = rt.app.getActiveSpreadsheet().getSheetByName('Dossier view');
    if (!s) throw new Error('no Dossier view');
    return s;
  });

describe('generated tabs', () => {
  test('Dossier view, the method Lists, Portfolio, Problems, Notices log, Reminder preview and Review snapshots are protected warning-only; the picker is open', () => {
    const rt = portfolio();
    rt.run('kadPreviewReminders');
    const sheetProtections = rt.spreadsheet.toWorkbookModel().protections.filter((p) => p.type === 'SHEET');
    expect(sheetProtections.map((p) => [p.sheet, p.warningOnly]).sort()).toEqual(
      ['Dossier view', 'Lists', 'Notices log', 'Portfolio', 'Problems', 'Reminder preview', 'Review snapshots'].map((n) => [n, true]),
    );
    const unprotected = rt.counter.uncounted(() =>
      view(rt)
        .getProtections(rt.app.ProtectionType.SHEET)[0]
        ?.getUnprotectedRanges()
        .map((r) => r.getA1Notation()),
    );
    expect(unprotected).toEqual(['B2']);
  });

  test('text typed into a blank cell of the Dossier view survives a repair, which says where it is', () => {
    const rt = portfolio();
    rt.counter.uncounted(() => view(rt).getRange('E1').setValue('call Olga first'));
    rt.run('kadCreateOrRepair');
    expect(rt.counter.uncounted(() => view(rt).getRange('E1').getValue())).toBe('call Olga first');
    expect(rt.ui.toasts.at(-1)?.message).toContain("your text kept as it is: 'Dossier view'!E1");
    rt.run('kadCreateOrRepair'); // and again: still kept, nothing piles up
    expect(rt.counter.uncounted(() => view(rt).getRange('E1').getValue())).toBe('call Olga first');
  });

  test("the Dossier view shows one account's dossier once picked, contacts newest first by date", () => {
    const rt = portfolio({
      contacts: [
        // Logged out of order: the newer contact sits in the upper row.
        { account: 'A80', date: '2025-06-11', channel: 'call', outcome: 'negative', summary: 'Newer talk' },
        { account: 'B89', date: '2025-06-10', channel: 'call', outcome: 'neutral', summary: 'Not A80' },
        { account: 'A80', date: '2025-06-01', channel: 'meeting', outcome: 'positive', summary: 'Older talk' },
      ],
    });
    const rows = rt.counter.uncounted(() => {
      view(rt).getRange('B2').setValue('A80');
      return view(rt).getDataRange().getDisplayValues();
    });
    const line = (label: string) => rows.find((r) => r[0] === label)?.[1];
    expect(line('Client name')).toBe('Alpha');
    expect(line('Manager (KAM) e-mail')).toBe('ann@example.com');
    expect(line('Status')).toBe('Active');
    const summaries = rows.flat().filter((v) => /talk$/.test(v) || v === 'Not A80');
    expect(summaries).toEqual(['Newer talk', 'Older talk']);
    const contactsHead = rows.findIndex((r) => r[0] === 'Contacts');
    expect(rows[contactsHead]?.[1]).toBe('2 lines');
  });
});

describe('layout (issue 9 item 6)', () => {
  test('a Dossier view with no accounts says what to do; the title and picker rows stay frozen', () => {
    const rt = createProductRuntime({ timeZone: 'Europe/Vilnius', locale: 'en_GB' }).load();
    rt.run('kadCreateOrRepair');
    const v = view(rt);
    const hint = () => rt.counter.uncounted(() => v.getRange('C2').getDisplayValue());
    expect(hint()).toBe('No accounts yet: add one on the Accounts tab.');
    expect(rt.counter.uncounted(() => v.getFrozenRows())).toBe(2);
    rt.counter.uncounted(() => tab(rt, 'Accounts').getRange('A3').setValue('ACME'));
    expect(hint()).toBe('← pick an account id; everything below is computed from the other tabs.');
  });
});

describe('the Portfolio (one runtime)', () => {
  let rt: Runtime;
  beforeAll(() => {
    rt = portfolio();
  });

  test('the Portfolio chart sits beside the measures, on screen at 1366 px, over no panel cell', () => {
    const p = tab(rt, 'Portfolio');
    const { chart, widths, covered } = rt.counter.uncounted(() => {
      const c = p.getCharts()[0] as GoogleAppsScript.Spreadsheet.EmbeddedChart;
      const info = c.getContainerInfo();
      const col = info.getAnchorColumn();
      const row = info.getAnchorRow();
      const widths = Array.from({ length: col - 1 }, (_, i) => p.getColumnWidth(i + 1));
      // Default row height 21 px: the rows and columns the chart's box spans.
      let right = col;
      for (let w = CHART_SIZE.width; w > 0; right++) w -= p.getColumnWidth(right);
      const rows = Math.ceil(CHART_SIZE.height / 21);
      return {
        chart: { col, row, x: info.getOffsetX() },
        widths,
        covered: p
          .getRange(row, col, rows, right - col)
          .getDisplayValues()
          .flat(),
      };
    });
    const left = widths.reduce((a, b) => a + b, 0) + chart.x;
    expect(chart.row).toBeLessThanOrEqual(4); // beside the measures, which start on row 4
    expect(left).toBeGreaterThanOrEqual(widths.slice(0, 3).reduce((a, b) => a + b, 0)); // right of the measure columns A-C
    expect(left + CHART_SIZE.width).toBeLessThanOrEqual(1366 - 80); // row numbers and scroll bar take the rest
    expect(covered.filter((v) => v !== '')).toEqual([]);
  });

  test('text typed into a blank cell of the Portfolio survives a repair, which says where it is', () => {
    const p = tab(rt, 'Portfolio');
    rt.counter.uncounted(() => p.getRange('D2').setValue('ask finance for the 2026 figure'));
    rt.run('kadCreateOrRepair');
    expect(rt.counter.uncounted(() => p.getRange('D2').getValue())).toBe('ask finance for the 2026 figure');
    expect(rt.ui.toasts.at(-1)?.message).toContain("your text kept as it is: 'Portfolio'!D2");
    // The manager list's spill is the panel's own, not typing: it is not reported.
    expect(rt.ui.toasts.at(-1)?.message).not.toMatch(/F5|G5/);
  });
});
