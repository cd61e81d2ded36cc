/**
 * A snapshot stored as a few cells: it reads back exactly, it stays within
 * Sheets' per-cell limit and a fixed number of cells whatever the account,
 * and damaged or foreign cells read as "no snapshot", never as an error.
 */
import fc from 'fast-check';
import { CELL_LIMIT, decodeSnapshot, encodeSnapshot, fitSnapshot, MAX_CHUNKS } from '../../../src/core/review/codec';
import { diffSnapshots } from '../../../src/core/review/diff';
import { hash53 } from '../../../src/core/review/hash';
import type { Snapshot } from '../../../src/core/review/snapshot';
import { takeSnapshot } from '../../../src/core/review/snapshot';
import { dossierArb } from './review.arb';
import { bigDossier, FIRST_REVIEW, hugeDossier, input, SECOND_REVIEW } from './review.fixture';

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function expectCells(chunks: readonly string[]): void {
  expect(chunks.length).toBeGreaterThanOrEqual(1);
  expect(chunks.length).toBeLessThanOrEqual(MAX_CHUNKS);
  for (const c of chunks) {
    expect(c.length).toBeLessThanOrEqual(CELL_LIMIT);
    // Starts with a letter: Sheets will not read it as a formula, number or date.
    expect(c.startsWith('KAD-SNAPSHOT v1 ')).toBe(true);
    expect(LONE_SURROGATE.test(c)).toBe(false);
  }
}

describe('snapshot cells', () => {
  test('an account with 50 people, 20 competitors and 200 contacts fits in one cell and reads back exactly', () => {
    const s = takeSnapshot(input(bigDossier(50, 20, 200), SECOND_REVIEW, FIRST_REVIEW));
    const chunks = encodeSnapshot(s);
    expectCells(chunks);
    expect(chunks).toHaveLength(1);
    const size = chunks.reduce((n, c) => n + c.length, 0);
    expect(size).toBeLessThan(CELL_LIMIT);
    expect(decodeSnapshot(chunks)).toEqual(s);
    // The newest 100 contacts one by one, the other 100 counted by outcome.
    expect(s.contacts).toHaveLength(100);
    expect(s.omitted.contacts).toBe(100);
    expect(s.decisionGroup).toHaveLength(50);
    expect(s.competitors).toHaveLength(20);
  });

  test('any dossier reads back exactly as stored', () => {
    fc.assert(
      fc.property(dossierArb, (d) => {
        const s = takeSnapshot(input(d, SECOND_REVIEW, FIRST_REVIEW));
        const chunks = encodeSnapshot(s);
        expectCells(chunks);
        expect(decodeSnapshot(chunks)).toEqual(fitSnapshot(s));
        expect(fitSnapshot(s)).toEqual(s); // generated dossiers are small: nothing is cut
      }),
      { numRuns: 150 },
    );
  });

  test('an absurdly large account still fits in MAX_CHUNKS cells; what is cut is counted, and nothing is reported as changed', () => {
    const s = takeSnapshot(input(hugeDossier(), SECOND_REVIEW, FIRST_REVIEW));
    const chunks = encodeSnapshot(s);
    expectCells(chunks);
    const back = decodeSnapshot(chunks) as Snapshot;
    expect(back).not.toBeNull();
    expect(back).toEqual(fitSnapshot(s));
    expect(back.omitted.contacts).toBe(2000);
    expect(Object.values(back.omitted.contactOutcomes).reduce((a, b) => a + b, 0)).toBe(2000);
    expect(back.omitted.decisionGroup + back.decisionGroup.length).toBe(400);
    expect(back.omitted.plan + back.plan.length).toBe(400);
    expect(back.omitted.competitors + back.competitors.length).toBe(200);
    expect(back.omitted.decisionGroup + back.omitted.plan + back.omitted.competitors).toBeGreaterThan(0);
    // The cut snapshot against the full one: texts compare by fingerprint, cut items are not "removed".
    const diff = diffSnapshots(s, back);
    expect(diff.changes.filter((c) => c.kind !== 'contactsOmitted')).toEqual([]);
    expect(diffSnapshots(back, back).changes).toEqual([]);
  });

  test('old reviews and foreign cells: no snapshot', () => {
    expect(decodeSnapshot([])).toBeNull();
    expect(decodeSnapshot(['', '', ''])).toBeNull();
    expect(decodeSnapshot(['Reviewed with the team; next steps agreed.'])).toBeNull();
    expect(decodeSnapshot([42, true])).toBeNull();
    expect(decodeSnapshot(null as unknown as unknown[])).toBeNull();
    expect(decodeSnapshot(['KAD-SNAPSHOT v1 1/1 0|{}'])).toBeNull();
    expect(decodeSnapshot(['KAD-SNAPSHOT v2 1/1 0|{}'])).toBeNull();
  });

  describe('damaged cells read as null or as the very snapshot stored, never an exception', () => {
    // 200 people, 60 competitors: two cells without any cutting.
    const stored = takeSnapshot(input(bigDossier(200, 60, 200), SECOND_REVIEW, FIRST_REVIEW));
    const chunks = encodeSnapshot(stored);

    test('the multi-cell case really has several cells, nothing cut', () => {
      expect(chunks.length).toBeGreaterThan(1);
      expect(fitSnapshot(stored)).toBe(stored);
    });

    test('cells in any order read back; a missing or repeated cell does not', () => {
      expect(decodeSnapshot([...chunks].reverse())).toEqual(stored);
      expect(decodeSnapshot(['', ...chunks, ''])).toEqual(stored);
      expect(decodeSnapshot(chunks.slice(1))).toBeNull();
      expect(decodeSnapshot([...chunks, chunks[0]])).toBeNull();
    });

    test('random damage', () => {
      const damage = fc.oneof(
        // one character replaced
        fc.tuple(fc.nat(), fc.nat(), fc.string({ minLength: 1, maxLength: 1 })).map(([i, at, ch]) => (cells: string[]) => {
          const k = i % cells.length;
          const c = cells[k] as string;
          const p = at % c.length;
          cells[k] = c.slice(0, p) + ch + c.slice(p + 1);
          return cells as unknown[];
        }),
        // a cell cut short
        fc.tuple(fc.nat(), fc.nat()).map(([i, at]) => (cells: string[]) => {
          const k = i % cells.length;
          cells[k] = (cells[k] as string).slice(0, at % (cells[k] as string).length);
          return cells as unknown[];
        }),
        // a cell overwritten by anything a user might type or a formula might yield
        fc
          .tuple(fc.nat(), fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.date(), fc.constant(null)))
          .map(([i, v]) => (cells: string[]) => {
            const out: unknown[] = [...cells];
            out[i % cells.length] = v;
            return out;
          }),
        // the header of one cell pasted onto the payload of another
        fc.tuple(fc.nat(), fc.nat()).map(([i, j]) => (cells: string[]) => {
          const a = cells[i % cells.length] as string;
          const b = cells[j % cells.length] as string;
          cells[i % cells.length] = a.slice(0, a.indexOf('|') + 1) + b.slice(b.indexOf('|') + 1);
          return cells as unknown[];
        }),
      );
      fc.assert(
        fc.property(damage, (hurt) => {
          const got = decodeSnapshot(hurt([...chunks]));
          if (got !== null) expect(got).toEqual(stored);
        }),
        { numRuns: 150 },
      );
    });

    test('arbitrary JSON under a valid header and checksum: null or a well-formed snapshot, never an exception', () => {
      // Builds cells whose checksum is right, so the structure checks themselves are exercised.
      fc.assert(
        fc.property(fc.jsonValue(), (j) => {
          const payload = JSON.stringify(j) ?? '';
          const got = decodeSnapshot([`KAD-SNAPSHOT v1 1/1 ${hash53(payload)}|${payload}`]);
          expect(got === null || typeof got.accountId === 'string').toBe(true);
        }),
        { numRuns: 300 },
      );
      const payload = JSON.parse(chunks.map((c) => c.slice(c.indexOf('|') + 1)).join('')) as Record<string, unknown>;
      for (const key of Object.keys(payload)) {
        const broken = JSON.stringify({ ...payload, [key]: {} });
        expect(decodeSnapshot([`KAD-SNAPSHOT v1 1/1 ${hash53(broken)}|${broken}`])).toBeNull();
      }
    });
  });
});
