/**
 * A KAM's workload, one rule (DOMAIN.md "Workload": 1 to 3 key accounts, counted by the revenue they bring, not
 * by every row): an account counts when it is a revenue key client and not closed. Prospective, image and expert
 * clients do not fill a KAM's quota. The validator (validation/references.ts), the Portfolio's accounts per
 * manager (risk/portfolioLayout.ts) and the rollup's load per KAM file (team/export.ts, team/rollup.ts) all use it.
 */
import { ACCOUNT_STATUSES, KEY_CLIENT_TYPES, optionLabel } from './domain';
import { stringLiteral as q } from './formulas';
import type { Lang } from './i18n';
import { LANGS } from './i18n';

const LOAD_TYPE = 'revenue';
const CLOSED = 'closed';

/** Whether an account (its KEY_CLIENT_TYPES and ACCOUNT_STATUSES keys) counts toward its manager's load. */
export function countsTowardLoad(keyType: string | null, status: string | null): boolean {
  return keyType === LOAD_TYPE && status !== CLOSED;
}

/**
 * A sheet condition, 1 or 0 per row, for ranges of the key type and status columns. Labels in every language: a
 * sheet switched to another language keeps its old labels, and the rollup reads files in other languages.
 */
export function loadCondition(types: string, statuses: string): string {
  const isRevenue = LANGS.map((l) => `(${types}=${q(optionLabel(KEY_CLIENT_TYPES, LOAD_TYPE)[l])})`).join('+');
  const notClosed = LANGS.map((l) => `(${statuses}<>${q(optionLabel(ACCOUNT_STATUSES, CLOSED)[l])})`).join('*');
  return `((${isRevenue})>0)*${notClosed}`;
}

/**
 * COUNTIFS of the accounts of `managers` matching `criterion` that count toward load: one COUNTIFS per language
 * of the revenue label, each excluding "closed" in every language (COUNTIFS spreads over a spilled criterion in
 * both Sheets and HyperFormula, where SUMPRODUCT over it would not).
 */
export function loadCountIfs(managers: string, criterion: string, types: string, statuses: string): string {
  const notClosed = LANGS.map((l) => `${statuses},"<>"&${q(optionLabel(ACCOUNT_STATUSES, CLOSED)[l])}`).join(',');
  return LANGS.map(
    (l) => `COUNTIFS(${managers},${criterion},${types},${q(optionLabel(KEY_CLIENT_TYPES, LOAD_TYPE)[l])},${notClosed})`,
  ).join('+');
}

/** The key type label that counts, for notes ("counted: Revenue accounts"). */
export const loadTypeLabel = (lang: Lang): string => optionLabel(KEY_CLIENT_TYPES, LOAD_TYPE)[lang];
