import { renderIssue } from '../../../src/core/messages';
import type { Issue } from '../../../src/core/parse/issue';
import type { ParsedTab } from '../../../src/core/parse/parseTab';
import { dossierRules } from '../../../src/core/validation';
import { tabSpec } from '../../../src/core/schema/tabs';
import type { TabKey } from '../../../src/core/schema/types';
import { FIRST_DATA_ROW } from '../../../src/core/schema/types';
import { DEFAULT_SETTINGS, parseSettingsChecked } from '../../../src/core/settingsValues';
import type { Settings } from '../../../src/core/settingsValues';
import { canonicalColumns, checksTexts, parse, sheetDate } from '../parse/parse.helpers';
import type { Fixture } from './validation.fixture';
import { goodDossier, RULE_CASES, TODAY, withExtra, withRow } from './validation.fixture';

/** Date columns as Sheets returns them (Date objects at local midnight). */
function asSheet(tab: TabKey, r: Record<string, unknown>): Record<string, unknown> {
  const out = { ...r };
  for (const c of tabSpec(tab).columns)
    if ((c.type === 'date' || c.yields === 'date') && typeof out[c.key] === 'string') out[c.key] = sheetDate(out[c.key] as string);
  return out;
}

function check(f: Fixture, settings: Settings = DEFAULT_SETTINGS): Issue[] {
  const tabs: Partial<Record<TabKey, ParsedTab>> = {};
  const issues: Issue[] = [];
  for (const [key, rows] of Object.entries(f) as [TabKey, Record<string, unknown>[]][]) {
    const t = parse(
      key,
      rows.map((r) => asSheet(key, r)),
    );
    tabs[key] = t;
    issues.push(...t.issues);
  }
  return [...issues, ...dossierRules({ tabs, settings, today: TODAY })];
}

const brief = (i: Issue) => `${i.severity} ${i.code} ${i.tab}!${i.column}${i.row}`;

describe('dossier rules', () => {
  it('stay silent on a good dossier', () => {
    expect(check(goodDossier()).map(brief)).toEqual([]);
  });

  it.each(RULE_CASES.map((c) => [`${c.code} at ${c.at.join(' ')}`, c] as const))('%s fires on a crafted bad row', (_name, c) => {
    const issues = check(c.breakIt(goodDossier()), { ...DEFAULT_SETTINGS, ...c.settings } as Settings);
    const [tab, index, column] = c.at;
    const hit = issues.find((i) => i.code === c.code && i.tab === tab && i.row === FIRST_DATA_ROW + index && i.column === column);
    expect(hit ? brief(hit) : issues.map(brief)).toBe(`${c.severity} ${c.code} ${tab}!${column}${FIRST_DATA_ROW + index}`);
    for (const lang of ['en', 'ru'] as const) {
      const r = renderIssue(hit!, lang, canonicalColumns(tab), {}, undefined, checksTexts(lang));
      expect(r.message).toContain(r.ref);
      // What the Problems row shows end to end (test/validation.test.ts keeps two of these cases).
      expect(r.field).toBe(tabSpec(tab).columns.find((x) => x.key === column)?.label[lang]);
      expect(r.severity).toBe({ error: { en: 'Error', ru: 'Ошибка' }, warning: { en: 'Warning', ru: 'Предупреждение' } }[c.severity][lang]);
      expect(r.hint).not.toBe('');
      expect(r.message).not.toMatch(/\{\w+\}/);
      expect(r.hint).not.toMatch(/\{\w+\}/);
    }
  });

  it('take thresholds from Settings', () => {
    const stale = withRow(goodDossier(), 'decisionGroup', 2, { attitude_assessed: '2026-01-01' }); // 68 days
    expect(check(stale).filter((i) => i.code === 'attitudeStale')).toEqual([]);
    expect(check(stale, { ...DEFAULT_SETTINGS, attitude_stale_days: 60 }).map(brief)).toEqual([
      'warning attitudeStale decisionGroup!attitude_assessed5',
    ]);
    const paused = goodDossier();
    expect(check(paused, { ...DEFAULT_SETTINGS, negative_pause_days: 15 }).map(brief)).toEqual(['warning contactInPause contacts!date4']);
    expect(check(paused, { ...DEFAULT_SETTINGS, max_key_accounts: 1 })).toEqual([]); // BETA is closed: one open account
  });

  it('the depth checks stay silent just inside their limits, and take severity from Settings', () => {
    const withRevenue = (company: number, extra: Partial<Settings> = {}) => ({ ...DEFAULT_SETTINGS, company_revenue: company, ...extra });
    const codes = (f: Fixture, s: Settings) => check(f, s).map(brief);
    // 120 000 of 1 000 000 is 12 %: over the 10 % key threshold; exactly 10 % is "at or below".
    expect(codes(goodDossier(), withRevenue(1_000_000))).toEqual([]);
    expect(codes(goodDossier(), withRevenue(1_200_000))).toEqual(['warning lowShareRevenue accounts!revenue_share3']);
    // Four contacts in ten days is the maximum, not over it; the severity follows Settings, or the check is off.
    const four = withExtra(
      goodDossier(),
      'contacts',
      ...['2026-02-16', '2026-02-20', '2026-02-23'].map((date) => ({ account: 'ACME', date, channel: 'Call', outcome: 'Neutral' })),
    );
    expect(codes(four, DEFAULT_SETTINGS)).toEqual([]);
    expect(codes(four, { ...DEFAULT_SETTINGS, contacts_per_interval_max: 3 })).toEqual(['warning contactsTooOften contacts!date7']);
    const noSponsor = withRow(goodDossier(), 'accounts', 0, { executive_sponsor: '' });
    expect(codes(noSponsor, { ...DEFAULT_SETTINGS, severity_no_sponsor: 'error' })).toEqual([
      'error noSponsor accounts!executive_sponsor3',
    ]);
    expect(codes(noSponsor, { ...DEFAULT_SETTINGS, severity_no_sponsor: 'off' })).toEqual([]);
    // A competitor checked 5 months ago is fine with the 6-month default.
    expect(codes(withRow(goodDossier(), 'competitors', 0, { checked_on: '2025-10-10' }), DEFAULT_SETTINGS)).toEqual([]);
  });

  it('workload counts revenue key clients that are not closed, not every row', () => {
    const others = withExtra(
      goodDossier(),
      'accounts',
      ...['C1', 'C2', 'C3'].map((id) => ({
        account_id: id,
        name: `Client ${id}`,
        key_type: 'Expert / demanding',
        manager_email: 'kam@ours.com',
        supervisor_email: 'boss@ours.com',
        status: 'Active',
      })),
    );
    expect(check(others).filter((i) => i.code === 'managerOverLimit')).toEqual([]);
  });

  it('say what happened in words: the opponent rule names the person and the influence as typed', () => {
    const issues = check(withRow(goodDossier(), 'decisionGroup', 1, { influence: 'Низкое' }));
    const r = renderIssue(
      issues.find((i) => i.code === 'opponentUncovered')!,
      'en',
      canonicalColumns('decisionGroup'),
    );
    expect(r.message).toBe(
      `'Decision group'!F5 (Influence): opponent Carl Foe (Medium influence) has no supporter of equal or higher influence.`,
    );
  });
});

describe('parseSettings', () => {
  const cols = canonicalColumns('settings');
  const rows = (pairs: [string, unknown][]) => pairs.map(([k, v]) => [k, 'label', v, 'about']);

  it('gives the defaults for an empty tab', () => {
    expect(parseSettingsChecked([], cols)).toEqual({ settings: DEFAULT_SETTINGS, issues: [] });
    expect(DEFAULT_SETTINGS).toMatchObject({
      max_key_accounts: 3,
      negative_pause_days: 14,
      attitude_stale_days: 90,
      skip_weekends: true,
      company_revenue: null,
    });
  });

  it('types what the user typed, in any layout of rows', () => {
    const r = parseSettingsChecked(
      rows([
        ['threshold_key', 0.15],
        ['company_revenue', 1000000],
        ['skip_weekends', 'Нет'],
        ['max_key_accounts', 4],
        ['currency', 'RUB'],
        ['unknown_key', 'x'],
      ]),
      cols,
    );
    expect(r.issues).toEqual([]);
    expect(r.settings).toMatchObject({
      threshold_key: 0.15,
      company_revenue: 1000000,
      skip_weekends: false,
      max_key_accounts: 4,
      currency: 'RUB',
    });
  });

  it('a number typed as text is not counted (the sheet formulas skip it too): default kept, cell reported', () => {
    const r = parseSettingsChecked(rows([['company_revenue', '1 000 000']]), cols);
    expect(r.issues.map((i) => [i.code, i.row, i.params['number']])).toEqual([['numberAsText', 3, '1000000']]);
    expect(r.settings.company_revenue).toBe(DEFAULT_SETTINGS.company_revenue);
  });

  it('keeps the default and reports the cell when a value is invalid or out of range', () => {
    const r = parseSettingsChecked(
      rows([
        ['max_key_accounts', 'many'],
        ['threshold_key', 15],
        ['reminder_hour', 7.5],
      ]),
      cols,
    );
    expect(r.settings).toMatchObject({ max_key_accounts: 3, threshold_key: 0.1, reminder_hour: 8 });
    expect(r.issues.map((i) => [i.code, i.row, i.column])).toEqual([
      ['notNumber', 3, 'value'],
      ['outOfRange', 4, 'value'],
      ['notInteger', 5, 'value'],
    ]);
    expect(renderIssue(r.issues[1]!, 'en', cols).message).toBe(`'Settings'!C4 (Key account threshold): "15" is not a valid value.`);
    expect(renderIssue(r.issues[1]!, 'en', cols).hint).toBe('Type a value from 0 to 1; until then the default 10% is used.');
  });
});
