/** Builds sheet-shaped rows in the template's column order, for pure parser and rule tests. */
import type { ParsedTab } from '../../../src/core/parse/parseTab';
import { parseTab } from '../../../src/core/parse/parseTab';
import { tabSpec } from '../../../src/core/schema/tabs';
import type { TabKey } from '../../../src/core/schema/types';
import { civilOf } from '../../../src/sheets/dates';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Lang } from '../../../src/core/i18n';
import { sectionTexts } from '../../../src/core/notes';

export const TZ = 'Europe/Vilnius';
export const zoneCivil = (d: Date) => civilOf(d, TZ);

export function canonicalColumns(tab: TabKey): Record<string, number> {
  return Object.fromEntries(tabSpec(tab).columns.map((c, i) => [c.key, i + 1]));
}

export function row(tab: TabKey, values: Record<string, unknown>): unknown[] {
  const spec = tabSpec(tab);
  for (const k of Object.keys(values)) if (!spec.columns.some((c) => c.key === k)) throw new Error(`${tab} has no ${k}`);
  return spec.columns.map((c) => (c.key in values ? values[c.key] : ''));
}

export function parse(tab: TabKey, rows: Record<string, unknown>[]): ParsedTab {
  return parseTab(
    tabSpec(tab),
    rows.map((r) => row(tab, r)),
    { columnOf: canonicalColumns(tab), civilOf: zoneCivil },
  );
}

/** A Date as Sheets returns a typed date: local midnight in the spreadsheet's zone. */
export function sheetDate(day: string): Date {
  // Vilnius is UTC+2 in winter, UTC+3 in summer; the tests use winter days unless they say otherwise.
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) - 2 * 3600 * 1000);
}

/** The depth checks' words, from src/html/Checks.html as "Validate dossier" reads them (core/messages.ts). */
export function checksTexts(lang: Lang): Readonly<Record<string, string>> {
  return sectionTexts(readFileSync(path.join(__dirname, '../../../src/html/Checks.html'), 'utf8'), 'Checks', lang);
}
