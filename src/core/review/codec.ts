/**
 * A snapshot as a few cells of text: compact JSON (field keys once per part,
 * items as arrays), versioned, checksummed and cut into chunks that each fit
 * one cell. Reading never throws: damaged, partial or foreign cells give null,
 * which the product shows as "no snapshot for this review".
 *
 * Size policy (so any account fits in MAX_CHUNKS cells): takeSnapshot already
 * keeps texts over SHORT_TEXT_MAX characters as fingerprints and the newest
 * CONTACTS_KEPT contacts one by one. When that is still too big, fitSnapshot
 * applies, in order, until it fits: (1) keep the newest 20 contacts; (2) also
 * fingerprint texts over 40 characters; (3) keep no contact one by one and
 * fingerprint every text, labels cut to 24 characters; (4) halve the longest
 * list (people, competitors, plan) until it fits. Whatever is left out is
 * counted in `omitted` (contacts by outcome), and the diff reports a list with
 * omitted items as incomplete instead of calling them removed.
 */
import { isCivilDate } from '../civilDate';
import { CONTACT_OUTCOMES, optionKey } from '../domain';
import { hash53 } from './hash';
import type { FieldPart, FieldValue, Fields, ItemPart, Omitted, SnapItem, Snapshot } from './snapshot';
import { FIELD_PARTS, isDigest, ITEM_PARTS, shorten, SNAPSHOT_VERSION, textValue } from './snapshot';

/**
 * Characters one Sheets cell holds. The docs corpus within reach has no Google reference page stating it; the
 * Sheets API's own HTTP 400 answer does: "Your input contains more than the maximum of 50000 characters in a
 * single cell.", quoted verbatim from sheets.googleapis.com at
 * https://github.com/moevm/github_repo_commitment_calc/issues/67 and listed at
 * https://integrately.com/integrations/google-sheets/error.
 */
export const CELL_LIMIT = 50_000;
/** Hard cap: a snapshot never takes more cells than this. */
export const MAX_CHUNKS = 4;

const MAGIC = 'KAD-SNAPSHOT';
const HEADER = /^KAD-SNAPSHOT v(\d+) (\d+)\/(\d+) ([0-9a-z]{1,12})\|/;
/** Room left in each cell for the header ("KAD-SNAPSHOT v1 1/4 <hash>|" is under 40 characters). */
const HEADER_ROOM = 48;

/** false marks "this item has no such field" (closed plan items keep only kind and status). */
type Wire = string | number | null | [string, number] | false;

const wireValue = (v: FieldValue): Wire => (isDigest(v) ? [v.hash, v.length] : v);

function serialise(s: Snapshot): string {
  const f: Record<string, [string[], Wire[]]> = {};
  for (const p of FIELD_PARTS) {
    const keys = Object.keys(s[p]);
    f[p] = [keys, keys.map((k) => wireValue(s[p][k] ?? null))];
  }
  const i: Record<string, [string[], Wire[][]]> = {};
  for (const p of ITEM_PARTS) {
    const keys = [...new Set(s[p].flatMap((it) => Object.keys(it.fields)))];
    i[p] = [
      keys,
      s[p].map((it) => [
        it.id,
        it.label,
        it.closed ? 1 : 0,
        ...keys.map((k) => (k in it.fields ? wireValue(it.fields[k] ?? null) : false)),
      ]),
    ];
  }
  const o = s.omitted;
  return JSON.stringify({
    a: s.accountId,
    d: s.date,
    s: s.since,
    f,
    i,
    o: [o.decisionGroup, o.competitors, o.plan, o.contacts, o.contactOutcomes],
  });
}

/** Cuts text into pieces of at most `size`, never between the two halves of a surrogate pair. */
function cut(text: string, size: number): string[] {
  const out: string[] = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(at + size, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    out.push(text.slice(at, end));
    at = end;
  }
  return out.length ? out : [''];
}

function chunk(payload: string): string[] {
  const sum = hash53(payload);
  const pieces = cut(payload, CELL_LIMIT - HEADER_ROOM);
  return pieces.map((p, n) => `${MAGIC} v${SNAPSHOT_VERSION} ${n + 1}/${pieces.length} ${sum}|${p}`);
}

/** Whether the snapshot fits in MAX_CHUNKS cells: the pieces counted without the checksum chunk() adds. */
const fits = (s: Snapshot): boolean => cut(serialise(s), CELL_LIMIT - HEADER_ROOM).length <= MAX_CHUNKS;

function keepContacts(s: Snapshot, n: number): Snapshot {
  if (s.contacts.length <= n) return s;
  const outcomes: Record<string, number> = { ...s.omitted.contactOutcomes };
  for (const c of s.contacts.slice(n)) {
    const o = optionKey(CONTACT_OUTCOMES, c.fields['outcome']) ?? '';
    outcomes[o] = (outcomes[o] ?? 0) + 1;
  }
  const dropped = s.contacts.length - n;
  return {
    ...s,
    contacts: s.contacts.slice(0, n),
    omitted: { ...s.omitted, contacts: s.omitted.contacts + dropped, contactOutcomes: outcomes },
  };
}

function digestFields(f: Fields, max: number): Fields {
  const out: Record<string, FieldValue> = {};
  for (const [k, v] of Object.entries(f)) out[k] = typeof v === 'string' && v.length > max ? textValue(v, max) : v;
  return out;
}

/** Texts longer than `max` become fingerprints; option keys and dates are short and always stay. */
function digestTexts(s: Snapshot, max: number, labelMax: number): Snapshot {
  // Option keys are at most 14 characters: a floor of 16 keeps every enum readable.
  const m = Math.max(max, 16);
  const items = (list: readonly SnapItem[]): SnapItem[] =>
    list.map((it) => ({ ...it, label: shorten(it.label, labelMax), fields: digestFields(it.fields, m) }));
  return {
    ...s,
    account: digestFields(s.account, m),
    general: digestFields(s.general, m),
    ourView: digestFields(s.ourView, m),
    decisionGroup: items(s.decisionGroup),
    competitors: items(s.competitors),
    plan: items(s.plan),
    contacts: items(s.contacts),
  };
}

function halveLongest(s: Snapshot): Snapshot | null {
  const lists = (['decisionGroup', 'competitors', 'plan'] as const).filter((p) => s[p].length > 0);
  const p = lists.sort((a, b) => s[b].length - s[a].length)[0];
  if (!p) return null;
  const keep = Math.floor(s[p].length / 2);
  return { ...s, [p]: s[p].slice(0, keep), omitted: { ...s.omitted, [p]: s.omitted[p] + s[p].length - keep } };
}

/** The snapshot as it will be stored: itself when it fits in MAX_CHUNKS cells, else cut down by the size policy above. */
export function fitSnapshot(s: Snapshot): Snapshot {
  if (fits(s)) return s;
  const steps = [
    (x: Snapshot) => keepContacts(x, 20),
    (x: Snapshot) => digestTexts(keepContacts(x, 20), 40, 60),
    (x: Snapshot) => digestTexts(keepContacts(x, 0), 0, 24),
  ];
  let last = s;
  for (const step of steps) {
    last = step(s);
    if (fits(last)) return last;
  }
  for (let next = halveLongest(last); next; next = halveLongest(last)) {
    last = next;
    if (fits(last)) return last;
  }
  return last;
}

/** The snapshot as at most MAX_CHUNKS strings of at most CELL_LIMIT characters, to store one per cell. */
export function encodeSnapshot(s: Snapshot): string[] {
  return chunk(serialise(fitSnapshot(s)));
}

// ---------- reading: every check fails to null, never to an exception ----------

const KEY = /^[A-Za-z0-9_]{1,64}$/;
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function readValue(v: unknown): FieldValue | undefined {
  if (v === null || typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && isCount(v[1])) return { hash: v[0], length: v[1] };
  return undefined;
}

function readKeys(v: unknown): string[] | null {
  if (!Array.isArray(v) || !v.every((k) => typeof k === 'string' && KEY.test(k))) return null;
  return new Set(v).size === v.length ? (v as string[]) : null;
}

function readFields(v: unknown): Fields | null {
  if (!Array.isArray(v) || v.length !== 2) return null;
  const keys = readKeys(v[0]);
  const vals: unknown = v[1];
  if (!keys || !Array.isArray(vals) || vals.length !== keys.length) return null;
  const entries: [string, FieldValue][] = [];
  for (let n = 0; n < keys.length; n++) {
    const x = readValue(vals[n]);
    if (x === undefined) return null;
    entries.push([keys[n] as string, x]);
  }
  // fromEntries defines own properties: a damaged "__proto__" key cannot reach the prototype.
  return Object.fromEntries(entries);
}

function readItems(v: unknown): SnapItem[] | null {
  if (!Array.isArray(v) || v.length !== 2) return null;
  const keys = readKeys(v[0]);
  const rows: unknown = v[1];
  if (!keys || !Array.isArray(rows)) return null;
  const out: SnapItem[] = [];
  const ids = new Set<string>();
  for (const r of rows) {
    if (!Array.isArray(r) || r.length !== keys.length + 3) return null;
    const [id, label, closed] = r as unknown[];
    if (typeof id !== 'string' || typeof label !== 'string' || (closed !== 0 && closed !== 1) || ids.has(id)) return null;
    ids.add(id);
    const entries: [string, FieldValue][] = [];
    for (let n = 0; n < keys.length; n++) {
      const raw: unknown = r[n + 3];
      if (raw === false) continue;
      const x = readValue(raw);
      if (x === undefined) return null;
      entries.push([keys[n] as string, x]);
    }
    out.push(
      closed === 1 ? { id, label, closed: true, fields: Object.fromEntries(entries) } : { id, label, fields: Object.fromEntries(entries) },
    );
  }
  return out;
}

function readOmitted(v: unknown): Omitted | null {
  if (!Array.isArray(v) || v.length !== 5) return null;
  const [dg, comp, plan, contacts, outcomes] = v as unknown[];
  if (!isCount(dg) || !isCount(comp) || !isCount(plan) || !isCount(contacts)) return null;
  if (typeof outcomes !== 'object' || outcomes === null || Array.isArray(outcomes)) return null;
  const entries = Object.entries(outcomes as Record<string, unknown>);
  if (!entries.every(([k, n]) => (k === '' || KEY.test(k)) && isCount(n))) return null;
  return { decisionGroup: dg, competitors: comp, plan, contacts, contactOutcomes: Object.fromEntries(entries) as Record<string, number> };
}

function readSnapshot(payload: string): Snapshot | null {
  let j: unknown;
  try {
    j = JSON.parse(payload);
  } catch (_e) {
    return null;
  }
  if (typeof j !== 'object' || j === null) return null;
  const o = j as Record<string, unknown>;
  const f = o['f'] as Record<string, unknown> | undefined;
  const i = o['i'] as Record<string, unknown> | undefined;
  if (typeof o['a'] !== 'string' || !isCivilDate(o['d']) || !(o['s'] === null || isCivilDate(o['s']))) return null;
  if (typeof f !== 'object' || f === null || typeof i !== 'object' || i === null) return null;
  const fields = {} as Record<FieldPart, Fields>;
  for (const p of FIELD_PARTS) {
    const x = readFields(f[p]);
    if (!x) return null;
    fields[p] = x;
  }
  const items = {} as Record<ItemPart, SnapItem[]>;
  for (const p of ITEM_PARTS) {
    const x = readItems(i[p]);
    if (!x) return null;
    items[p] = x;
  }
  const omitted = readOmitted(o['o']);
  if (!omitted) return null;
  return { version: SNAPSHOT_VERSION, accountId: o['a'], date: o['d'], since: o['s'], ...fields, ...items, omitted };
}

/**
 * The snapshot stored in these cells, or null when there is none or it is damaged (a chunk missing, edited,
 * from another version or another snapshot). Empty cells are ignored, so a whole row of cells can be passed.
 */
export function decodeSnapshot(cells: readonly unknown[]): Snapshot | null {
  try {
    if (!Array.isArray(cells)) return null;
    const filled = cells.filter((c) => !(c === '' || c === null || c === undefined));
    if (filled.length === 0 || filled.length > MAX_CHUNKS) return null;
    const pieces: string[] = [];
    let sum: string | null = null;
    for (const c of filled) {
      if (typeof c !== 'string') return null;
      const m = HEADER.exec(c);
      if (!m || Number(m[1]) !== SNAPSHOT_VERSION || Number(m[3]) !== filled.length) return null;
      const n = Number(m[2]);
      if (n < 1 || n > filled.length || pieces[n - 1] !== undefined || (sum !== null && sum !== m[4])) return null;
      sum = m[4] as string;
      pieces[n - 1] = c.slice(m[0].length);
    }
    const payload = pieces.join('');
    if (hash53(payload) !== sum) return null;
    return readSnapshot(payload);
  } catch (_e) {
    // Belt and braces: whatever the cells hold, the answer is "no snapshot", never an exception.
    return null;
  }
}
