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

/**
 * What a property run found wrong. Checked with plain comparisons and asserted once per run: jest's
 * `expect` builds an error object per call, and a run makes hundreds of checks.
 */
type Problems = string[];
const show = (v: unknown): string => (typeof v === 'string' && v.length > 80 ? `${JSON.stringify(v.slice(0, 80))}…` : String(v));

function checkIssue(issue: Issue, raw: unknown, columnOf: Record<string, number>, problems: Problems): void {
  const at = `${issue.tab}!${issue.column}${issue.row}`;
  const check = (ok: boolean, what: string) => {
    if (!ok) problems.push(`${at}: ${what}`);
  };
  check(issue.value === showValue(raw, zoneCivil), `value ${show(issue.value)} is not ${show(showValue(raw, zoneCivil))}`);
  for (const lang of LANGS) {
    const r = renderIssue(issue, lang, columnOf, {}, undefined, checksTexts(lang));
    check(r.tab !== '', `${lang}: no tab`);
    check(new RegExp(`^[A-Z]+${issue.row}$`).test(r.a1), `${lang}: cell ${r.a1}`);
    check(r.message.startsWith(r.ref), `${lang}: message does not start with ${r.ref}`); // tab and cell first: never a formula, always located
    check(r.message.includes(String(issue.row)), `${lang}: message lacks the row`);
    check(r.field !== '', `${lang}: no field`);
    if (issue.column !== 'value') check(r.message.includes(r.field), `${lang}: message lacks the field`);
    if (issue.value !== '') check(r.message.includes(issue.value), `${lang}: message lacks the value`);
    check(r.hint.length > 10, `${lang}: hint ${show(r.hint)}`);
    // Every placeholder is filled (a user's own "{value}" text may of course appear as the value).
    check(!/\{[a-z]+\}/i.test(`${r.message.split(issue.value).join('')} ${r.hint}`), `${lang}: a placeholder is left`);
  }
}

describe('every tab parser against arbitrary cells', () => {
  it.each(TABLE_TABS.map((t) => [t.key, t] as const))('%s', (_key, spec) => {
    const columnOf = canonicalColumns(spec.key);
    const width = spec.columns.length;
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 0, maxLength: width + 2 }), { minLength: 1, maxLength: 6 }), (rows) => {
        cellsTried += rows.reduce((n, r) => n + r.length, 0);
        const problems: Problems = [];
        const t = parseTab(spec, rows, { columnOf, civilOf: zoneCivil });
        for (const issue of t.issues) {
          const raw = rows[issue.row - 3]?.[(columnOf[issue.column] ?? 0) - 1];
          checkIssue(issue, raw, columnOf, problems);
        }
        for (const r of t.rows) {
          for (const c of spec.columns) {
            const v = r.values[c.key];
            const at = `${c.key}${r.row}`;
            if (!(v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v))))
              problems.push(`${at}: parsed to ${show(v)}`);
            if (typeof v === 'number' && (c.type === 'money' || c.type === 'integer') && !(v >= 0)) problems.push(`${at}: negative ${v}`);
            if (c.type === 'date' && v !== null && !/^\d{4}-\d{2}-\d{2}$/.test(String(v))) problems.push(`${at}: date ${show(v)}`);
          }
        }
        // The rules run on whatever the parser let through, and never throw either.
        const tabs: Partial<Record<TabKey, ParsedTab>> = { [spec.key]: t };
        for (const issue of dossierRules({ tabs, settings: DEFAULT_SETTINGS, today: '2026-03-10' })) {
          for (const lang of LANGS) {
            const message = renderIssue(issue, lang, columnOf, {}, undefined, checksTexts(lang)).message;
            if (!message.startsWith(`'`)) problems.push(`rule ${issue.column}${issue.row} (${lang}): ${show(message)}`);
          }
        }
        expect(problems).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('Settings values', () => {
    const columnOf = canonicalColumns('settings');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...SETTINGS.map((s) => s.key)), cell), { maxLength: 20 }), (pairs) => {
        cellsTried += pairs.length;
        const problems: Problems = [];
        const check = (ok: boolean, what: string) => {
          if (!ok) problems.push(what);
        };
        const rows = pairs.map(([k, v]) => [k, 'label', v, 'about']);
        const r = parseSettingsChecked(rows, columnOf);
        for (const s of SETTINGS) {
          const v = r.settings[s.key];
          const what = `${s.key} = ${show(v)}`;
          if (s.type === 'text') check(typeof v === 'string', what);
          else if (s.key === 'skip_weekends') check(typeof v === 'boolean', what);
          else if (s.type === 'enum')
            check(
              (s.options ?? []).some((o) => o.key === v),
              what,
            );
          else if (s.type === 'colour') check(/^#[0-9a-f]{6}$/.test(String(v)), what);
          else if (v !== null) {
            check(typeof v === 'number' && Number.isFinite(v), what);
            if (s.min !== undefined) check((v as number) >= s.min, what);
            if (s.max !== undefined) check((v as number) <= s.max, what);
          }
        }
        for (const issue of r.issues) {
          for (const lang of LANGS) {
            const m = renderIssue(issue, lang, columnOf, {}, undefined, checksTexts(lang));
            const what = `${issue.column}${issue.row} (${lang}): ${show(m.message)}`;
            check(m.message.startsWith(m.ref), what);
            check(m.message.includes(`${issue.row}`), what);
            check(m.message.includes(issue.value), what);
            check(!/\{[a-z]+\}/i.test(m.hint), `${what} hint ${show(m.hint)}`);
          }
        }
        expect(problems).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  afterAll(() => {
    // The issue asks for 1,000+ arbitrary values; this makes the count visible and checked.
    expect(cellsTried).toBeGreaterThan(1000);
  });
});
