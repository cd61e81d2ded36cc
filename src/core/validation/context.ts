/** What every rule sees: parsed tabs, typed Settings and today's date in the spreadsheet's zone. */
import type { CivilDate } from '../civilDate';
import { accountKey } from '../accounts';
import type { Issue, IssueParams, RuleCode, Severity } from '../parse/issue';
import { showValue } from '../parse/issue';
import type { ParsedRow, ParsedTab } from '../parse/parseTab';
import { str } from '../parse/parseTab';
import type { TabKey } from '../schema/types';
import type { Settings } from '../settingsValues';

export interface RuleInput {
  /** Tabs that were read; a rule whose tab is absent stays silent. */
  readonly tabs: Partial<Readonly<Record<TabKey, ParsedTab>>>;
  readonly settings: Settings;
  readonly today: CivilDate;
}

export function issueAt(severity: Severity, code: RuleCode, tab: TabKey, row: ParsedRow, column: string, params: IssueParams = {}): Issue {
  // What the user typed for text and dropdowns (their label, their language); the parsed value for dates and numbers.
  const raw = row.raw[column];
  return {
    severity,
    code,
    tab,
    row: row.row,
    column,
    value: showValue(typeof raw === 'string' ? raw : (row.values[column] ?? raw)),
    params,
  };
}

/** Account ids match whatever the case and spacing (core/accounts.ts, shared with reminders and the brief). */
export { accountKey };

export { num, str } from '../parse/parseTab';

/** Open accounts by folded id (the first row of an id wins); closed accounts get no coverage advice. */
export function openAccounts(input: RuleInput): Map<string, ParsedRow> {
  const out = new Map<string, ParsedRow>();
  for (const r of input.tabs.accounts?.rows ?? []) {
    const k = accountKey(r.values['account_id']);
    if (k !== null && !out.has(k) && str(r, 'status') !== 'closed') out.set(k, r);
  }
  return out;
}

/** Rows of a child tab grouped by folded account id. */
export function byAccount(tab: ParsedTab | undefined): Map<string, ParsedRow[]> {
  const out = new Map<string, ParsedRow[]>();
  for (const r of tab?.rows ?? []) {
    const k = accountKey(r.values['account']);
    if (k === null) continue;
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}
