/**
 * The ledger: the Notices log tab. A notice key with a 'sent' row is never
 * sent again; 'deferred' and 'failed' rows explain why something is still
 * pending and since when (the next run serves the longest-waiting first);
 * a 'cleared' row ends a told crossing of a revenue-share threshold, so the
 * next crossing is told again (core/reminders/notices/crossing.ts).
 * Read in one getValues, appended in one setValues per compaction.
 */
import type { CivilDate } from '../../core/civilDate';
import { noticeKey } from '../../core/reminders/notices';
import type { Notice } from '../../core/reminders/notices';
import { tabSpec } from '../../core/schema/tabs';
import { FIRST_DATA_ROW } from '../../core/schema/types';
import { civilOf } from '../../sheets/dates';
import { findTable } from '../../sheets/table';
import { ensureRows, literalText } from '../../sheets/write';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type LedgerStatus = 'sent' | 'deferred' | 'failed' | 'cleared';

export interface LedgerEntry {
  readonly notice: Notice;
  readonly status: LedgerStatus;
  readonly detail: string;
  /** When it happened (the send time for sent entries); default: the append time. */
  readonly at?: Date;
}

/** A sent key known only by its key (recovered from a send record); the row's other cells come from the key. */
export interface RecoveredSend {
  readonly key: string;
  readonly recipient: string;
  readonly at: Date;
}

export interface Ledger {
  readonly sheet: Sheet;
  readonly columnOf: Readonly<Record<string, number>>;
  readonly width: number;
  /** Next free row (below everything on the tab); moves on with each append. */
  nextRow: number;
  readonly sent: Set<string>;
  /** Keys whose latest row says deferred/failed, with that detail: a repeat of the same is not logged again. */
  readonly pending: ReadonlyMap<string, string>;
  /** Earliest deferred/failed time (ms) of each key still pending: how long it has waited. */
  readonly waitingSince: ReadonlyMap<string, number>;
  /** Latest send time (ms) per recipient. */
  readonly lastSent: Map<string, number>;
  /** Keys of told threshold crossings that have ended. */
  readonly cleared: Set<string>;
}

const NOTICES = tabSpec('notices');

const timeOf = (v: unknown): number | null => (v instanceof Date && !isNaN(v.getTime()) ? v.getTime() : null);

export function readLedger(ss: Spreadsheet): Ledger | null {
  const t = findTable(ss, NOTICES);
  if (!t) return null;
  const keyCol = t.columnOf['notice_key'];
  const statusCol = t.columnOf['status'];
  if (keyCol === undefined || statusCol === undefined) return null; // no ledger we can trust
  const detailCol = t.columnOf['detail'];
  const atCol = t.columnOf['logged_at'];
  const whoCol = t.columnOf['recipient'];
  const sent = new Set<string>();
  const pending = new Map<string, string>();
  const waitingSince = new Map<string, number>();
  const lastSent = new Map<string, number>();
  const cleared = new Set<string>();
  for (const row of t.rows) {
    const key = String(row[keyCol - 1] ?? '');
    if (key === '') continue;
    const status = String(row[statusCol - 1] ?? '');
    const at = atCol ? timeOf(row[atCol - 1]) : null;
    if (status === 'cleared') cleared.add(key);
    else if (status === 'sent') {
      sent.add(key);
      pending.delete(key);
      waitingSince.delete(key);
      const who = whoCol
        ? String(row[whoCol - 1] ?? '')
            .trim()
            .toLowerCase()
        : '';
      if (who && at !== null && at > (lastSent.get(who) ?? -Infinity)) lastSent.set(who, at);
    } else if (!sent.has(key)) {
      pending.set(key, `${status}:${detailCol ? String(row[detailCol - 1] ?? '') : ''}`);
      if (at !== null && !waitingSince.has(key)) waitingSince.set(key, at);
    }
  }
  return {
    sheet: t.sheet,
    columnOf: t.columnOf,
    width: t.width,
    nextRow: FIRST_DATA_ROW + t.rows.length,
    sent,
    pending,
    waitingSince,
    lastSent,
    cleared,
  };
}

/** Recipients whose latest digest went out on `today` (in the sheet's zone). */
export function mailedOn(ledger: Ledger, today: CivilDate, timeZone: string): Set<string> {
  const out = new Set<string>();
  for (const [who, at] of ledger.lastSent) if (civilOf(new Date(at), timeZone) === today) out.add(who);
  return out;
}

/** The parts of a notice key (noticeKey.ts escapes '%' and '|'). */
function keyParts(key: string): string[] {
  return key.split('|').map((p) => p.replace(/%([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))));
}

/**
 * Appends entries in one write; deferred/failed rows repeating the last one for the key are skipped, as are
 * sent rows the ledger already has. Returns the rows written and marks their keys sent.
 */
export function appendLedger(
  ledger: Ledger,
  entries: readonly LedgerEntry[],
  loggedAt: Date,
  recovered: readonly RecoveredSend[] = [],
): number {
  const rows: unknown[][] = [];
  const width = Math.max(ledger.width, ...Object.values(ledger.columnOf));
  const push = (cells: Readonly<Record<string, string | Date>>): void => {
    const row: unknown[] = Array.from({ length: width }, () => '');
    for (const [col, v] of Object.entries({ logged_at: loggedAt, ...cells })) {
      const c = ledger.columnOf[col];
      if (c !== undefined) row[c - 1] = typeof v === 'string' ? literalText(v) : v;
    }
    rows.push(row);
  };
  const logged = new Set<string>();
  const ended = new Set<string>();
  for (const r of recovered) {
    if (ledger.sent.has(r.key) || logged.has(r.key)) continue;
    logged.add(r.key);
    const [account = '', rule = '', due = ''] = keyParts(r.key);
    push({
      logged_at: r.at,
      notice_key: r.key,
      recipient: r.recipient,
      account,
      rule,
      due,
      status: 'sent',
      detail: 'recorded at send time',
    });
  }
  for (const e of entries) {
    const key = noticeKey(e.notice);
    const known =
      e.status === 'sent'
        ? ledger.sent.has(key) || logged.has(key)
        : e.status === 'cleared'
          ? ledger.cleared.has(key) || ended.has(key)
          : ledger.pending.get(key) === `${e.status}:${e.detail}`;
    if (known) continue;
    if (e.status === 'sent') logged.add(key);
    if (e.status === 'cleared') ended.add(key);
    const n = e.notice;
    push({
      ...(e.at ? { logged_at: e.at } : {}),
      notice_key: key,
      recipient: n.recipient,
      account: n.account,
      rule: n.rule,
      due: n.due,
      status: e.status,
      detail: e.detail,
    });
  }
  if (rows.length) {
    ensureRows(ledger.sheet, ledger.nextRow + rows.length - 1);
    ledger.sheet.getRange(ledger.nextRow, 1, rows.length, width).setValues(rows);
    ledger.nextRow += rows.length;
  }
  for (const k of logged) ledger.sent.add(k);
  for (const k of ended) ledger.cleared.add(k);
  return rows.length;
}
