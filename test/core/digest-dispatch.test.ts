import type { Digest } from '../../src/core/digest';
import { dispatch, SEND_TIME_BUDGET_MS } from '../../src/core/digest';

const digest = (recipient: string): Digest => ({ recipient, notices: [], keys: [] });
const three = [digest('a@x.com'), digest('b@x.com'), digest('c@x.com')];

describe('dispatch', () => {
  test('quota is checked before each message; what does not fit waits', () => {
    let quota = 1;
    const sent: string[] = [];
    const out = dispatch(three, { elapsedMs: () => 0, remainingQuota: () => quota, send: (d) => (sent.push(d.recipient), quota--) });
    expect(sent).toEqual(['a@x.com']);
    expect(out.map((o) => o.status)).toEqual(['sent', 'deferred', 'deferred']);
  });

  test('a failing send is recorded with its reason and the others still go', () => {
    const out = dispatch(three, {
      elapsedMs: () => 0,
      remainingQuota: () => 10,
      send: (d) => {
        if (d.recipient === 'b@x.com') throw new Error('Mail service\nunavailable');
      },
    });
    expect(out).toEqual([
      { digest: three[0], status: 'sent' },
      { digest: three[1], status: 'failed', reason: 'Mail service unavailable' },
      { digest: three[2], status: 'sent' },
    ]);
  });

  test('stops before the time budget, the rest deferred for the next run', () => {
    let t = 0;
    const out = dispatch(three, {
      elapsedMs: () => t,
      remainingQuota: () => 10,
      send: () => {
        t += SEND_TIME_BUDGET_MS / 2 + 1;
      },
    });
    expect(out.map((o) => (o.status === 'deferred' ? `deferred:${o.reason}` : o.status))).toEqual(['sent', 'sent', 'deferred:time']);
  });
});
