/**
 * Many filled rows per input tab, for the benchmark and the lossless-repair
 * test: every typed column gets a plausible value of its type, derived from
 * the schema alone, so a new column is covered without touching this file.
 */
import type { CivilDate } from '../../src/core/civilDate';
import { addDays } from '../../src/core/civilDate';
import type { ColumnSpec, TabSpec } from '../../src/core/schema/types';
import type { SampleRow, SampleValue } from './portfolio';
import { rng } from './random';

export const bulkAccountId = (i: number): string => `ACC${String(i + 1).padStart(5, '0')}`;

function valueFor(c: ColumnSpec, i: number, today: CivilDate, accounts: number, next: () => number): SampleValue {
  switch (c.type) {
    case 'accountRef':
      return bulkAccountId(i % Math.max(accounts, 1));
    case 'text':
      return c.unique ? (c.key === 'account_id' ? bulkAccountId(i) : `Client ${i + 1}`) : `${c.key} ${i + 1}`;
    case 'longtext':
      return `Notes on ${c.key} for row ${i + 1}: Ąžuolas, Ёлка, Zürich.`;
    case 'email':
      return `kam${i % 40}@balticsupply.lt`;
    case 'date':
      return addDays(today, -Math.floor(next() * 400));
    case 'money':
      return Math.round(next() * 200_000);
    case 'integer':
      return Math.floor(next() * 50);
    case 'number':
      return Math.round(next() * 1000) / 10;
    case 'percent':
      return Math.round(next() * 100) / 100;
    case 'enum': {
      const opts = c.options ?? [];
      return opts.length ? (opts[Math.floor(next() * opts.length)]?.key ?? null) : null;
    }
    case 'computed':
      return null;
  }
}

/** `n` rows for a tab; child tabs refer to the first `accounts` bulk account ids. */
export function bulkRows(spec: TabSpec, n: number, today: CivilDate, accounts = n, seed = 7): SampleRow[] {
  const r = rng(seed);
  const typed = spec.columns.filter((c) => c.type !== 'computed');
  return Array.from({ length: n }, (_, i) => Object.fromEntries(typed.map((c) => [c.key, valueFor(c, i, today, accounts, r.next)])));
}
