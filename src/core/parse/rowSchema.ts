/**
 * zod cell schemas DERIVED from the TabSpec: one schema per column type, no
 * second list of fields. Each column turns a raw Sheets value into its typed
 * value (null when empty) or records a problem code on the column's path.
 */
import * as z from 'zod/mini';
import type { CivilDate } from '../civilDate';
import type { ColumnSpec } from '../schema/types';
import type { CellProblem, Coerced } from './coerce';
import {
  coerceDate,
  coerceEmail,
  coerceInteger,
  coerceMoney,
  coerceNumber,
  coerceOption,
  coercePercent,
  coerceText,
  isEmptyCell,
  optionIndex,
} from './coerce';

/** A parsed cell: text, option keys, account ids and emails are strings; dates are CivilDate strings; null is empty. */
export type CellValue = string | number | null;

export type ZoneCivil = (d: Date) => CivilDate;

function coerceFor(col: ColumnSpec, civilOf: ZoneCivil): (v: unknown) => Coerced<CellValue> {
  switch (col.type) {
    case 'date':
      return (v) => coerceDate(v, civilOf);
    case 'money':
      return coerceMoney;
    case 'integer':
      return coerceInteger;
    case 'number':
      return coerceNumber;
    case 'percent':
      return coercePercent;
    case 'email':
      return coerceEmail;
    case 'enum': {
      const index = optionIndex(col.options ?? []);
      return (v) => coerceOption(v, index);
    }
    case 'computed':
      // The sheet's formula owns these; read what it shows, never complain about it.
      return (v) => {
        const t =
          col.yields === 'date'
            ? coerceDate(v, civilOf)
            : col.yields === 'percent' || col.yields === 'number'
              ? coercePercent(v)
              : coerceText(v, civilOf);
        return t.ok ? t : { ok: true, value: null };
      };
    case 'text':
    case 'longtext':
    case 'accountRef':
      return (v) => coerceText(v, civilOf);
  }
}

/** The zod schema of one column: unknown → CellValue, or an issue whose message is the CellProblem code. */
export function columnSchema(col: ColumnSpec, civilOf: ZoneCivil) {
  const coerce = coerceFor(col, civilOf);
  const required = col.required === true && col.type !== 'computed';
  return z.pipe(
    z.unknown(),
    z.transform((v: unknown, ctx): CellValue => {
      if (isEmptyCell(v)) {
        if (required) ctx.issues.push({ code: 'custom', message: 'required' satisfies CellProblem, input: v });
        return null;
      }
      const r = coerce(v);
      if (r.ok) return r.value;
      ctx.issues.push({ code: 'custom', message: r.problem, input: v });
      return null;
    }),
  );
}
