/** Puts fixture rows onto a dossier in the local runtime, typed as a user types them. */
import type { Lang } from '../../../src/core/i18n';
import { tabSpec } from '../../../src/core/schema/tabs';
import type { TabKey } from '../../../src/core/schema/types';
import { FIRST_DATA_ROW } from '../../../src/core/schema/types';
import { cellA1 } from '../../../src/core/a1';
import type { Runtime } from '../../runtime';
import type { SheetSnapshot } from '../../runtime/sheets/harness';
import type { Fixture } from '../../core/validation/validation.fixture';

export interface Harness {
  userEdit(sheet: string, a1: string, values: unknown[][]): { rejected: boolean };
  snapshot(sheet: string): SheetSnapshot;
  effectiveBackground(sheet: string, a1: string): string;
}

export const harness = (rt: Runtime): Harness => rt.spreadsheet as unknown as Harness;

/**
 * Blocks of adjacent typed columns (computed columns hold the sheet's formulas and are never typed over),
 * written without firing onEdit (set-up) or as a user edit (onEdit runs).
 */
export function typeRows(
  rt: Runtime,
  tab: TabKey,
  rows: readonly Record<string, unknown>[],
  opts: { asUser?: boolean; firstRow?: number; lang?: Lang } = {},
) {
  const spec = tabSpec(tab);
  const name = spec.name[opts.lang ?? 'en'];
  const first = opts.firstRow ?? FIRST_DATA_ROW;
  const typed = spec.columns.map((c, i) => ({ c, col: i + 1 })).filter((x) => x.c.type !== 'computed' || rows.some((r) => x.c.key in r));
  const blocks: { col: number; keys: string[] }[] = [];
  for (const t of typed) {
    const last = blocks[blocks.length - 1];
    if (last && last.col + last.keys.length === t.col) last.keys.push(t.c.key);
    else blocks.push({ col: t.col, keys: [t.c.key] });
  }
  for (const b of blocks) {
    const values = rows.map((r) => b.keys.map((k) => (k in r ? r[k] : '')));
    if (values.every((r) => r.every((v) => v === ''))) continue;
    const a1 = `${cellA1(first, b.col)}:${cellA1(first + rows.length - 1, b.col + b.keys.length - 1)}`;
    if (opts.asUser) rt.edit(name, a1, values);
    else if (harness(rt).userEdit(name, a1, values).rejected) throw new Error(`edit of ${name}!${a1} rejected`);
  }
}

export function typeDossier(rt: Runtime, f: Fixture, lang: Lang = 'en'): void {
  for (const [tab, rows] of Object.entries(f) as [TabKey, Record<string, unknown>[]][]) typeRows(rt, tab, rows, { lang });
}

/** Every input tab's values and formulas: what the user typed (and the sheet's own formulas). */
export function userContent(rt: Runtime): Record<string, { values: unknown[][]; formulas: string[][] }> {
  const out: Record<string, { values: unknown[][]; formulas: string[][] }> = {};
  for (const key of [
    'settings',
    'accounts',
    'general',
    'ourView',
    'decisionGroup',
    'competitors',
    'contacts',
    'plan',
    'commitments',
    'reviews',
    'supervision',
  ] as TabKey[]) {
    const s = harness(rt).snapshot(tabSpec(key).name.en);
    out[key] = { values: s.values, formulas: s.formulas };
  }
  return out;
}
