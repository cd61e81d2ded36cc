/**
 * The threshold-crossing rule (core/reminders/notices/crossing.ts) over a
 * simulated ledger: told once per crossing, not again while the client stays
 * over the line, again after it drops out and crosses once more.
 */
import type { CrossingRow, Notice } from '../../../src/core/reminders/notices';
import { crossingNotices, noticeKey } from '../../../src/core/reminders/notices';

const T = { key: 0.1, critical: 0.2, mono: 0.5 };
const row = (share: number | null, supervisor = 'boss@example.com'): CrossingRow => ({
  account: 'ACME',
  accountName: 'Acme',
  share,
  manager: 'kam@example.com',
  supervisor,
  link: { tab: 'accounts', row: 3 },
});

/** A ledger that records what each "run" sends and ends, as app/reminders does. */
function ledger() {
  const sent = new Set<string>();
  const cleared = new Set<string>();
  return {
    /** One run at this share: returns the notices told (sent) by it. */
    run(share: number | null, supervisor?: string): Notice[] {
      const c = crossingNotices([row(share, supervisor)], T, { sent: (k) => sent.has(k), cleared: (k) => cleared.has(k) });
      const fresh = c.notices.filter((n) => !sent.has(noticeKey(n)));
      for (const n of fresh) sent.add(noticeKey(n));
      for (const n of c.ended) cleared.add(noticeKey(n));
      return fresh;
    },
  };
}
const told = (ns: Notice[]): string[] => ns.map((n) => `${n.recipient} ${n.band} w${n.round}`);

describe('crossing a concentration threshold', () => {
  test('told to the supervisor once when crossing 20 %, not again while over it', () => {
    const l = ledger();
    expect(told(l.run(0.15))).toEqual([]);
    expect(told(l.run(0.2))).toEqual([]); // "over" is strict: exactly 20 % is key
    expect(told(l.run(0.21))).toEqual(['boss@example.com critical w1']);
    expect(told(l.run(0.25))).toEqual([]);
    expect(told(l.run(0.3))).toEqual([]);
  });

  test('again after it drops out and crosses once more; each threshold on its own', () => {
    const l = ledger();
    expect(told(l.run(0.25))).toEqual(['boss@example.com critical w1']);
    expect(told(l.run(0.18))).toEqual([]); // dropped out: the crossing ends (logged 'cleared')
    expect(told(l.run(0.18))).toEqual([]);
    expect(told(l.run(0.22))).toEqual(['boss@example.com critical w3']);
    // Over 50 %: the mono-client line is crossed; the 20 % crossing is still the same one.
    expect(told(l.run(0.55))).toEqual(['boss@example.com mono w2']);
    expect(told(l.run(0.35))).toEqual([]);
    expect(told(l.run(0.6))).toEqual(['boss@example.com mono w4']);
  });

  test('an unknown share (no company revenue) neither tells nor ends a crossing; no supervisor, nobody told', () => {
    const l = ledger();
    expect(told(l.run(0.3))).toEqual(['boss@example.com critical w1']);
    expect(told(l.run(null))).toEqual([]);
    expect(told(l.run(0.3))).toEqual([]);
    expect(crossingNotices([row(0.9, '')], T, { sent: () => false, cleared: () => false })).toEqual({ notices: [], ended: [] });
  });

  test('a new supervisor hears of a crossing already told to the previous one', () => {
    const l = ledger();
    expect(told(l.run(0.3))).toEqual(['boss@example.com critical w1']);
    expect(told(l.run(0.3, 'newboss@example.com'))).toEqual(['newboss@example.com critical w1']);
  });
});
