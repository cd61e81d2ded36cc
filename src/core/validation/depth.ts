/**
 * Checks the seed articles imply beyond coverage (issue 14), each reporting with the severity Settings give it
 * (error, warning or off): a revenue key client at or below the key threshold; a prospective client without a
 * budget; a revenue client without an executive sponsor; a negative decision maker no supporter balances;
 * contacts far more often than the cadence; a competitor not re-checked for months.
 */
import { addDays, addMonths } from '../civilDate';
import type { Issue, Severity } from '../parse/issue';
import type { ParsedRow } from '../parse/parseTab';
import type { SeverityKey } from '../schema/settings';
import type { RuleInput } from './context';
import { accountKey, byAccount, issueAt, num, openAccounts, str } from './context';
import { rank } from './decisionGroup';

/** The severity Settings give a check, or null when it is off. */
export function severityOf(input: RuleInput, key: SeverityKey): Severity | null {
  const s = input.settings[key];
  return s === 'error' || s === 'warning' ? s : null;
}

/** Accounts rows: revenue clients at or below the key threshold, prospects without a budget, revenue clients without a sponsor. */
export function accountChecks(input: RuleInput): Issue[] {
  const out: Issue[] = [];
  const low = severityOf(input, 'severity_low_share');
  const budget = severityOf(input, 'severity_no_budget');
  const sponsor = severityOf(input, 'severity_no_sponsor');
  const company = input.settings.company_revenue;
  const limit = input.settings.threshold_key;
  for (const a of openAccounts(input).values()) {
    const type = str(a, 'key_type');
    const revenue = num(a, 'annual_revenue');
    // The share as the Accounts formula computes it (revenue / company revenue); "at or below" as the band's "over" is strict.
    if (low && type === 'revenue' && revenue !== null && company !== null && company > 0 && revenue / company <= limit)
      out.push({
        ...issueAt(low, 'lowShareRevenue', 'accounts', a, 'revenue_share'),
        value: percent(revenue / company),
        params: { limit: percent(limit) },
      });
    const categoryBudget = num(a, 'category_budget');
    if (budget && type === 'prospective' && !(categoryBudget !== null && categoryBudget > 0))
      out.push(issueAt(budget, 'prospectNoBudget', 'accounts', a, 'category_budget'));
    if (sponsor && type === 'revenue' && str(a, 'executive_sponsor') === null)
      out.push(issueAt(sponsor, 'noSponsor', 'accounts', a, 'executive_sponsor'));
  }
  return out;
}

const percent = (x: number): string => `${Math.round(x * 1000) / 10}%`;

/** A negative decision maker counts as an opponent: a supporter at least as influential must balance them. */
export function negativeDeciders(input: RuleInput): Issue[] {
  const sev = severityOf(input, 'severity_negative_decider');
  if (!sev || !input.tabs.decisionGroup) return [];
  const groups = byAccount(input.tabs.decisionGroup);
  const out: Issue[] = [];
  for (const key of openAccounts(input).keys()) {
    const people = groups.get(key) ?? [];
    const best = Math.max(-1, ...people.filter((p) => str(p, 'role') === 'supporter').map((p) => rank(str(p, 'influence'))));
    for (const p of people) {
      if (str(p, 'role') !== 'decision_maker' || str(p, 'attitude') !== 'negative') continue;
      // An unknown influence is weighed as low: the decision maker is still not balanced by nobody.
      if (best < Math.max(rank(str(p, 'influence')), 1))
        out.push(issueAt(sev, 'negativeDecider', 'decisionGroup', p, 'attitude', { person: str(p, 'person') ?? '' }));
    }
  }
  return out;
}

/** More contacts than the Settings maximum inside one positive-contact interval: flagged at the contact that exceeds it. */
export function contactsTooOften(input: RuleInput): Issue[] {
  const sev = severityOf(input, 'severity_contacts_often');
  if (!sev || !input.tabs.contacts) return [];
  const days = input.settings.positive_contact_days;
  const limit = input.settings.contacts_per_interval_max;
  const open = openAccounts(input);
  const out: Issue[] = [];
  for (const [key, rows] of byAccount(input.tabs.contacts)) {
    if (input.tabs.accounts && !open.has(key)) continue;
    const dated = rows
      .filter((r) => str(r, 'date') !== null)
      .sort((a, b) => (str(a, 'date') as string).localeCompare(str(b, 'date') as string));
    let start = 0;
    let flaggedUntil = -1;
    for (let i = 0; i < dated.length; i++) {
      const d = str(dated[i] as ParsedRow, 'date') as string;
      // The window [d - days + 1, d]: contacts within one interval ending on this contact's day.
      const from = addDays(d, -days + 1);
      while ((str(dated[start] as ParsedRow, 'date') as string) < from) start++;
      const count = i - start + 1;
      // One issue per crowded stretch, at the contact that first goes over the limit.
      if (count > limit && start > flaggedUntil) {
        out.push(
          issueAt(sev, 'contactsTooOften', 'contacts', dated[i] as ParsedRow, 'date', {
            count,
            days,
            limit,
            account: str(dated[i] as ParsedRow, 'account') ?? '',
          }),
        );
        flaggedUntil = i;
      }
    }
  }
  return out;
}

/** "Do not relax when things go well": a competitor whose check date is older than the Settings months. */
export function staleCompetitors(input: RuleInput): Issue[] {
  const sev = severityOf(input, 'severity_competitor_stale');
  if (!sev || !input.tabs.competitors) return [];
  const months = input.settings.competitor_stale_months;
  const open = openAccounts(input);
  const out: Issue[] = [];
  for (const r of input.tabs.competitors.rows) {
    const k = accountKey(r.values['account']);
    if (input.tabs.accounts && (k === null || !open.has(k))) continue;
    const on = str(r, 'checked_on');
    if (on !== null && on <= input.today && addMonths(on, months) < input.today)
      out.push(issueAt(sev, 'competitorStale', 'competitors', r, 'checked_on', { competitor: str(r, 'competitor') ?? '', months }));
  }
  return out;
}
