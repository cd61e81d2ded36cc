/**
 * What the home sidebar shows, from three batched reads whatever the
 * dossier's size: the Settings tab, the Accounts tab and the document
 * properties (reminder owner and last run, the markers left by "Re-apply
 * risk colours" and "Check access").
 */
import { cellA1, quoteSheet } from '../../core/a1';
import type { Lang } from '../../core/i18n';
import { fill } from '../../core/i18n';
import type { CheckItem, UnusableAddress } from '../../core/home/checklist';
import { checklist } from '../../core/home/checklist';
import type { FormField } from '../../core/home/forms';
import { accountFields, settingFields } from '../../core/home/forms';
import { renderIssue } from '../../core/messages';
import { parseTab, str } from '../../core/parse/parseTab';
import { paletteMarker, paletteOf } from '../../core/risk/palette';
import { tabSpec } from '../../core/schema/tabs';
import { parseSettingsChecked } from '../../core/settingsValues';
import { peopleMarker } from '../../core/team/access';
import { civilOf } from '../../sheets/dates';
import type { TableData } from '../../sheets/table';
import { findTable } from '../../sheets/table';
import type { Env } from '../env';
import { STATUS } from '../reminders/messages';
import { statusLines, storedLastRun } from '../reminders/status';
import { OWNER_PROPERTY } from '../reminders/triggers';
import { RISK_MARKER } from '../risk/entry';
import type { AccessChecked } from '../team/access';
import { ACCESS_MARKER, accessAccounts } from '../team/access';
import { homeWords } from './texts';

export interface HomeData {
  readonly lang: Lang;
  readonly zone: string;
  /** The Settings and Accounts tabs exist (otherwise only "Create or repair dossier" is offered). */
  readonly ready: boolean;
  readonly checks: readonly CheckItem[];
  readonly remindersOn: boolean;
  /** The reminder status block's lines (label, value), as the Settings tab shows them. */
  readonly status: readonly (readonly [string, string])[];
  /** Where the test digest goes ('' when Google withholds the address). */
  readonly me: string;
  readonly settings: readonly FormField[];
  readonly account: readonly FormField[];
}

function parseJson<T>(s: string | undefined): T | null {
  try {
    return s ? (JSON.parse(s) as T) : null;
  } catch (_e) {
    return null;
  }
}

/** Each setting's value cell as read, by key (the first row of a key wins, as the parser does). */
export function settingCells(t: TableData): Map<string, { index: number; raw: unknown }> {
  const keyCol = (t.columnOf['setting_key'] ?? 0) - 1;
  const valueCol = (t.columnOf['value'] ?? 0) - 1;
  const out = new Map<string, { index: number; raw: unknown }>();
  if (keyCol < 0 || valueCol < 0) return out;
  t.rows.forEach((cells, index) => {
    const key = String(cells[keyCol] ?? '').trim();
    if (key !== '' && !out.has(key)) out.set(key, { index, raw: cells[valueCol] });
  });
  return out;
}

export function homeData(env: Env): HomeData {
  const L = env.lang;
  const ss = env.spreadsheet;
  const settingsTable = findTable(ss, tabSpec('settings'));
  const accountsTable = findTable(ss, tabSpec('accounts'));
  const props = env.documentProperties().all();
  const { t } = homeWords(env);

  const parsedSettings = settingsTable
    ? parseSettingsChecked(settingsTable.rows, settingsTable.columnOf, settingsTable.firstRow)
    : parseSettingsChecked([], {});
  const settings = parsedSettings.settings;
  const cells = settingsTable ? settingCells(settingsTable) : new Map<string, { index: number; raw: unknown }>();
  const rowKey = new Map([...cells].map(([key, c]) => [(settingsTable?.firstRow ?? 0) + c.index, key]));
  const errors = new Map<string, string>();
  for (const issue of parsedSettings.issues) {
    const key = rowKey.get(issue.row);
    if (!key || errors.has(key)) continue;
    const r = renderIssue(issue, L, settingsTable?.columnOf, { settings: settingsTable?.sheet.getName() ?? '' });
    errors.set(key, `${r.message} ${r.hint}`);
  }

  const spec = tabSpec('accounts');
  const parsed = accountsTable
    ? parseTab(spec, accountsTable.rows, {
        columnOf: accountsTable.columnOf,
        civilOf: (d) => civilOf(d, env.timeZone),
        firstRow: accountsTable.firstRow,
      }).rows
    : [];
  const withId = parsed.filter((r) => (str(r, 'account_id') ?? '') !== '');
  const accountsName = accountsTable?.sheet.getName() ?? spec.name[L];
  const unusable: UnusableAddress[] = [];
  for (const r of withId) {
    if (str(r, 'status') === 'closed') continue; // a closed account gets no reminders: its people do not matter here
    for (const key of ['manager_email', 'supervisor_email'] as const) {
      if (str(r, key) !== null) continue;
      const col = accountsTable?.columnOf[key] ?? 0;
      unusable.push({
        ref: `${quoteSheet(accountsName)}!${cellA1(r.row, col)}`,
        field: spec.columns.find((c) => c.key === key)?.label[L] ?? key,
      });
    }
  }

  const owner = props[OWNER_PROPERTY] ?? null;
  const last = storedLastRun(props);
  const ready = settingsTable !== null && accountsTable !== null;
  const checks = checklist({
    dossier: ready,
    revenue: settings.company_revenue,
    currency: settings.currency,
    accounts: withId.length,
    unusable,
    coloursApplied: props[RISK_MARKER] ?? null,
    coloursNow: paletteMarker(paletteOf(settings)),
    remindersOwner: owner,
    reminderWhen: fill(STATUS.hourValue[L], { hour: settings.reminder_hour, zone: env.timeZone }),
    access: parseJson<AccessChecked>(props[ACCESS_MARKER]),
    peopleNow: peopleMarker(accessAccounts(parsed)),
  });
  let me = '';
  try {
    me = env.activeUser();
  } catch (_e) {
    me = ''; // the sidebar says the test cannot be sent rather than failing to open
  }
  return {
    lang: L,
    zone: env.timeZone,
    ready,
    checks,
    remindersOn: owner !== null,
    // The block's lines without its heading (the sidebar has its own).
    status: ready ? statusLines(env, settings, owner, last).slice(1) : [],
    me,
    settings: settingFields(
      L,
      (key) => cells.get(key)?.raw,
      (key) => errors.get(key) ?? (settingsTable && !cells.has(key) ? t('noRow') : ''),
      { reminder_hour: ` (${env.timeZone})` },
    ),
    account: accountFields(L),
  };
}
