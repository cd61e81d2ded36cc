/**
 * Issue 9, "column and tab identity that survives damage": through the built
 * bundle, each kind of damage a user can do to the header or the tabs is
 * repaired in place, and Validate, the reminder preview and the daily run
 * read the same data before the damage, after it and after the repair (the
 * daily run once wrote 0 digests instead of its usual count after the
 * manager column's header was cleared).
 */
import { tabSpec } from '../../src/core/schema/tabs';
import { FIRST_DATA_ROW, HEADER_ROW, KEY_PREFIX, KEY_ROW } from '../../src/core/schema/types';
import { columnsOf, tabSheet } from '../../scripts/sample/fill';
import { ensureBundle } from '../bundle';
import { dailyTrigger, portfolio } from './reminders/reminders.helpers';
import type { Runtime } from '../runtime';
import { restoreBuilt } from '../builtOnce';

beforeAll(ensureBundle);

const ss = (rt: Runtime) => rt.counter.uncounted(() => rt.app.getActiveSpreadsheet());

/** What Validate and the preview report, as a user reads them off their tabs. */
function readings(rt: Runtime, moved?: { tab: string; by: number }): { problems: string[]; preview: string[] } {
  rt.run('kadValidate');
  rt.run('kadPreviewReminders');
  return rt.counter.uncounted(() => {
    const problems = (ss(rt).getSheetByName('Problems')?.getDataRange().getValues() ?? [])
      .slice(FIRST_DATA_ROW - 1)
      // The cell, without the tab's name: a renamed tab is named as it is now (asserted below).
      .map((r) => {
        // The field and row, without the tab's name (a renamed tab is named as it is now, asserted below) and
        // without the column letter (an inserted column moves the letters of the columns after it).
        const cell = String(r[2] ?? r[0]).replace(/^.*!/, '');
        const at = `${String(r[3])} ${cell.replace(/^[A-Z]+/, '')}`;
        // Rows that really moved (rows inserted above the header): compared at the row they came from.
        return moved && r[1] === moved.tab ? at.replace(/\d+$/, (n) => String(Number(n) - moved.by)) : at;
      });
    const preview = (ss(rt).getSheetByName('Reminder preview')?.getDataRange().getValues() ?? [])
      .filter((r) => /@example\.com$/.test(String(r[0])))
      .map((r) => `${r[0]} ${r[2]} ${r[3]}`);
    return { problems, preview };
  });
}

function dailyRunDigests(rt: Runtime): number {
  rt.run('kadRemindersOn');
  const before = rt.mail.outbox.length;
  rt.fireTimeTrigger(dailyTrigger(rt));
  return rt.mail.outbox.length - before;
}

let baseline: { readings: ReturnType<typeof readings>; digests: number } | undefined;

/**
 * The portfolio, as built, and what the readers see on it undamaged. That baseline is read once, on the
 * first test's portfolio, which is then put back as built: one build per file (builtOnce), not a second one.
 */
function undamaged(): { rt: Runtime; baseline: NonNullable<typeof baseline> } {
  const rt = portfolio();
  if (!baseline) {
    baseline = { readings: readings(rt), digests: dailyRunDigests(rt) };
    expect(baseline.digests).toBeGreaterThan(0);
    expect(baseline.readings.preview.length).toBeGreaterThan(0);
    restoreBuilt(rt);
  }
  return { rt, baseline };
}

const accounts = tabSpec('accounts');
const contacts = tabSpec('contacts');

/** An Accounts row's first cells and the look of its first one. */
const firstRowAt = (rt: Runtime, row: number) =>
  rt.counter.uncounted(() => {
    const sheet = tabSheet(rt, accounts);
    return {
      values: sheet.getRange(row, 1, 1, 3).getValues(),
      background: sheet.getRange(row, 1).getBackground(),
      weight: sheet.getRange(row, 1).getFontWeight(),
    };
  });

/**
 * What else a damage scenario shows, on the same workbook (one restore and one repair, not another): `before`
 * reads the undamaged workbook, `damaged` the damaged one after the readers' pass (what it returns goes on to
 * `repaired`, which runs right after the repair, given the repair's toast).
 */
interface Also<T = unknown> {
  readonly what: string;
  before?(rt: Runtime): T;
  damaged?(rt: Runtime, before: T): T;
  repaired?(rt: Runtime, before: T, toast: string): void;
}
const also = <T>(a: Also<T>): Also => a as Also;

/** [damage, do, whether readers see the same data even before a repair, rows that really moved, what else it shows] */
const DAMAGE: readonly [string, (rt: Runtime) => void, boolean?, { tab: string; by: number }?, Also?][] = [
  [
    "the manager column's header (hidden key and label) cleared",
    (rt) => {
      const col = columnsOf(rt, accounts)['manager_email'] as number;
      rt.counter.uncounted(() => tabSheet(rt, accounts).getRange(KEY_ROW, col, 2, 1).clearContent());
    },
    true,
    undefined,
    also({
      what: 'the header is restored in place, not as a new column, and the repair says so',
      before: (rt) => ({
        col: columnsOf(rt, accounts)['manager_email'] as number,
        width: rt.counter.uncounted(() => tabSheet(rt, accounts).getLastColumn()),
      }),
      repaired: (rt, { col, width }, toast) => {
        const sheet = tabSheet(rt, accounts);
        expect(rt.counter.uncounted(() => sheet.getRange(KEY_ROW, col, 2, 1).getValues())).toEqual([
          [`${KEY_PREFIX}manager_email`],
          ['Manager (KAM) e-mail'],
        ]);
        expect(rt.counter.uncounted(() => sheet.getLastColumn())).toBe(width);
        expect(toast).toContain('header restored in place: Accounts: manager_email');
      },
    }),
  ],
  [
    "the manager column's label renamed and its key cleared",
    (rt) => {
      const col = columnsOf(rt, accounts)['manager_email'] as number;
      rt.counter.uncounted(() =>
        tabSheet(rt, accounts)
          .getRange(KEY_ROW, col, 2, 1)
          .setValues([[''], ['KAM']]),
      );
    },
  ],
  [
    'the hidden key row deleted',
    (rt) => {
      rt.counter.uncounted(() => tabSheet(rt, accounts).deleteRow(KEY_ROW));
    },
    // Every row really moved up one: until the repair puts the key row back, messages name the moved rows.
    false,
    undefined,
    also({
      what: 'the key row is put back, the first data row stays data, unstyled and unprotected',
      before: (rt) =>
        rt.counter.uncounted(() => {
          const sheet = tabSheet(rt, accounts);
          return {
            first: sheet.getRange(FIRST_DATA_ROW, 1, 1, 3).getValues(),
            background: sheet.getRange(FIRST_DATA_ROW, 1).getBackground(),
          };
        }),
      repaired: (rt, { first, background }, toast) => {
        const sheet = tabSheet(rt, accounts);
        expect(rt.counter.uncounted(() => sheet.getRange(FIRST_DATA_ROW, 1, 1, 3).getValues())).toEqual(first);
        expect(rt.counter.uncounted(() => sheet.getRange(FIRST_DATA_ROW, 1).getBackground())).toBe(background);
        expect(rt.counter.uncounted(() => sheet.getRange(HEADER_ROW, 1).getValue())).toBe('Account id');
        expect(rt.counter.uncounted(() => sheet.isRowHiddenByUser(KEY_ROW))).toBe(true);
        const headerProtection = rt.spreadsheet
          .toWorkbookModel()
          .protections.filter((p) => p.sheet === 'Accounts' && p.description.startsWith('kad:accounts:header'));
        expect(headerProtection.map((p) => p.range)).toEqual([expect.stringMatching(/^A1:[A-Z]+2$/)]);
        expect(toast).toContain('hidden key row put back: Accounts');
      },
    }),
  ],
  [
    'a title row inserted above the header',
    (rt) => {
      rt.counter.uncounted(() => {
        const sheet = tabSheet(rt, accounts);
        sheet.insertRowBefore(KEY_ROW);
        sheet.getRange('A1').setValue('Key accounts 2026');
      });
    },
    true,
    // The Accounts rows really moved down one: messages name them where they are now.
    { tab: 'Accounts', by: 1 },
    also({
      what: 'the repair finds the header below the title, styles no data row, and says so',
      before: (rt) => firstRowAt(rt, FIRST_DATA_ROW),
      repaired: (rt, first, toast) => {
        expect(firstRowAt(rt, FIRST_DATA_ROW + 1)).toEqual(first); // the first data row, one lower, as it was
        expect(rt.counter.uncounted(() => tabSheet(rt, accounts).getRange('A1:A3').getValues())).toEqual([
          ['Key accounts 2026'],
          [`${KEY_PREFIX}account_id`],
          ['Account id'],
        ]);
        expect(toast).toContain('Accounts: header found on row 3, tab left as it is');
      },
    }),
  ],
  [
    'a column inserted before the manager column, and the manager header cleared',
    (rt) => {
      const sheet = tabSheet(rt, accounts);
      const col = columnsOf(rt, accounts)['manager_email'] as number;
      rt.counter.uncounted(() => {
        sheet.insertColumnBefore(col);
        sheet.getRange(KEY_ROW, col + 1, 2, 1).clearContent();
      });
    },
  ],
  [
    'Contacts renamed "Contacts 2024" and a new empty sheet named "Contacts"',
    (rt) => {
      rt.counter.uncounted(() => {
        tabSheet(rt, contacts).setName('Contacts 2024');
        ss(rt).insertSheet('Contacts');
      });
    },
    true,
    undefined,
    also<number>({
      what: 'the renamed data tab wins over the new empty one, and the repair adds nothing',
      damaged: (rt) => rt.counter.uncounted(() => ss(rt).getSheets().length),
      repaired: (rt, sheets) => {
        expect(rt.counter.uncounted(() => ss(rt).getSheets().length)).toBe(sheets);
        expect(rt.counter.uncounted(() => ss(rt).getSheetByName('Contacts')?.getLastRow())).toBe(0);
      },
    }),
  ],
  [
    'Accounts renamed',
    (rt) => {
      rt.counter.uncounted(() => tabSheet(rt, accounts).setName('Key clients'));
    },
    true,
    undefined,
    also({
      what: 'Problems name the renamed tab as it is named now',
      damaged: (rt, before) => {
        const refs = rt.counter
          .uncounted(() => ss(rt).getSheetByName('Problems')?.getDataRange().getValues() ?? [])
          .flat()
          .map(String);
        expect(refs.some((v) => v.includes("'Key clients'!"))).toBe(true);
        expect(refs.some((v) => v.includes("'Accounts'!"))).toBe(false);
        return before;
      },
    }),
  ],
  // The kinds of damage of the template suite (test/template.test.ts) that leave the data in place.
  [
    "the Contacts outcome header's label cleared (its hidden key kept)",
    (rt) => {
      const col = columnsOf(rt, contacts)['outcome'] as number;
      rt.counter.uncounted(() => tabSheet(rt, contacts).getRange(HEADER_ROW, col).clearContent());
    },
  ],
  [
    "a user's own column inserted among ours, with its own header",
    (rt) => {
      const col = columnsOf(rt, accounts)['manager_email'] as number;
      rt.counter.uncounted(() => {
        const sheet = tabSheet(rt, accounts);
        sheet.insertColumnBefore(col);
        sheet.getRange(HEADER_ROW, col).setValue('My notes');
        sheet.getRange(FIRST_DATA_ROW, col).setValue('call on Monday');
      });
    },
  ],
  [
    'the manager header renamed and the Contacts tab renamed',
    (rt) => {
      const col = columnsOf(rt, accounts)['manager_email'] as number;
      rt.counter.uncounted(() => {
        tabSheet(rt, accounts).getRange(HEADER_ROW, col).setValue('Our KAM');
        tabSheet(rt, contacts).setName('Talks');
      });
    },
  ],
  [
    'an empty column deleted (the executive sponsor)',
    (rt) => {
      const col = columnsOf(rt, accounts)['executive_sponsor'] as number;
      rt.counter.uncounted(() => tabSheet(rt, accounts).deleteColumn(col));
    },
    // Until the repair puts the column back (at the right edge), Validate says it is missing.
    false,
  ],
  [
    'an empty tab deleted (Relationship plan)',
    (rt) => {
      rt.counter.uncounted(() => ss(rt).deleteSheet(tabSheet(rt, tabSpec('plan'))));
    },
  ],
];

describe('repair reconnects what damage disconnected', () => {
  test.each(DAMAGE.map(([name, ...rest]) => [rest[3] ? `${name}; ${rest[3].what}` : name, ...rest] as const))(
    '%s: Validate, preview and the daily run read the same data as before, after repair',
    (_name, damage, beforeRepair = true, moved, more) => {
      const { rt, baseline } = undamaged();
      let seen = more?.before?.(rt);
      damage(rt);
      // Readers find the data without a repair, through the column and tab metadata.
      if (beforeRepair) expect(readings(rt, moved)).toEqual(baseline.readings);
      if (more?.damaged) seen = more.damaged(rt, seen);
      rt.run('kadCreateOrRepair');
      more?.repaired?.(rt, seen, String(rt.ui.toasts.at(-1)?.message));
      expect(readings(rt, moved)).toEqual(baseline.readings);
      expect(dailyRunDigests(rt)).toBe(baseline.digests);
    },
  );

  test('Settings renamed: the highlight rules read the setting from the renamed tab once repaired (its default until then)', () => {
    const { rt, baseline } = undamaged();
    const rules = () =>
      rt.counter.uncounted(() =>
        (tabSheet(rt, tabSpec('decisionGroup')).getConditionalFormatRules() ?? []).map((r) =>
          String(r.getBooleanCondition()?.getCriteriaValues()[0]),
        ),
      );
    expect(rules().join(' ')).toMatch(/IFERROR\(N\(INDIRECT\("'Settings'!\$C\$\d+"\)\),90\)/);
    rt.counter.uncounted(() => tabSheet(rt, tabSpec('settings')).setName('Options'));
    expect(readings(rt)).toEqual(baseline.readings); // found by its metadata, before and after the repair
    rt.run('kadCreateOrRepair');
    expect(rules().join(' ')).toMatch(/INDIRECT\("'Options'!\$C\$\d+"\)/);
    expect(readings(rt)).toEqual(baseline.readings);
  });
});
