/**
 * Every rule beyond a cell's type, over the whole dossier. Row rules run on
 * each row; the rest compare rows and tabs. Thresholds come from Settings.
 * Each cross-row rule declares what it reads and which cells it can mark, so
 * "as you type" (app/validation/handleEdit.ts, editScope.ts) reads only the
 * tables an edit's rules need and re-marks only the cells they may change.
 */
import type { Issue } from '../parse/issue';
import type { SettingKey } from '../schema/settings';
import { INPUT_TABS } from '../schema/tabs';
import type { TabKey } from '../schema/types';
import type { RuleInput } from './context';
import { contactsInPause } from './contacts';
import { competitorRegister } from './competitors';
import { decisionGroupCoverage, staleAttitudes } from './decisionGroup';
import { managerWorkload, uniqueColumns, unknownAccounts } from './references';
import { rowRules } from './rowRules';
import { accountChecks, contactsTooOften, negativeDeciders, staleCompetitors } from './depth';

export type { RuleInput } from './context';
export { rowRules } from './rowRules';

/** Columns per tab. */
export type TabColumns = Partial<Readonly<Record<TabKey, readonly string[]>>>;

export interface CrossRowRule {
  readonly run: (input: RuleInput) => Issue[];
  /** Columns whose values the rule reads (Accounts' id and status: which accounts are open). */
  readonly reads: TabColumns;
  readonly settings: readonly SettingKey[];
  /** Cells the rule can put an issue on. */
  readonly marks: TabColumns;
}

const OPEN: readonly string[] = ['account_id', 'status'];
const UNIQUE: TabColumns = Object.fromEntries(
  INPUT_TABS.filter((t) => t.columns.some((c) => c.unique)).map((t) => [t.key, t.columns.filter((c) => c.unique).map((c) => c.key)]),
);

/** Rules that compare rows, within a tab or across tabs (the Accounts register and one account's rows). */
export const CROSS_ROW_RULES: readonly CrossRowRule[] = [
  { run: uniqueColumns, reads: UNIQUE, settings: [], marks: UNIQUE },
  {
    run: managerWorkload,
    reads: { accounts: [...OPEN, 'manager_email', 'key_type'] }, // key type: core/workload.ts counts revenue accounts
    settings: ['max_key_accounts'],
    marks: { accounts: ['manager_email'] },
  },
  {
    run: decisionGroupCoverage,
    reads: { accounts: OPEN, decisionGroup: ['account', 'role', 'influence'] },
    settings: [],
    marks: { decisionGroup: ['role', 'influence'], accounts: ['account_id'] },
  },
  {
    run: staleAttitudes,
    reads: { accounts: OPEN, decisionGroup: ['account', 'attitude_assessed'] },
    settings: ['attitude_stale_days'],
    marks: { decisionGroup: ['attitude_assessed'] },
  },
  {
    run: competitorRegister,
    reads: { accounts: OPEN, competitors: ['account', 'kind'] },
    settings: [],
    marks: { competitors: ['kind'], accounts: ['account_id'] },
  },
  {
    run: contactsInPause,
    reads: { accounts: OPEN, contacts: ['account', 'date', 'outcome'] },
    settings: ['negative_pause_days'],
    marks: { contacts: ['date'] },
  },
];

export function dossierRules(input: RuleInput): Issue[] {
  const out: Issue[] = [];
  for (const tab of Object.values(input.tabs)) if (tab) for (const r of tab.rows) out.push(...rowRules(tab.spec.key, r, input.today));
  out.push(...unknownAccounts(input));
  for (const rule of CROSS_ROW_RULES) out.push(...rule.run(input));
  // Issue 14's depth checks: whole-dossier advice with severities from Settings, run by "Validate dossier" only
  // (their words are in html/Checks.html, which the simple onEdit trigger does not read).
  out.push(...accountChecks(input), ...negativeDeciders(input), ...contactsTooOften(input), ...staleCompetitors(input));
  return out;
}
