import type { Digest } from '../../../src/core/reminders/digest';
import { dispatch, fairOrder, SEND_TIME_BUDGET_MS } from '../../../src/core/reminders/digest';

const digest = (recipient: string): Digest => ({ recipient, notices: [], keys: [`k-${recipient}`] });
const three = [digest('a@x.com'), digest('b@x.com'), digest('c@x.com')];
const AT = new Date('2025-06-16T06:00:00Z');
const base = { elapsedMs: () => 0, now: () => AT, quota: 10, send: () => undefined, record: () => true };
const statuses = (out: ReturnType<typeof dispatch>) => out.map((o) => (o.status === 'deferred' ? `deferred:${o.reason}` : o.status));

describe('dispatch', () => {
  test('the quota read once is counted down locally; what does not fit waits', () => {
    const sent: string[] = [];
    const out = dispatch(three, { ...base, quota: 1, send: (d) => void sent.push(d.recipient) });
    expect(sent).toEqual(['a@x.com']);
    expect(statuses(out)).toEqual(['sent', 'deferred:quota', 'deferred:quota']);
  });

  test('a failing send is recorded with its reason and the others still go', () => {
    const out = dispatch(three, {
      ...base,
      send: (d) => {
        if (d.recipient === 'b@x.com') throw new Error('Mail service\nunavailable');
      },
    });
    expect(out).toEqual([
      { digest: three[0], status: 'sent', at: AT },
      { digest: three[1], status: 'failed', reason: 'Mail service unavailable' },
      { digest: three[2], status: 'sent', at: AT },
    ]);
  });

  test('a send whose record cannot be written counts as sent, and nothing more is sent in that run', () => {
    const out = dispatch(three, {
      ...base,
      record: (d) => {
        if (d.recipient === 'a@x.com') throw new Error('Argument too large');
        return true;
      },
    });
    expect(statuses(out)).toEqual(['sent', 'deferred:record', 'deferred:record']);
  });

  test('stops before the time budget, the rest deferred for the next run', () => {
    let t = 0;
    const out = dispatch(three, {
      ...base,
      elapsedMs: () => t,
      send: () => {
        t += SEND_TIME_BUDGET_MS / 2 + 1;
      },
    });
    expect(statuses(out)).toEqual(['sent', 'sent', 'deferred:time']);
  });
});

describe('fairOrder', () => {
  test('waiting digests first (oldest wait first), then the recipient longest without a digest', () => {
    const order = fairOrder(three, {
      waitingSince: (k) => (k === 'k-c@x.com' ? 5 : k === 'k-b@x.com' ? 9 : undefined),
      lastSent: (r) => (r === 'a@x.com' ? 1 : undefined),
    });
    expect(order.map((d) => d.recipient)).toEqual(['c@x.com', 'b@x.com', 'a@x.com']);
    const never = fairOrder([digest('a@x.com'), digest('z@x.com')], {
      waitingSince: () => undefined,
      lastSent: (r) => (r === 'a@x.com' ? 1 : undefined),
    });
    expect(never.map((d) => d.recipient)).toEqual(['z@x.com', 'a@x.com']);
  });
});
