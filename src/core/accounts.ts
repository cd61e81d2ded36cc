/**
 * The one account-id match, used by validation (rules/), reminders
 * (reminders/notices/derive.ts) and the meeting brief (brief.ts): case, spacing and
 * ё/е do not matter, so "acme " in Contacts names the account ACME.
 */
import { foldLabel } from './i18n';

/** The folded id an account is matched by; null for an empty or non-text cell. */
export function accountKey(v: unknown): string | null {
  return typeof v === 'string' && v.trim() !== '' ? foldLabel(v) : null;
}

/** Whether two cells name the same account (two empty cells name none). */
export function sameAccount(a: unknown, b: unknown): boolean {
  const k = accountKey(a);
  return k !== null && k === accountKey(b);
}
