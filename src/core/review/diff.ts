/**
 * What changed between two reviews: a pure comparison of two snapshots, part
 * by part and item by stable identity (a person, a competitor, a plan item).
 * The result holds codes, keys and values only, no user text: the sidebar,
 * the brief and the digest word it in the reader's language.
 */
import type { CivilDate } from '../civilDate';
import { compareCivil, isCivilDate } from '../civilDate';
import type { RiskBandKey } from '../risk/bands';
import { RISK_BAND_KEYS } from '../risk/bands';
import { hash53 } from './hash';
import type { FieldPart, FieldValue, Fields, ItemPart, PartKey, SnapItem, Snapshot } from './snapshot';
import { FIELD_PARTS, isDigest, snapshotColumns } from './snapshot';

export type ChangeKind =
  /** An item appeared; `detail` holds its fields. */
  | 'added'
  /** An item disappeared; `detail` holds its last fields. */
  | 'removed'
  /** A field's value changed: before → after (option keys, dates, short texts). */
  | 'changed'
  /** A long text changed; only fingerprints are stored, so before/after are null unless short. */
  | 'textChanged'
  /** A number moved up or down (revenue, share, budget, opportunities, tenders, cost). */
  | 'increased'
  | 'decreased'
  /** The concentration band crossed a threshold (e.g. key → critical), or fell back. */
  | 'bandUp'
  | 'bandDown'
  /** An open plan item went past its due date since the previous review; after = due. */
  | 'slipped'
  /** A contact since the previous review: after = its outcome key; `detail` holds date, channel, outcome. */
  | 'contact'
  /** Older contacts since the previous review, counted only (size policy): after = how many. */
  | 'contactsOmitted';

export type DiffValue = string | number | null;

export interface Change {
  readonly part: PartKey;
  /** Stable identity within the part; '' for the one-row parts (account, general, ourView). */
  readonly id: string;
  /** What the user calls the item (a person's name...); '' for the one-row parts. */
  readonly label: string;
  /** The column key; null for a whole item (added, removed) and for counts. */
  readonly field: string | null;
  readonly kind: ChangeKind;
  readonly before: DiffValue;
  readonly after: DiffValue;
  /** For added/removed items and contacts: their fields (long texts as null). */
  readonly detail?: Readonly<Record<string, DiffValue>>;
}

export interface ReviewDiff {
  readonly accountId: string;
  /** The earlier review's date ("since the review of ..."). */
  readonly since: CivilDate;
  readonly date: CivilDate;
  readonly changes: readonly Change[];
  /** Lists cut by the size policy in either snapshot: items there may be missing from the comparison. */
  readonly incomplete: readonly Exclude<ItemPart, 'contacts'>[];
  /** Contacts since the earlier review by outcome key ('' when none), counted ones included. */
  readonly contactOutcomes: Readonly<Record<string, number>>;
}

const plain = (v: FieldValue | undefined): DiffValue => (v === undefined || isDigest(v) ? null : v);

/** Equal values; a short text and a fingerprint compare by fingerprint, so the size policy never fakes a change. */
export function sameValue(a: FieldValue | undefined, b: FieldValue | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (isDigest(a) && isDigest(b)) return a.hash === b.hash && a.length === b.length;
  if (isDigest(a) || isDigest(b)) {
    const d = (isDigest(a) ? a : b) as { hash: string; length: number };
    const s = isDigest(a) ? b : a;
    return typeof s === 'string' && s.length === d.length && hash53(s) === d.hash;
  }
  return a === b;
}

const BAND_FIELDS = new Set(
  snapshotColumns('account')
    .filter((c) => c.formula === 'riskBand')
    .map((c) => c.key),
);
const bandIndex = (v: FieldValue | undefined): number => (typeof v === 'string' ? RISK_BAND_KEYS.indexOf(v as RiskBandKey) : -1);

function fieldKind(part: PartKey, key: string, a: FieldValue, b: FieldValue): ChangeKind {
  if (isDigest(a) || isDigest(b)) return 'textChanged';
  if (part === 'account' && BAND_FIELDS.has(key) && bandIndex(a) >= 0 && bandIndex(b) >= 0) {
    return bandIndex(b) > bandIndex(a) ? 'bandUp' : 'bandDown';
  }
  if (typeof a === 'number' && typeof b === 'number') return b > a ? 'increased' : 'decreased';
  return 'changed';
}

/** Field changes between two field sets; only keys both hold (a column added to the schema since is no change). */
function fieldChanges(part: PartKey, id: string, label: string, a: Fields, b: Fields): Change[] {
  const out: Change[] = [];
  for (const key of Object.keys(b)) {
    if (!(key in a)) continue;
    const x = a[key] ?? null;
    const y = b[key] ?? null;
    if (sameValue(x, y)) continue;
    out.push({ part, id, label, field: key, kind: fieldKind(part, key, x, y), before: plain(x), after: plain(y) });
  }
  return out;
}

const detailOf = (f: Fields): Record<string, DiffValue> => Object.fromEntries(Object.entries(f).map(([k, v]) => [k, plain(v)]));

const overdue = (it: SnapItem | undefined, on: CivilDate): boolean => {
  const due = it?.fields['due'];
  return !!it && !it.closed && isCivilDate(due) && compareCivil(due, on) < 0;
};

function itemChanges(part: Exclude<ItemPart, 'contacts'>, a: Snapshot, b: Snapshot): Change[] {
  const before = new Map(a[part].map((it) => [it.id, it]));
  const after = new Set(b[part].map((it) => it.id));
  // An item missing from a cut list may only have been cut: say nothing rather than something false.
  const maybeCutBefore = a.omitted[part] > 0;
  const maybeCutAfter = b.omitted[part] > 0;
  const out: Change[] = [];
  for (const it of b[part]) {
    const old = before.get(it.id);
    if (!old) {
      if (!maybeCutBefore)
        out.push({ part, id: it.id, label: it.label, field: null, kind: 'added', before: null, after: null, detail: detailOf(it.fields) });
    } else {
      out.push(...fieldChanges(part, it.id, it.label, old.fields, it.fields));
    }
    if (part === 'plan' && overdue(it, b.date) && !overdue(old, a.date) && (old || !maybeCutBefore)) {
      out.push({
        part,
        id: it.id,
        label: it.label,
        field: 'due',
        kind: 'slipped',
        before: plain(old?.fields['due']),
        after: plain(it.fields['due']),
      });
    }
  }
  if (!maybeCutAfter) {
    for (const it of a[part]) {
      if (!after.has(it.id))
        out.push({
          part,
          id: it.id,
          label: it.label,
          field: null,
          kind: 'removed',
          before: null,
          after: null,
          detail: detailOf(it.fields),
        });
    }
  }
  return out;
}

function contactChanges(a: Snapshot, b: Snapshot): { changes: Change[]; outcomes: Record<string, number> } {
  const known = new Set(a.contacts.map((c) => c.id));
  const outcomes: Record<string, number> = {};
  const changes: Change[] = [];
  for (const c of b.contacts) {
    if (known.has(c.id)) continue;
    const o = plain(c.fields['outcome']);
    const key = typeof o === 'string' ? o : '';
    outcomes[key] = (outcomes[key] ?? 0) + 1;
    changes.push({
      part: 'contacts',
      id: c.id,
      label: c.label,
      field: 'outcome',
      kind: 'contact',
      before: null,
      after: o,
      detail: detailOf(c.fields),
    });
  }
  // Counted contacts: when both snapshots start from the same review, the earlier one's counted contacts are the same ones.
  const same = a.since === b.since;
  const counted = b.omitted.contacts - (same ? a.omitted.contacts : 0);
  if (counted > 0) {
    changes.push({ part: 'contacts', id: '', label: '', field: null, kind: 'contactsOmitted', before: null, after: counted });
    for (const [k, n] of Object.entries(b.omitted.contactOutcomes)) {
      const extra = n - (same ? (a.omitted.contactOutcomes[k] ?? 0) : 0);
      if (extra > 0) outcomes[k] = (outcomes[k] ?? 0) + extra;
    }
  }
  return { changes, outcomes };
}

/** What changed from the `before` review to the `after` one (or to the dossier now, for a review about to be saved). */
export function diffSnapshots(before: Snapshot, after: Snapshot): ReviewDiff {
  const changes: Change[] = [];
  for (const p of FIELD_PARTS as readonly FieldPart[]) changes.push(...fieldChanges(p, '', '', before[p], after[p]));
  for (const p of ['decisionGroup', 'competitors', 'plan'] as const) changes.push(...itemChanges(p, before, after));
  const contacts = contactChanges(before, after);
  changes.push(...contacts.changes);
  // Contacts are not listed: counted contacts show as one 'contactsOmitted' change.
  const incomplete = (['decisionGroup', 'competitors', 'plan'] as const).filter((p) => before.omitted[p] > 0 || after.omitted[p] > 0);
  return { accountId: after.accountId, since: before.date, date: after.date, changes, incomplete, contactOutcomes: contacts.outcomes };
}
