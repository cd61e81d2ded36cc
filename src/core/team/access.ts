/**
 * Who can open a dossier file against who should: the managers and
 * supervisors of its accounts (DOMAIN.md: only the KAM working the client
 * and the KAM's direct supervisor may see a dossier). Google Sheets shares
 * whole files, so everyone who can open the file sees every account in it.
 * Pure: the app layer hands in the parsed accounts and the sharing lists.
 */

import { hash53 } from '../review/hash';

export interface AccessAccount {
  readonly id: string;
  readonly name: string;
  /** 1-based row on the Accounts tab. */
  readonly row: number;
  readonly manager: string;
  readonly supervisor: string;
}

export type AccessRole = 'owner' | 'editor' | 'viewer';

export interface Person {
  readonly email: string;
  readonly role: AccessRole;
}

export type FindingKind = 'outsider' | 'otherKam' | 'missingManager' | 'missingSupervisor';

export interface Finding {
  readonly kind: FindingKind;
  /** The person the finding is about (lower-case). */
  readonly who: string;
  /** Their role on the file, or null when they cannot open it. */
  readonly role: AccessRole | null;
  /** The account it is located at (null for an outsider: they see every account). */
  readonly account: AccessAccount | null;
}

export interface AccessReport {
  readonly findings: readonly Finding[];
  /** Managers and supervisors who cannot open the file: what "add as editors" would add. */
  readonly toAdd: readonly string[];
  /** People the owner should remove (outsiders and KAMs who see others' accounts); never removed by the add-on. */
  readonly toRemove: readonly string[];
  /** Everyone who can open the file; each sees all `accounts` accounts. */
  readonly people: readonly Person[];
  readonly accounts: number;
}

const norm = (s: string): string => s.trim().toLowerCase();

export function checkAccess(accounts: readonly AccessAccount[], people: readonly Person[]): AccessReport {
  const roleOf = new Map<string, AccessRole>();
  for (const p of people) if (p.email && !roleOf.has(norm(p.email))) roleOf.set(norm(p.email), p.role);
  const findings: Finding[] = [];
  const add = new Set<string>();
  const remove = new Set<string>();
  const managers = new Set(accounts.map((a) => norm(a.manager)).filter(Boolean));
  const supervisors = new Set(accounts.map((a) => norm(a.supervisor)).filter(Boolean));
  for (const [who, role] of roleOf) {
    if (managers.has(who) || supervisors.has(who)) continue;
    // The owner stays (cannot be removed), but is still reported: they see every dossier.
    findings.push({ kind: 'outsider', who, role, account: null });
    if (role !== 'owner') remove.add(who);
  }
  for (const a of accounts) {
    const m = norm(a.manager);
    const s = norm(a.supervisor);
    // A KAM who sees this account without working it or supervising it.
    for (const kam of managers) {
      if (kam === m || kam === s || !roleOf.has(kam)) continue;
      findings.push({ kind: 'otherKam', who: kam, role: roleOf.get(kam) ?? null, account: a });
      // A KAM who also supervises someone here still sees accounts that are neither: the file should be split.
      if (roleOf.get(kam) !== 'owner' && !supervisors.has(kam)) remove.add(kam);
    }
    if (m && !roleOf.has(m)) {
      findings.push({ kind: 'missingManager', who: m, role: null, account: a });
      add.add(m);
    }
    if (s && !roleOf.has(s)) {
      findings.push({ kind: 'missingSupervisor', who: s, role: null, account: a });
      add.add(s);
    }
  }
  return {
    findings,
    toAdd: [...add].sort(),
    toRemove: [...remove].sort(),
    people: [...roleOf].map(([email, role]) => ({ email, role })),
    accounts: accounts.length,
  };
}

/**
 * The accounts' managers and supervisors as one fingerprint: stored when access is checked, so the home
 * checklist can tell that someone changed since (a new manager may not be able to open the file).
 */
export function peopleMarker(accounts: readonly AccessAccount[]): string {
  const lines = accounts.map((a) => `${a.id}|${a.manager}|${a.supervisor}`.toLowerCase()).sort();
  return hash53(lines.join('\n'));
}
