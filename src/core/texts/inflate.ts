/**
 * A raw DEFLATE decoder (RFC 1951) for the packed text catalogues
 * (scripts/build.mjs): small rather than fast, as in zlib's puff.c, since it
 * runs once per execution on ~15 KB. Fills `out` (sized by the build) and
 * returns it; a corrupt stream throws.
 */

// Length and distance codes: base value and extra bits (RFC 1951 3.2.5), built rather than listed.
const LEN_BASE: number[] = [];
const LEN_EXTRA: number[] = [];
const DIST_BASE: number[] = [];
const DIST_EXTRA: number[] = [];
for (let i = 0, b = 3; i < 28; i++) {
  const e = i < 8 ? 0 : (i >> 2) - 1;
  LEN_BASE.push(b);
  LEN_EXTRA.push(e);
  b += 1 << e;
}
LEN_BASE.push(258);
LEN_EXTRA.push(0);
for (let i = 0, b = 1; i < 30; i++) {
  const e = i < 4 ? 0 : (i >> 1) - 1;
  DIST_BASE.push(b);
  DIST_EXTRA.push(e);
  b += 1 << e;
}
/** The order code-length code lengths are sent in. */
const CL_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/** A canonical Huffman code: how many codes of each length, and the symbols in code order. */
interface Huffman {
  readonly count: Uint16Array;
  readonly symbol: Uint16Array;
}

function huffman(lengths: Uint8Array): Huffman {
  const count = new Uint16Array(16);
  const offset = new Uint16Array(16);
  const symbol = new Uint16Array(lengths.length);
  for (const l of lengths) count[l]!++;
  count[0] = 0;
  for (let i = 1; i < 16; i++) offset[i] = offset[i - 1]! + count[i - 1]!;
  lengths.forEach((l, s) => {
    if (l) symbol[offset[l]!++] = s;
  });
  return { count, symbol };
}

export function inflate(src: Uint8Array, out: Uint8Array): Uint8Array {
  let pos = 0;
  let buf = 0;
  let held = 0;
  let o = 0;
  const bits = (n: number): number => {
    while (held < n) {
      if (pos >= src.length) throw new Error('inflate: stream ends early');
      buf |= src[pos++]! << held;
      held += 8;
    }
    const v = buf & ((1 << n) - 1);
    buf >>>= n;
    held -= n;
    return v;
  };
  const decode = (h: Huffman): number => {
    for (let len = 1, code = 0, first = 0, index = 0; len < 16; len++) {
      code |= bits(1);
      const c = h.count[len]!;
      if (code - c < first) return h.symbol[index + code - first]!;
      index += c;
      first = (first + c) << 1;
      code <<= 1;
    }
    throw new Error('inflate: bad code');
  };
  for (let last = 0; !last;) {
    last = bits(1);
    const type = bits(2);
    if (type === 0) {
      // Stored: skip to the byte boundary (held < 8 after any read), then LEN, NLEN and the bytes.
      buf = held = 0;
      const n = src[pos]! | (src[pos + 1]! << 8);
      out.set(src.subarray(pos + 4, pos + 4 + n), o);
      o += n;
      pos += 4 + n;
      continue;
    }
    let lit: Huffman;
    let dist: Huffman;
    if (type === 1) {
      lit = huffman(new Uint8Array(288).fill(8, 0, 144).fill(9, 144, 256).fill(7, 256, 280).fill(8, 280));
      dist = huffman(new Uint8Array(30).fill(5));
    } else if (type === 2) {
      const nLit = bits(5) + 257;
      const nDist = bits(5) + 1;
      const nCl = bits(4) + 4;
      const cl = new Uint8Array(19);
      for (let i = 0; i < nCl; i++) cl[CL_ORDER[i]!] = bits(3);
      const clCode = huffman(cl);
      const lengths = new Uint8Array(nLit + nDist);
      for (let i = 0; i < lengths.length;) {
        const s = decode(clCode);
        if (s < 16) lengths[i++] = s;
        else {
          const v = s === 16 ? lengths[i - 1]! : 0;
          const n = s === 16 ? 3 + bits(2) : s === 17 ? 3 + bits(3) : 11 + bits(7);
          lengths.fill(v, i, i + n);
          i += n;
        }
      }
      lit = huffman(lengths.subarray(0, nLit));
      dist = huffman(lengths.subarray(nLit));
    } else throw new Error('inflate: bad block type');
    for (let s = decode(lit); s !== 256; s = decode(lit)) {
      if (s < 256) out[o++] = s;
      else {
        const len = LEN_BASE[s - 257]! + bits(LEN_EXTRA[s - 257]!);
        const d = decode(dist);
        const back = DIST_BASE[d]! + bits(DIST_EXTRA[d]!);
        for (let k = 0; k < len; k++, o++) out[o] = out[o - back]!;
      }
    }
  }
  return out;
}
