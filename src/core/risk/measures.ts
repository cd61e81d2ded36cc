/**
 * Portfolio measures computed in plain TypeScript: what the Portfolio tab's
 * formulas must agree with. Revenues that are not finite numbers (blank,
 * text) count as absent, as SUM/SUMSQ/LARGE skip them in a sheet.
 */

import { ACCOUNT_STATUSES, KEY_CLIENT_TYPES, optionKey } from '../domain';
import { countsTowardLoad } from '../workload';

export interface PortfolioAccount {
  readonly revenue: unknown;
  readonly manager?: unknown;
  readonly keyType?: unknown;
  /** ACCOUNT_STATUSES key or label; absent counts as open. */
  readonly status?: unknown;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** Share of company revenue, or null when company revenue is missing or not positive. */
export function shareOf(revenue: unknown, companyRevenue: unknown): number | null {
  const r = num(revenue);
  const c = num(companyRevenue);
  if (r === null || c === null || c <= 0) return null;
  return r / c;
}

export function sharesOf(accounts: readonly PortfolioAccount[], companyRevenue: unknown): number[] {
  return accounts.map((a) => shareOf(a.revenue, companyRevenue)).filter((s): s is number => s !== null);
}

/** Herfindahl-Hirschman index on the 0-1 scale: the sum of squared shares. */
export function hhi(shares: readonly number[]): number {
  return shares.reduce((s, x) => s + x * x, 0);
}

/** Sum of the n largest shares (top-1, top-5); 0 for an empty portfolio. */
export function topShare(shares: readonly number[], n: number): number {
  return [...shares]
    .sort((a, b) => b - a)
    .slice(0, n)
    .reduce((s, x) => s + x, 0);
}

/** Share of company revenue the listed accounts bring together. */
export function coveredShare(shares: readonly number[]): number {
  return shares.reduce((s, x) => s + x, 0);
}

/**
 * Each manager's workload, in order of first appearance (as UNIQUE lists them): the accounts that count by the
 * one workload rule (core/workload.ts: revenue key clients not closed); a manager with none shows 0.
 */
export function accountsPerManager(accounts: readonly PortfolioAccount[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const a of accounts) {
    if (typeof a.manager !== 'string' || a.manager === '') continue;
    const counts = countsTowardLoad(optionKey(KEY_CLIENT_TYPES, a.keyType), optionKey(ACCOUNT_STATUSES, a.status));
    out.set(a.manager, (out.get(a.manager) ?? 0) + (counts ? 1 : 0));
  }
  return out;
}

/** Managers holding more accounts than the guideline allows. */
export function overloadedManagers(perManager: ReadonlyMap<string, number>, max: number): string[] {
  return [...perManager].filter(([, n]) => n > max).map(([m]) => m);
}

/** Number of accounts per key-client type value (labels as typed). */
export function typeMix(accounts: readonly PortfolioAccount[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const a of accounts) {
    if (typeof a.keyType !== 'string' || a.keyType === '') continue;
    out.set(a.keyType, (out.get(a.keyType) ?? 0) + 1);
  }
  return out;
}
