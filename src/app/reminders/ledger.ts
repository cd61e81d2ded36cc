/**
 * The ledger: the Notices log tab. A notice key with a 'sent' row is never
 * sent again; 'deferred' and 'failed' rows explain why something is still
 * pending. Read in one getValues, appended in one setValues per run.
 */
import { noticeKey } from '../../core/schedule';
import type { Notice } from '../../core/schedule';
import { tabSpec } from '../../core/schema/tabs';
import { FIRST_DATA_ROW } from '../../core/schema/types';
import { findTable } from '../../sheets/table';
import { ensureRows, literalText } from '../../sheets/write';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type LedgerStatus = 'sent' | 'deferred' | 'failed';

export interface LedgerEntry {
  readonly notice: Notice;
  readonly status: LedgerStatus;
  readonly detail: string;
}

export interface Ledger {
  readonly sheet: Sheet;
  readonly columnOf: Readonly<Record<string, number>>;
  readonly width: number;
  /** Next free row (below everything on the tab). */
  readonly nextRow: number;
  readonly sent: ReadonlySet<string>;
  /** Keys whose latest row says deferred/failed, with that detail: a repeat of the same is not logged again. */
  readonly pending: ReadonlyMap<string, string>;
}

const NOTICES = tabSpec('notices');

export function readLedger(ss: Spreadsheet): Ledger | null {
  const t = findTable(ss, NOTICES);
  if (!t) return null;
  const keyCol = t.columnOf['notice_key'];
  const statusCol = t.columnOf['status'];
  if (keyCol === undefined || statusCol === undefined) return null; // no ledger we can trust
  const detailCol = t.columnOf['detail'];
  const sent = new Set<string>();
  const pending = new Map<string, string>();
  for (const row of t.rows) {
    const key = String(row[keyCol - 1] ?? '');
    if (key === '') continue;
    const status = String(row[statusCol - 1] ?? '');
    if (status === 'sent') {
      sent.add(key);
      pending.delete(key);
    } else if (!sent.has(key)) pending.set(key, `${status}:${detailCol ? String(row[detailCol - 1] ?? '') : ''}`);
  }
  return { sheet: t.sheet, columnOf: t.columnOf, width: t.width, nextRow: FIRST_DATA_ROW + t.rows.length, sent, pending };
}

/** Appends the run's entries in one write; deferred/failed rows repeating the last one for the key are skipped. */
export function appendLedger(
  ledger: Ledger,
  entries: readonly LedgerEntry[],
  loggedAt: Date,
  recoveredKeys: readonly string[] = [],
): number {
  const rows: unknown[][] = [];
  const width = Math.max(ledger.width, ...Object.values(ledger.columnOf));
  const push = (cells: Readonly<Record<string, string>>): void => {
    const row: unknown[] = Array.from({ length: width }, () => '');
    for (const [col, v] of Object.entries({ logged_at: loggedAt, ...cells })) {
      const c = ledger.columnOf[col];
      if (c !== undefined) row[c - 1] = typeof v === 'string' ? literalText(v) : v;
    }
    rows.push(row);
  };
  for (const key of recoveredKeys) {
    push({ notice_key: key, status: 'sent', detail: 'recovered from the run journal (sent earlier, log write had failed)' });
  }
  for (const e of entries) {
    const key = noticeKey(e.notice);
    if (e.status !== 'sent' && ledger.pending.get(key) === `${e.status}:${e.detail}`) continue;
    const n = e.notice;
    push({ notice_key: key, recipient: n.recipient, account: n.account, rule: n.rule, due: n.due, status: e.status, detail: e.detail });
  }
  if (rows.length) {
    ensureRows(ledger.sheet, ledger.nextRow + rows.length - 1);
    ledger.sheet.getRange(ledger.nextRow, 1, rows.length, width).setValues(rows);
  }
  return rows.length;
}
