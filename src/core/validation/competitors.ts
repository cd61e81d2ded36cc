/** Direct competitors are not the most dangerous: the register should name inertia or do-it-yourself. */
import { COMPETITOR_KINDS, optionLabel } from '../domain';
import type { Issue } from '../parse/issue';
import type { RuleInput } from './context';
import { byAccount, issueAt, openAccounts, str } from './context';

const INDIRECT = new Set(['inertia', 'diy']);

export function competitorRegister(input: RuleInput): Issue[] {
  if (!input.tabs.competitors) return [];
  const groups = byAccount(input.tabs.competitors);
  const out: Issue[] = [];
  for (const [key, account] of openAccounts(input)) {
    const rows = groups.get(key) ?? [];
    if (rows.some((r) => INDIRECT.has(str(r, 'kind') ?? ''))) continue;
    const params = {
      account: str(account, 'account_id') ?? '',
      inertia: optionLabel(COMPETITOR_KINDS, 'inertia'),
      diy: optionLabel(COMPETITOR_KINDS, 'diy'),
    };
    out.push(
      rows[0]
        ? issueAt('warning', 'noIndirectCompetitor', 'competitors', rows[0], 'kind', params)
        : issueAt('warning', 'noIndirectCompetitor', 'accounts', account, 'account_id', params),
    );
  }
  return out;
}
