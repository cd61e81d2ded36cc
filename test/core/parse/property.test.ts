/**
 * Whatever a cell holds, every tab's parser answers with a value or a located issue, never an exception;
 * every issue renders, in both languages, a message naming the tab, the cell, the field and the value, and a
 * hint saying what is expected.
 */
import fc from 'fast-check';
import { LANGS } from '../../../src/core/i18n';
import { renderIssue } from '../../../src/core/messages';
import { showValue } from '../../../src/core/parse/issue';
import type { Issue } from '../../../src/core/parse/issue';
import type { ParsedTab } from '../../../src/core/parse/parseTab';
import { parseTab } from '../../../src/core/parse/parseTab';
import { dossierRules } from '../../../src/core/validation';
import { SETTINGS } from '../../../src/core/schema/settings';
import { TABLE_TABS } from '../../../src/core/schema/tabs';
import type { TabKey } from '../../../src/core/schema/types';
import { DEFAULT_SETTINGS, parseSettingsChecked } from '../../../src/core/settingsValues';
import { canonicalColumns, checksTexts, zoneCivil } from './parse.helpers';

const optionLabels = TABLE_TABS.flatMap((t) =>
  t.columns.flatMap((c) => (c.options ?? []).flatMap((o) => [...LANGS.map((l) => o.label[l]), o.key])),
);

const cell: fc.Arbitrary<unknown> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.double(), // includes NaN, ±Infinity, -0
  fc.integer(),
  fc.date(), // includes Invalid Date
  fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
  fc.boolean(),
  fc.constantFrom('', ' ', null, undefined, '\n', '\u00a0'),
  fc.constantFrom('=1+1', '+370 600', '-5', '@home', '=HYPERLINK("http://x","y")', "'quoted", '{value}', '%', '1e309', '−0'),
  fc.constantFrom('1 200,50', '1,200.50', '15%', '2026-01-31', '31.01.2026', '29.02.2025', '2026-13-01', 'a@b.co', 'ACME'),
  fc.constantFrom(...optionLabels),
  fc.constantFrom('x'.repeat(50000), '€'.repeat(10000), 'Ω'.repeat(1000)),
  fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER, 5e-324),
);

let cellsTried = 0;

function checkIssue(issue: Issue, raw: unknown, columnOf: Record<string, number>): void {
  expect(issue.value).toBe(showValue(raw, zoneCivil));
  for (const lang of LANGS) {
    const r = renderIssue(issue, lang, columnOf, {}, undefined, checksTexts(lang));
    expect(r.tab).not.toBe('');
    expect(r.a1).toMatch(new RegExp(`^[A-Z]+${issue.row}$`));
    expect(r.message.startsWith(r.ref)).toBe(true); // tab and cell first: never a formula, always located
    expect(r.message).toContain(String(issue.row));
    expect(r.field).not.toBe('');
    if (issue.column !== 'value') expect(r.message).toContain(r.field);
    if (issue.value !== '') expect(r.message).toContain(issue.value);
    expect(r.hint.length).toBeGreaterThan(10);
    // Every placeholder is filled (a user's own "{value}" text may of course appear as the value).
    expect(`${r.message.split(issue.value).join('')} ${r.hint}`).not.toMatch(/\{[a-z]+\}/i);
  }
}

describe('every tab parser against arbitrary cells', () => {
  it.each(TABLE_TABS.map((t) => [t.key, t] as const))('%s', (_key, spec) => {
    const columnOf = canonicalColumns(spec.key);
    const width = spec.columns.length;
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 0, maxLength: width + 2 }), { minLength: 1, maxLength: 6 }), (rows) => {
        cellsTried += rows.reduce((n, r) => n + r.length, 0);
        const t = parseTab(spec, rows, { columnOf, civilOf: zoneCivil });
        for (const issue of t.issues) {
          const raw = rows[issue.row - 3]?.[(columnOf[issue.column] ?? 0) - 1];
          checkIssue(issue, raw, columnOf);
        }
        for (const r of t.rows) {
          for (const c of spec.columns) {
            const v = r.values[c.key];
            expect(v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v))).toBe(true);
            if (typeof v === 'number' && (c.type === 'money' || c.type === 'integer')) expect(v).toBeGreaterThanOrEqual(0);
            if (c.type === 'date' && v !== null) expect(v).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          }
        }
        // The rules run on whatever the parser let through, and never throw either.
        const tabs: Partial<Record<TabKey, ParsedTab>> = { [spec.key]: t };
        for (const issue of dossierRules({ tabs, settings: DEFAULT_SETTINGS, today: '2026-03-10' })) {
          for (const lang of LANGS)
            expect(renderIssue(issue, lang, columnOf, {}, undefined, checksTexts(lang)).message.startsWith(`'`)).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('Settings values', () => {
    const columnOf = canonicalColumns('settings');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...SETTINGS.map((s) => s.key)), cell), { maxLength: 20 }), (pairs) => {
        cellsTried += pairs.length;
        const rows = pairs.map(([k, v]) => [k, 'label', v, 'about']);
        const r = parseSettingsChecked(rows, columnOf);
        for (const s of SETTINGS) {
          const v = r.settings[s.key];
          if (s.type === 'text') expect(typeof v).toBe('string');
          else if (s.key === 'skip_weekends') expect(typeof v).toBe('boolean');
          else if (s.type === 'enum') expect((s.options ?? []).map((o) => o.key)).toContain(v);
          else if (s.type === 'colour') expect(v).toMatch(/^#[0-9a-f]{6}$/);
          else if (v !== null) {
            expect(Number.isFinite(v)).toBe(true);
            if (s.min !== undefined) expect(v as number).toBeGreaterThanOrEqual(s.min);
            if (s.max !== undefined) expect(v as number).toBeLessThanOrEqual(s.max);
          }
        }
        for (const issue of r.issues) {
          for (const lang of LANGS) {
            const m = renderIssue(issue, lang, columnOf, {}, undefined, checksTexts(lang));
            expect(m.message.startsWith(m.ref)).toBe(true);
            expect(m.message).toContain(`${issue.row}`);
            expect(m.message).toContain(issue.value);
            expect(m.hint).not.toMatch(/\{[a-z]+\}/i);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  afterAll(() => {
    // The issue asks for 1,000+ arbitrary values; this makes the count visible and checked.
    expect(cellsTried).toBeGreaterThan(1000);
  });
});
