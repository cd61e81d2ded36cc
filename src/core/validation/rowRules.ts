/**
 * Rules that need nothing but the row itself, so "as you type" can run them
 * on the edited rows without reading anything else.
 */
import type { CivilDate } from '../civilDate';
import type { Issue } from '../parse/issue';
import type { ParsedRow } from '../parse/parseTab';
import type { TabKey } from '../schema/types';
import { APPROACHES, approachOfMethod, optionLabel } from '../domain';
import { issueAt, num, str } from './context';

/** Date columns that record what has happened; planned dates (plan.due) may be ahead. */
const PAST_DATES: Partial<Record<TabKey, readonly string[]>> = {
  accounts: ['last_review'],
  contacts: ['date'],
  reviews: ['date'],
  decisionGroup: ['attitude_assessed'],
};

export function rowRules(tab: TabKey, row: ParsedRow, today: CivilDate): Issue[] {
  const out: Issue[] = [];
  for (const key of PAST_DATES[tab] ?? []) {
    const d = str(row, key);
    if (d !== null && d > today) out.push(issueAt('error', 'futureDate', tab, row, key, { today }));
  }
  if (tab === 'accounts') {
    const last = str(row, 'last_review');
    const next = str(row, 'next_review_due');
    if (last !== null && next !== null && next <= last) out.push(issueAt('error', 'reviewOrder', tab, row, 'next_review_due', { last }));
    const budget = num(row, 'category_budget');
    const nextYear = num(row, 'opportunity_next_year');
    const later = num(row, 'opportunity_3_5_years');
    if (budget !== null && nextYear !== null && nextYear > budget)
      out.push(issueAt('error', 'opportunityOverBudget', tab, row, 'opportunity_next_year', { budget }));
    if (nextYear !== null && later !== null && later < nextYear)
      out.push(issueAt('error', 'opportunityShrinks', tab, row, 'opportunity_3_5_years', { next: nextYear }));
  }
  // The plan's method must be one of its approach's (the dropdown offers only those; a paste may not).
  if (tab === 'plan') {
    const method = str(row, 'method');
    const approach = str(row, 'approach');
    if (method !== null && approach !== null && approachOfMethod(method) !== approach)
      out.push(issueAt('warning', 'methodNotOfApproach', tab, row, 'method', { approach: optionLabel(APPROACHES, approach) }));
  }
  return out;
}
