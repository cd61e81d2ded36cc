/**
 * Decision-group coverage per open account: a decision maker known, every
 * opponent balanced by a supporter at least as influential, more than a
 * gatekeeper, at least three people; and attitudes re-assessed in time.
 */
import { daysBetween } from '../civilDate';
import { DMU_ROLES, LEVELS, optionLabel } from '../domain';
import type { Issue } from '../parse/issue';
import type { ParsedRow } from '../parse/parseTab';
import type { RuleInput } from './context';
import { accountKey, byAccount, issueAt, openAccounts, str } from './context';

const MIN_PEOPLE = 3;

/** high > medium > low, from the order of LEVELS. */
export function rank(level: string | null): number {
  const i = LEVELS.findIndex((l) => l.key === level);
  return i < 0 ? -1 : LEVELS.length - i;
}

export function decisionGroupCoverage(input: RuleInput): Issue[] {
  if (!input.tabs.decisionGroup) return [];
  const groups = byAccount(input.tabs.decisionGroup);
  const out: Issue[] = [];
  for (const [key, account] of openAccounts(input)) {
    const people = groups.get(key) ?? [];
    const id = str(account, 'account_id') ?? '';
    // Point at the group's first row when there is one: that is where the fix goes.
    const where = (): [ParsedRow, 'decisionGroup' | 'accounts', string] =>
      people[0] ? [people[0], 'decisionGroup', 'role'] : [account, 'accounts', 'account_id'];
    const [row, tab, col] = where();
    const roles = people.map((p) => str(p, 'role'));
    const onlyGatekeepers = people.length > 0 && roles.every((r) => r === 'gatekeeper');
    if (onlyGatekeepers) out.push(issueAt('warning', 'onlyGatekeeper', tab, row, col, { account: id }));
    else if (!roles.includes('decision_maker'))
      out.push(issueAt('warning', 'noDecisionMaker', tab, row, col, { account: id, role: optionLabel(DMU_ROLES, 'decision_maker') }));
    if (people.length < MIN_PEOPLE) out.push(issueAt('warning', 'singleThreaded', tab, row, col, { account: id, count: people.length }));
    // Supporter means the role: a positive decision maker is good news, but not someone who argues for us.
    const best = Math.max(-1, ...people.filter((p) => str(p, 'role') === 'supporter').map((p) => rank(str(p, 'influence'))));
    for (const p of people) {
      if (str(p, 'role') !== 'opponent') continue;
      const r = rank(str(p, 'influence'));
      if (r >= 0 && best < r)
        out.push(issueAt('warning', 'opponentUncovered', 'decisionGroup', p, 'influence', { person: str(p, 'person') ?? '' }));
    }
  }
  return out;
}

export function staleAttitudes(input: RuleInput): Issue[] {
  const limit = input.settings.attitude_stale_days;
  const open = openAccounts(input);
  const out: Issue[] = [];
  for (const p of input.tabs.decisionGroup?.rows ?? []) {
    const k = accountKey(p.values['account']);
    if (input.tabs.accounts && (k === null || !open.has(k))) continue; // closed or unknown: other rules speak
    const d = str(p, 'attitude_assessed');
    if (d === null || d > input.today) continue;
    const days = daysBetween(d, input.today);
    if (days > limit)
      out.push(
        issueAt('warning', 'attitudeStale', 'decisionGroup', p, 'attitude_assessed', { person: str(p, 'person') ?? '', days, limit }),
      );
  }
  return out;
}
