/**
 * Issue 9, "views protect themselves" and the Dossier view's content,
 * through the built bundle: generated tabs are protected warning-only except
 * the account picker, a repair keeps what a user typed into a view, and the
 * view shows one account's dossier (contacts newest first).
 */
import { ensureBundle } from './bundle';
import { portfolio } from './reminders.helpers';
import type { Runtime } from './runtime';

beforeAll(ensureBundle);

const view = (rt: Runtime) =>
  rt.counter.uncounted(() => {
    const s = rt.app.getActiveSpreadsheet().getSheetByName('Dossier view');
    if (!s) throw new Error('no Dossier view');
    return s;
  });

describe('generated tabs', () => {
  test('Dossier view, Portfolio, Problems, Notices log and Reminder preview are protected warning-only; the picker is open', () => {
    const rt = portfolio();
    rt.run('kadPreviewReminders');
    const sheetProtections = rt.spreadsheet.toWorkbookModel().protections.filter((p) => p.type === 'SHEET');
    expect(sheetProtections.map((p) => [p.sheet, p.warningOnly]).sort()).toEqual(
      ['Dossier view', 'Notices log', 'Portfolio', 'Problems', 'Reminder preview'].map((n) => [n, true]),
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
    expect(rt.ui.toasts.at(-1)?.message).toContain('your text on the Dossier view kept as it is: E1');
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
