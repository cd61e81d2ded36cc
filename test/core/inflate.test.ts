/**
 * core/texts/inflate.ts, the decoder of the packed text catalogues, against
 * Node's zlib: every block type (stored, fixed and dynamic Huffman) and the
 * catalogues themselves come back byte for byte.
 */
import { deflateRawSync } from 'node:zlib';
import { inflate } from '../../src/core/texts/inflate';
import { en } from '../../src/core/texts/en';
import { lt } from '../../src/core/texts/lt';
import { ru } from '../../src/core/texts/ru';

const roundTrip = (data: Uint8Array, level: number): Uint8Array =>
  inflate(new Uint8Array(deflateRawSync(data, { level })), new Uint8Array(data.length));

/** Deterministic pseudo-random bytes (no Math.random in tests). */
function noise(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0, x = seed; i < n; i++) out[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
  return out;
}

describe('inflate', () => {
  test('the three catalogues come back byte for byte', () => {
    const text = Buffer.from(JSON.stringify({ en, ru, lt }), 'utf8');
    expect(Buffer.from(roundTrip(text, 9)).equals(text)).toBe(true);
  });

  test('stored blocks (level 0), fixed Huffman (a short input) and long back references', () => {
    const short = Buffer.from('Paleiskite „Sukurti arba atkurti dosjė“', 'utf8');
    expect(Buffer.from(roundTrip(short, 9)).equals(short)).toBe(true);
    const random = noise(70000, 7);
    expect(Buffer.from(roundTrip(random, 0)).equals(Buffer.from(random))).toBe(true);
    expect(Buffer.from(roundTrip(random, 6)).equals(Buffer.from(random))).toBe(true);
    const repeated = Buffer.from('abc'.repeat(40000) + 'x'.repeat(1000), 'utf8');
    expect(Buffer.from(roundTrip(repeated, 9)).equals(repeated)).toBe(true);
  });

  test('a truncated stream throws instead of returning half the text', () => {
    const text = Buffer.from(JSON.stringify(en), 'utf8');
    const packed = new Uint8Array(deflateRawSync(text, { level: 9 }));
    expect(() => inflate(packed.subarray(0, packed.length >> 1), new Uint8Array(text.length))).toThrow(/inflate/);
  });
});
