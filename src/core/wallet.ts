/**
 * Share of wallet and targets: the rules behind the Accounts formulas (core/formulas.ts: shareOfWallet,
 * revenueVsTarget, sowVsTarget), so the validator, the brief and tests compute what the sheet shows.
 */

/** a / b when both are numbers and b > 0, else null (the sheet shows ""). */
function ratio(a: number | null, b: number | null): number | null {
  return a !== null && b !== null && b > 0 ? a / b : null;
}

/** Our revenue from the client / the client's budget for our category. */
export function shareOfWallet(revenue: number | null, categoryBudget: number | null): number | null {
  return ratio(revenue, categoryBudget);
}

/** Revenue as a fraction of its target (1 = on target). */
export function revenueVsTarget(revenue: number | null, target: number | null): number | null {
  return ratio(revenue, target);
}

/** Share of wallet minus its target, in fractions (0.05 = 5 points above). */
export function sowVsTarget(sow: number | null, target: number | null): number | null {
  return sow !== null && target !== null ? sow - target : null;
}
