/**
 * Text-level formula rewrites between Sheets syntax and what HyperFormula
 * accepts, plus relative-reference shifting for conditional-format and
 * validation formulas (which Sheets writes relative to the rule's top-left).
 */
import { colToLetters, lettersToCol } from './a1';

const SHEET = String.raw`(?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!`;

/** Applies fn to the parts of a formula outside "string literals". */
export function mapOutsideStrings(formula: string, fn: (code: string) => string): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const q = formula.indexOf('"', i);
    if (q < 0) {
      out += fn(formula.slice(i));
      break;
    }
    out += fn(formula.slice(i, q));
    // A literal ends at the next quote not followed by another quote.
    let j = q + 1;
    for (;;) {
      const k = formula.indexOf('"', j);
      if (k < 0) {
        j = formula.length;
        break;
      }
      if (formula[k + 1] === '"') {
        j = k + 2;
        continue;
      }
      j = k + 1;
      break;
    }
    out += formula.slice(q, j);
    i = j;
  }
  return out;
}

const A1_TEXT = new RegExp(String.raw`^(${SHEET})?\$?[A-Za-z]{1,3}\$?\d+(:\$?[A-Za-z]{1,3}\$?\d+)?$`);
const NAME_TEXT = /^[A-Za-z_][A-Za-z0-9_.]*$/;

/**
 * INDIRECT("<reference>") with a literal argument becomes the reference itself (HyperFormula has no INDIRECT),
 * which is what Sheets evaluates: an A1 reference, sheet-qualified or not, or a named range; any other text is
 * #REF!, as in Sheets. The literal is not shifted with the rule's relative references, as in Sheets. INDIRECT of
 * a computed argument throws: the runtime does not emulate it.
 * https://support.google.com/docs/answer/3093377
 */
export function resolveLiteralIndirect(formula: string): string {
  if (!/INDIRECT\s*\(/i.test(formula)) return formula;
  let out = '';
  let i = 0;
  const call = /INDIRECT\s*\(\s*"((?:[^"]|"")*)"\s*(?:,\s*(?:TRUE\(\)|TRUE|1)\s*)?\)/iy;
  while (i < formula.length) {
    const ch = formula[i] as string;
    if (ch === '"') {
      // Copy a string literal as it is.
      let j = i + 1;
      while (j < formula.length && !(formula[j] === '"' && formula[j + 1] !== '"')) j += formula[j] === '"' ? 2 : 1;
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (/[A-Za-z]/.test(ch) && !/[A-Za-z0-9_.$]/.test(formula[i - 1] ?? ' ') && /^INDIRECT\s*\(/i.test(formula.slice(i, i + 20))) {
      call.lastIndex = i;
      const m = call.exec(formula);
      if (!m) throw new Error(`INDIRECT with a computed argument is not emulated: ${formula}`);
      const ref = (m[1] ?? '').replace(/""/g, '"').trim();
      out += A1_TEXT.test(ref) || NAME_TEXT.test(ref) ? ref : '#REF!';
      i += m[0].length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

export function unquoteSheet(prefix: string | undefined): string | undefined {
  if (!prefix) return undefined;
  const name = prefix.slice(0, -1);
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

const OPEN_RANGE = new RegExp(
  String.raw`(?<![A-Za-z0-9_.$'!])(${SHEET})?(\$?[A-Za-z]{1,3}\$?\d+):(\$?[A-Za-z]{1,3})(?![A-Za-z0-9_($.!])`,
  'g',
);

/**
 * HyperFormula has no open-ended ranges such as A3:A or Settings!B2:B
 * (Sheets: "to the last row of the sheet"), so bound them to the sheet's
 * current row count. `maxRowsOf(undefined)` is the formula's own sheet.
 */
export function boundOpenRanges(
  formula: string,
  maxRowsOf: (sheet: string | undefined) => number | undefined,
): { text: string; openEnded: boolean } {
  let openEnded = false;
  const text = mapOutsideStrings(formula, (code) =>
    code.replace(OPEN_RANGE, (all, prefix: string | undefined, start: string, endCol: string) => {
      const max = maxRowsOf(unquoteSheet(prefix));
      if (max === undefined) return all;
      openEnded = true;
      return `${prefix ?? ''}${start}:${endCol}${max}`;
    }),
  );
  return { text, openEnded };
}

const BOUNDED_RANGE = new RegExp(
  String.raw`(?<![A-Za-z0-9_.$'!])(${SHEET})?(\$?[A-Za-z]{1,3}\$?\d+):(\$?[A-Za-z]{1,3})\$?(\d+)(?![A-Za-z0-9_($.!])`,
  'g',
);

/** Inverse of boundOpenRanges: a range ending on the sheet's last row is shown open-ended. */
export function unboundOpenRanges(formula: string, maxRowsOf: (sheet: string | undefined) => number | undefined): string {
  return mapOutsideStrings(formula, (code) =>
    code.replace(BOUNDED_RANGE, (all, prefix: string | undefined, start: string, endCol: string, endRow: string) => {
      const max = maxRowsOf(unquoteSheet(prefix));
      return max !== undefined && Number(endRow) === max ? `${prefix ?? ''}${start}:${endCol}` : all;
    }),
  );
}

const REF = new RegExp(
  String.raw`(?<![A-Za-z0-9_.$'!:])(${SHEET})?(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?::(\$?)([A-Za-z]{1,3})(?:(\$?)(\d+))?)?(?![A-Za-z0-9_(.!])`,
  'g',
);

/** Shifts relative (non-$) references by dr rows and dc columns, as copying a formula would. */
export function shiftRelative(formula: string, dr: number, dc: number): string {
  if (dr === 0 && dc === 0) return formula;
  const col = (abs: string, letters: string) => (abs ? `$${letters.toUpperCase()}` : colToLetters(Math.max(1, lettersToCol(letters) + dc)));
  const row = (abs: string, n: string) => (abs ? `$${n}` : String(Math.max(1, Number(n) + dr)));
  return mapOutsideStrings(formula, (code) =>
    code.replace(
      REF,
      (
        _all,
        prefix: string | undefined,
        ca: string,
        c: string,
        ra: string,
        r: string,
        ca2?: string,
        c2?: string,
        ra2?: string,
        r2?: string,
      ) => {
        let s = `${prefix ?? ''}${col(ca, c)}${row(ra, r)}`;
        if (c2 !== undefined) s += `:${col(ca2 ?? '', c2)}${r2 !== undefined ? row(ra2 ?? '', r2) : ''}`;
        return s;
      },
    ),
  );
}
