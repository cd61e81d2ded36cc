/**
 * Every rule beyond a cell's type, over the whole dossier. Row rules run on
 * each row; the rest compare rows and tabs. Thresholds come from Settings.
 */
import type { Issue } from '../parse/issue';
import type { RuleInput } from './context';
import { contactsInPause } from './contacts';
import { competitorRegister } from './competitors';
import { decisionGroupCoverage, staleAttitudes } from './decisionGroup';
import { managerWorkload, uniqueColumns, unknownAccounts } from './references';
import { rowRules } from './rowRules';
import { accountChecks, contactsTooOften, negativeDeciders, staleCompetitors } from './depth';

export type { RuleInput } from './context';
export { rowRules } from './rowRules';

export function dossierRules(input: RuleInput): Issue[] {
  const out: Issue[] = [];
  for (const tab of Object.values(input.tabs)) if (tab) for (const r of tab.rows) out.push(...rowRules(tab.spec.key, r, input.today));
  out.push(
    ...uniqueColumns(input),
    ...unknownAccounts(input),
    ...managerWorkload(input),
    ...decisionGroupCoverage(input),
    ...staleAttitudes(input),
    ...competitorRegister(input),
    ...contactsInPause(input),
    ...accountChecks(input),
    ...negativeDeciders(input),
    ...contactsTooOften(input),
    ...staleCompetitors(input),
  );
  return out;
}
