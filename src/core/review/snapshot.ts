/**
 * The snapshot of one account's dossier at a review: what the dossier looked
 * like then, so a later review can say what changed. Pure: it takes the same
 * rows the brief takes (column key → value as the sheet shows it) and gathers
 * them with the brief's own gatherer, so "this account's people" and "open
 * plan items" mean the same thing on every surface.
 *
 * Fields come from the schema (every column of the tab except the few listed
 * in PARTS as not part of a snapshot), never from a second list.
 */
import { sameAccount } from '../accounts';
import type { Row } from '../brief';
import { buildBrief } from '../brief';
import type { CivilDate } from '../civilDate';
import { compareCivil, isCivilDate } from '../civilDate';
import { CONTACT_OUTCOMES, optionKey, RISK_BANDS } from '../domain';
import { foldLabel } from '../i18n';
import { coerceInteger, coerceMoney, coerceNumber, parseDateText } from '../parse/coerce';
import type { RiskThresholds } from '../risk/bands';
import { bandOf } from '../risk/bands';
import { tabSpec } from '../schema/tabs';
import type { ColumnSpec, TabKey } from '../schema/types';
import { hash53 } from './hash';

export const SNAPSHOT_VERSION = 1;

/** A stored scalar: text, an option key, a civil date or a number; null is empty. */
export type SnapValue = string | number | null;
/** A long text kept as a fingerprint and a length: enough to say "changed", too little to show it. */
export interface TextDigest {
  readonly hash: string;
  readonly length: number;
}
export type FieldValue = SnapValue | TextDigest;
export type Fields = Readonly<Record<string, FieldValue>>;

/** Parts held as one row of fields per account. */
export const FIELD_PARTS = ['account', 'general', 'ourView'] as const;
/** Parts held as a list of items, each with a stable identity. */
export const ITEM_PARTS = ['decisionGroup', 'competitors', 'plan', 'contacts'] as const;
export type FieldPart = (typeof FIELD_PARTS)[number];
export type ItemPart = (typeof ITEM_PARTS)[number];
export type PartKey = FieldPart | ItemPart;

export interface SnapItem {
  /** Stable identity within its part (folded, so "Ivan  Petrov" and "ivan petrov" are one person). */
  readonly id: string;
  /** What the user calls it, as typed (shortened): a person's name, a competitor, a plan method. */
  readonly label: string;
  /** Plan items done or dropped: kept with their status only, so "done" shows as a status change. */
  readonly closed?: boolean;
  readonly fields: Fields;
}

export interface Omitted {
  /** Items left out of each list by the size policy (codec.ts); the diff does not call them removed. */
  readonly decisionGroup: number;
  readonly competitors: number;
  readonly plan: number;
  readonly contacts: number;
  /** Outcome key ('' when none) → count, for the contacts left out: they still count in the summary. */
  readonly contactOutcomes: Readonly<Record<string, number>>;
}

export interface Snapshot {
  readonly version: typeof SNAPSHOT_VERSION;
  readonly accountId: string;
  /** The review's date. */
  readonly date: CivilDate;
  /** The previous review's date: the contacts part holds contacts after it (all contacts when null). */
  readonly since: CivilDate | null;
  readonly account: Fields;
  readonly general: Fields;
  readonly ourView: Fields;
  readonly decisionGroup: readonly SnapItem[];
  readonly competitors: readonly SnapItem[];
  readonly plan: readonly SnapItem[];
  /** Newest first. */
  readonly contacts: readonly SnapItem[];
  readonly omitted: Omitted;
}

interface PartSpec {
  readonly tab: TabKey;
  /** Columns whose values make the stable identity; the text one among them is the label. */
  readonly identity: readonly string[];
  /** Columns that are not part of a snapshot. */
  readonly skip: readonly string[];
  /** Drop paragraphs (contacts: the diff reports date, person, channel and outcome, not the minutes). */
  readonly noLongText?: boolean;
}

// The only hand-written column knowledge here: identities, the owner column, and review bookkeeping
// (last_review / next_review_due move at every review and would make every diff noisy).
const PARTS: Readonly<Record<PartKey, PartSpec>> = {
  account: { tab: 'accounts', identity: [], skip: ['account_id', 'last_review', 'next_review_due'] },
  general: { tab: 'general', identity: [], skip: ['account'] },
  ourView: { tab: 'ourView', identity: [], skip: ['account'] },
  decisionGroup: { tab: 'decisionGroup', identity: ['person'], skip: ['account'] },
  competitors: { tab: 'competitors', identity: ['competitor', 'kind'], skip: ['account'] },
  plan: { tab: 'plan', identity: ['approach', 'method'], skip: ['account'] },
  contacts: { tab: 'contacts', identity: ['date', 'person'], skip: ['account'], noLongText: true },
};

const isText = (c: ColumnSpec): boolean => c.type === 'text' || c.type === 'longtext' || c.type === 'email' || c.type === 'accountRef';

const columnsCache = new Map<PartKey, readonly ColumnSpec[]>();

/** The schema columns a part's fields come from (identity text columns become the label instead). */
export function snapshotColumns(part: PartKey): readonly ColumnSpec[] {
  const hit = columnsCache.get(part);
  if (hit) return hit;
  const p = PARTS[part];
  const cols = tabSpec(p.tab).columns.filter(
    (c) => !p.skip.includes(c.key) && !(p.noLongText && c.type === 'longtext') && !(p.identity.includes(c.key) && isText(c)),
  );
  columnsCache.set(part, cols);
  return cols;
}

/** The tab a part is read from (for labels of its columns). */
export function partTab(part: PartKey): TabKey {
  return PARTS[part].tab;
}

/** Texts up to this many characters are stored as typed (old and new can be shown); longer ones as a TextDigest. */
export const SHORT_TEXT_MAX = 100;
/** Labels are shortened to this many characters. */
export const LABEL_MAX = 80;
/** Folded identities longer than this keep a prefix and a fingerprint of the rest. */
const ID_MAX = 80;
/** Contacts since the previous review kept one by one, newest first; older ones are counted by outcome. */
export const CONTACTS_KEPT = 100;

export function isDigest(v: FieldValue | undefined): v is TextDigest {
  return typeof v === 'object' && v !== null;
}

export function textValue(s: string, max = SHORT_TEXT_MAX): SnapValue | TextDigest {
  const t = s.trim();
  if (t === '') return null;
  return t.length <= max ? t : { hash: hash53(t), length: t.length };
}

export function shorten(s: string, max = LABEL_MAX): string {
  const t = s.trim().replace(/\s+/g, ' ');
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}

// -0 becomes 0: a stored snapshot must read back exactly as it was taken.
const num = (r: { ok: boolean; value?: number }): number | null => (r.ok && typeof r.value === 'number' ? r.value + 0 : null);
// Share comes from a formula: round away float noise so an untouched account never "moves".
const roundShare = (n: number): number => Math.round(n * 1e6) / 1e6 + 0;

function civilValue(v: unknown): CivilDate | null {
  if (isCivilDate(v)) return v;
  return typeof v === 'string' ? parseDateText(v) : null;
}

/** One cell as the snapshot stores it: option keys whatever the sheet's language, numbers, civil dates, texts. */
export function cellValue(c: ColumnSpec, v: unknown): FieldValue {
  if (v === null || v === undefined || v === '') return null;
  switch (c.type) {
    case 'enum':
      return optionKey(c.options ?? [], v);
    case 'money':
      return num(coerceMoney(v));
    case 'integer':
      return num(coerceInteger(v));
    case 'number':
      return num(coerceNumber(v));
    case 'percent': {
      const n = num(coerceNumber(v));
      return n === null ? null : roundShare(n);
    }
    case 'date':
      return civilValue(v);
    case 'computed':
      if (c.yields === 'percent') {
        const n = num(coerceNumber(v));
        return n === null ? null : roundShare(n);
      }
      if (c.yields === 'date') return civilValue(v);
      if (c.formula === 'riskBand') return optionKey(RISK_BANDS, v);
      return textValue(String(v));
    default:
      return textValue(String(v));
  }
}

function fieldsOf(part: PartKey, row: Row | null | undefined): Record<string, FieldValue> {
  const out: Record<string, FieldValue> = {};
  for (const c of snapshotColumns(part)) out[c.key] = row ? cellValue(c, row[c.key]) : null;
  return out;
}

/** Folded identity of a row: option keys and dates as they are, text folded; very long text fingerprinted. */
function identityOf(part: ItemPart, row: Row): string {
  const spec = tabSpec(PARTS[part].tab);
  const bits = PARTS[part].identity.map((k) => {
    const c = spec.columns.find((x) => x.key === k);
    const v = row[k];
    if (!c || v === null || v === undefined) return '';
    if (isText(c)) return foldLabel(String(v));
    const cv = cellValue(c, v);
    return cv === null ? foldLabel(String(v)) : String(cv);
  });
  const id = bits.join('|');
  return id.length <= ID_MAX ? id : `${id.slice(0, ID_MAX - 12)}~${hash53(id)}`;
}

function labelOf(part: ItemPart, row: Row): string {
  const spec = tabSpec(PARTS[part].tab);
  const identity = PARTS[part].identity;
  // The text column among the identity, else its last column as typed (the plan's method, now a dropdown).
  const k =
    identity.find((key) => {
      const c = spec.columns.find((x) => x.key === key);
      return c !== undefined && isText(c);
    }) ?? identity[identity.length - 1];
  const v = k ? row[k] : null;
  return v === null || v === undefined ? '' : shorten(String(v));
}

/** Items in row order; a repeated identity gets "#2", "#3" so two people both called Ivan stay two. */
function itemsOf(part: ItemPart, rows: readonly Row[], closed?: (r: Row) => boolean): SnapItem[] {
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const base = identityOf(part, row);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const id = n === 1 ? base : `${base}#${n}`;
    const all = fieldsOf(part, row);
    if (closed?.(row)) {
      const fields: Record<string, FieldValue> = {};
      // A closed plan item matters only as "it got done / dropped": keep its kind and status.
      for (const k of ['approach', 'status']) if (k in all) fields[k] = all[k] ?? null;
      return { id, label: labelOf(part, row), closed: true, fields };
    }
    return { id, label: labelOf(part, row), fields: all };
  });
}

export interface SnapshotInput {
  readonly accountId: string;
  /** The review's date. */
  readonly date: CivilDate;
  /** The previous review's date, or null for an account's first review. */
  readonly since: CivilDate | null;
  readonly accounts: readonly Row[];
  readonly general: readonly Row[];
  readonly ourView: readonly Row[];
  readonly decisionGroup: readonly Row[];
  readonly competitors: readonly Row[];
  readonly contacts: readonly Row[];
  readonly plan: readonly Row[];
  /** Settings thresholds: the band when the sheet's band cell shows nothing readable. */
  readonly thresholds?: RiskThresholds;
}

const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

/** The snapshot of one account's dossier at a review. */
export function takeSnapshot(input: SnapshotInput): Snapshot {
  const brief = buildBrief({
    accountId: input.accountId,
    today: input.date,
    // Only the account, people, competitors and open plan are read from the brief: cadences do not matter here.
    negativePauseDays: 0,
    positiveContactDays: 0,
    reviewIntervalMonths: 0,
    reviews: [],
    accounts: input.accounts,
    decisionGroup: input.decisionGroup,
    competitors: input.competitors,
    contacts: [],
    plan: input.plan,
  });
  const id = brief.account ? str(brief.account['account_id']) : input.accountId;
  // The brief's account-id match (core/accounts.ts), so its open plan items are found among these rows.
  const mine = (rows: readonly Row[]): Row[] => rows.filter((r) => sameAccount(r['account'], id));

  const account = fieldsOf('account', brief.account);
  if (account['risk_band'] === null && typeof account['revenue_share'] === 'number' && input.thresholds) {
    account['risk_band'] = bandOf(account['revenue_share'], input.thresholds);
  }

  // The brief decides which plan items are open; the rest of this account's plan is closed.
  const open = new Set(brief.openPlan);
  const plan = itemsOf('plan', mine(input.plan), (r) => !open.has(r));

  const inWindow = (d: CivilDate | null): d is CivilDate =>
    d !== null && compareCivil(d, input.date) <= 0 && (input.since === null || compareCivil(d, input.since) > 0);
  const dated = mine(input.contacts)
    .map((r, i) => ({ r, i, d: civilValue(r['date']) }))
    .filter((x): x is { r: Row; i: number; d: CivilDate } => inWindow(x.d))
    .sort((a, b) => compareCivil(b.d, a.d) || a.i - b.i);
  const kept = dated.slice(0, CONTACTS_KEPT).map((x) => x.r);
  const contactOutcomes: Record<string, number> = {};
  for (const x of dated.slice(CONTACTS_KEPT)) {
    const o = optionKey(CONTACT_OUTCOMES, x.r['outcome']) ?? '';
    contactOutcomes[o] = (contactOutcomes[o] ?? 0) + 1;
  }

  return {
    version: SNAPSHOT_VERSION,
    accountId: id,
    date: input.date,
    since: input.since,
    account,
    general: fieldsOf('general', mine(input.general)[0]),
    ourView: fieldsOf('ourView', mine(input.ourView)[0]),
    decisionGroup: itemsOf('decisionGroup', brief.decisionGroup),
    competitors: itemsOf('competitors', brief.competitors),
    plan,
    contacts: itemsOf('contacts', kept),
    omitted: {
      decisionGroup: 0,
      competitors: 0,
      plan: 0,
      contacts: Math.max(0, dated.length - CONTACTS_KEPT),
      contactOutcomes,
    },
  };
}
