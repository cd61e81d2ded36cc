/**
 * Send records: right after each digest's sendEmail returns, one document
 * property write records what it delivered (recipient, time, notice keys).
 * A run killed at any later point leaves the record behind; the next run
 * treats its keys as sent and compacts it into the Notices log. So a killed
 * run re-sends at most the one digest whose record write did not happen.
 *
 * Limits (https://developers.google.com/apps-script/guides/services/quotas):
 * 9 KB per value, 500 KB per store. A record longer than a value is split
 * over several keys written in the same setProperties call; the run spills
 * records into the Notices log before they pass SPILL_BYTES, so the store
 * stays bounded whatever the portfolio size.
 */
import type { KeyValueStore } from '../env';
import type { RecoveredSend } from './ledger';

export const RECORD_PREFIX = 'kad.sent.';
const VALUE_BYTES = 8000;
/** Compact into the Notices log before the store holds this much of ours (room left for other properties). */
export const SPILL_BYTES = 250 * 1024;

export function utf8Length(s: string): number {
  return s.replace(/[\u0080-\u07ff]/g, 'xx').replace(/[\u0800-\uffff]/g, 'xxx').length;
}

interface Stored {
  readonly r: string;
  readonly t: number;
  readonly k: readonly string[];
}

/** Every recorded send in the store's properties (read once per run with all()). */
export function readRecords(all: Readonly<Record<string, string>>): { sends: RecoveredSend[]; bytes: number } {
  const sends: RecoveredSend[] = [];
  let bytes = 0;
  for (const [name, value] of Object.entries(all)) {
    if (!name.startsWith(RECORD_PREFIX)) continue;
    bytes += utf8Length(name) + utf8Length(value);
    try {
      const v = JSON.parse(value) as Partial<Stored>;
      if (typeof v.r !== 'string' || typeof v.t !== 'number' || !Array.isArray(v.k)) continue;
      for (const key of v.k) if (typeof key === 'string') sends.push({ key, recipient: v.r, at: new Date(v.t) });
    } catch (_e) {
      // A damaged record cannot be trusted either way; the ledger still holds everything compacted.
    }
  }
  return { sends, bytes };
}

/** Writes one send's record in a single call; returns the bytes it occupies. */
export function writeRecord(store: KeyValueStore, recipient: string, at: Date, keys: readonly string[]): number {
  const base = `${RECORD_PREFIX}${at.getTime()}.${recipient}`;
  const values: Record<string, string> = {};
  let chunk: string[] = [];
  let part = 0;
  const flush = (): void => {
    values[part === 0 ? base : `${base}#${part}`] = JSON.stringify({ r: recipient, t: at.getTime(), k: chunk } satisfies Stored);
    part++;
    chunk = [];
  };
  let size = 0;
  for (const k of keys) {
    const n = utf8Length(k) + 3;
    if (chunk.length && size + n > VALUE_BYTES - utf8Length(recipient) - 40) {
      flush();
      size = 0;
    }
    chunk.push(k);
    size += n;
  }
  if (chunk.length || part === 0) flush();
  store.setMany(values);
  return Object.entries(values).reduce((s, [k, v]) => s + utf8Length(k) + utf8Length(v), 0);
}

/** The store without our records, plus `extra` (summary, day marker), written back in one call that drops the rest. */
export function withoutRecords(all: Readonly<Record<string, string>>, extra: Readonly<Record<string, string>>): Record<string, string> {
  const keep: Record<string, string> = {};
  for (const [k, v] of Object.entries(all)) if (!k.startsWith(RECORD_PREFIX)) keep[k] = v;
  return { ...keep, ...extra };
}
