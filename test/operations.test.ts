/**
 * Issue 10 item 6, through the built bundle on the small dossier of test/core/validation/validation.fixture.ts: create and
 * repair read everything before they write (no read after a pending write, each of which makes Sheets flush),
 * and every operation makes at most 1.2 times the service calls of its physical minimum, computed from the
 * schema's line items (scripts/minimum.ts). Call counts, not time.
 */
import type { OperationRow } from '../scripts/bench-operations';
import { measureOperations, operationRows } from '../scripts/bench-operations';
import { ensureBundle } from './bundle';

let rows: OperationRow[];

beforeAll(() => {
  ensureBundle();
  rows = operationRows(measureOperations());
});

const row = (op: OperationRow['op']): OperationRow => rows.find((r) => r.op === op) as OperationRow;

describe('service calls against the physical minimum', () => {
  // The issue asks it of create and repair; every other operation keeps to it too (the daily run reads its status
  // block and the file id before it writes the Notices log).
  test.each(['create', 'repair', 'validate', 'onEdit', 'risk', 'daily'] as const)('%s reads nothing after it has written', (op) => {
    expect(row(op).readsAfterWriteCalls).toEqual({});
  });

  test.each(['create', 'repair', 'validate', 'onEdit', 'risk', 'daily'] as const)('%s stays within 1.2 times its minimum', (op) => {
    const r = row(op);
    expect({ op, calls: r.calls, withinBudget: r.calls <= 1.2 * r.minimum }).toEqual({ op, calls: r.calls, withinBudget: true });
  });

  test('the daily run checks the mail quota once', () => {
    expect(row('daily').byMethod['MailApp.getRemainingDailyQuota']).toBe(1);
  });
});
