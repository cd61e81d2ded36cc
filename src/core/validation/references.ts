/** Accounts as a register: unique ids and names, every child row names one, and each manager's workload. */
import { foldLabel } from '../i18n';
import type { Issue } from '../parse/issue';
import type { ParsedRow } from '../parse/parseTab';
import { countsTowardLoad } from '../workload';
import type { RuleInput } from './context';
import { accountKey, issueAt, openAccounts, str } from './context';

export function uniqueColumns(input: RuleInput): Issue[] {
  const out: Issue[] = [];
  for (const tab of Object.values(input.tabs)) {
    if (!tab) continue;
    for (const col of tab.spec.columns.filter((c) => c.unique)) {
      const first = new Map<string, ParsedRow>();
      for (const r of tab.rows) {
        const v = str(r, col.key);
        if (v === null) continue;
        const k = foldLabel(v);
        const seen = first.get(k);
        if (seen) out.push(issueAt('error', 'duplicate', tab.spec.key, r, col.key, { other: seen.row }));
        else first.set(k, r);
      }
    }
  }
  return out;
}

export function unknownAccounts(input: RuleInput): Issue[] {
  const accounts = input.tabs.accounts;
  if (!accounts) return [];
  const ids = new Set(accounts.rows.map((r) => accountKey(r.values['account_id'])).filter((k): k is string => k !== null));
  const out: Issue[] = [];
  for (const tab of Object.values(input.tabs)) {
    if (!tab) continue;
    for (const col of tab.spec.columns.filter((c) => c.type === 'accountRef')) {
      for (const r of tab.rows) {
        const k = accountKey(r.values[col.key]);
        if (k !== null && !ids.has(k)) out.push(issueAt('error', 'unknownAccount', tab.spec.key, r, col.key));
      }
    }
  }
  return out;
}

/** A KAM owns 1 to N key accounts (Settings), counted by core/workload.ts; rows past the N-th are flagged. */
export function managerWorkload(input: RuleInput): Issue[] {
  const limit = input.settings.max_key_accounts;
  const perManager = new Map<string, ParsedRow[]>();
  for (const r of openAccounts(input).values()) {
    if (!countsTowardLoad(str(r, 'key_type'), str(r, 'status'))) continue;
    const m = str(r, 'manager_email');
    if (m === null) continue;
    const k = m.toLowerCase();
    const list = perManager.get(k);
    if (list) list.push(r);
    else perManager.set(k, [r]);
  }
  const out: Issue[] = [];
  for (const rows of perManager.values()) {
    if (rows.length <= limit) continue;
    for (const r of rows.slice(limit))
      out.push(issueAt('warning', 'managerOverLimit', 'accounts', r, 'manager_email', { count: rows.length, limit }));
  }
  return out;
}
