/**
 * Weighing relationship-plan items: expected benefit against money spent and managers' time (DOMAIN.md: "weigh
 * each method's cost, including managers' time, against its benefit"). The Plan's benefit_per_cost and
 * priority formulas (core/formulas.ts) compute the same.
 */

export interface PlanItemValue {
  readonly account: string;
  readonly benefit: number | null;
  readonly cost: number | null;
  readonly hours: number | null;
  /** PLAN_STATUSES key. */
  readonly status: string | null;
}

/** Benefit / (cost + hours × hour cost); blanks count as 0; null when there is no benefit or no cost. */
export function benefitPerCost(item: Omit<PlanItemValue, 'account' | 'status'>, hourCost: number | null): number | null {
  if (item.benefit === null) return null;
  const total = (item.cost ?? 0) + (item.hours ?? 0) * (hourCost ?? 0);
  return total > 0 ? item.benefit / total : null;
}

const CLOSED = new Set(['done', 'dropped']);

/**
 * Each open item's rank within its account by benefit per cost (1 = best; ties share a rank); done, dropped and
 * unpriced items get null. `sameAccount` matches ids as the sheet's COUNTIFS does (case-insensitive).
 */
export function planPriorities(items: readonly PlanItemValue[], hourCost: number | null): (number | null)[] {
  const value = items.map((i) => benefitPerCost(i, hourCost));
  const open = (k: number): boolean => !CLOSED.has(items[k]?.status ?? '') && value[k] !== null;
  const acc = (k: number): string => (items[k]?.account ?? '').toLowerCase();
  return items.map((item, k) => {
    const v = value[k];
    if (!open(k) || item.account === '' || v === null || v === undefined) return null;
    let better = 0;
    for (let j = 0; j < items.length; j++) if (open(j) && acc(j) === acc(k) && (value[j] ?? -Infinity) > v) better++;
    return better + 1;
  });
}
