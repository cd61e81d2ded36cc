/** Pure checks of src/core/risk: bands, portfolio measures, palette, owned rules. */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PortfolioHelp } from '../../../src/core/helpTexts';
import { helpTexts, PORTFOLIO_HELP_FILE, PORTFOLIO_HELP_KEYS } from '../../../src/core/helpTexts';
import type { Lang } from '../../../src/core/i18n';
import { LANGS, text } from '../../../src/core/i18n';
import { ensureBundle } from '../../bundle';
import { RISK_BANDS } from '../../../src/core/domain';
import { parseSettingsChecked } from '../../../src/core/settingsValues';
import {
  accountRules,
  accountsPerManager,
  bandOf,
  contrast,
  coveredShare,
  DEFAULT_PALETTE,
  DEFAULT_THRESHOLDS,
  hhi,
  hhiBandOf,
  isOwnRuleFormula,
  overloadedManagers,
  paletteOf,
  portfolioLayout,
  rowTint,
  shareOf,
  sharesOf,
  tint,
  topShare,
  typeMix,
} from '../../../src/core/risk';

describe('risk bands', () => {
  test('defaults come from Settings: 10% / 20% / 50%', () => {
    expect(DEFAULT_THRESHOLDS).toEqual({ key: 0.1, critical: 0.2, mono: 0.5 });
  });

  test('every threshold is strict: exactly 10/20/50% stays in the band below', () => {
    const cases: [number, string][] = [
      [0.05, 'below'],
      [0.1, 'below'],
      [0.15, 'key'],
      [0.2, 'key'],
      [0.25, 'critical'],
      [0.5, 'critical'],
      [0.6, 'mono'],
      [1, 'mono'],
    ];
    for (const [share, band] of cases) expect(bandOf(share)).toBe(band);
  });

  test('custom thresholds move the bands', () => {
    expect(bandOf(0.12, { key: 0.15, critical: 0.3, mono: 0.6 })).toBe('below');
    expect(bandOf(0.31, { key: 0.15, critical: 0.3, mono: 0.6 })).toBe('critical');
  });

  test('bands rise with the share', () => {
    const order = RISK_BANDS.map((b) => b.key as string);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        return order.indexOf(bandOf(lo)) <= order.indexOf(bandOf(hi));
      }),
    );
  });

  test('HHI bands: < 0.10 diversified, 0.10-0.25 moderate, > 0.25 concentrated', () => {
    expect(hhiBandOf(0.0999)).toBe('diversified');
    expect(hhiBandOf(0.1)).toBe('moderate');
    expect(hhiBandOf(0.25)).toBe('moderate');
    expect(hhiBandOf(0.2501)).toBe('concentrated');
  });
});

describe('portfolio measures', () => {
  const accounts = [
    { revenue: 500, manager: 'a@x', keyType: 'Revenue' },
    { revenue: 300, manager: 'a@x', keyType: 'Revenue' },
    { revenue: 100, manager: 'b@x', keyType: 'Image / reference' },
    { revenue: '', manager: 'b@x', keyType: 'Prospective' },
    { revenue: 'n/a', manager: '', keyType: '' },
    { revenue: 100, manager: 'a@x', keyType: 'Expert / demanding' },
    { revenue: 50, manager: 'a@x', keyType: 'Revenue' },
    { revenue: 50, manager: 'c@x', keyType: 'Revenue' },
  ];

  test('shares need a positive company revenue', () => {
    expect(shareOf(10, 0)).toBeNull();
    expect(shareOf(10, '')).toBeNull();
    expect(shareOf('', 100)).toBeNull();
    expect(shareOf(10, 100)).toBe(0.1);
  });

  test('HHI, top-1, top-5 and coverage on a worked example', () => {
    const s = sharesOf(accounts, 2000);
    expect(s).toEqual([0.25, 0.15, 0.05, 0.05, 0.025, 0.025]);
    expect(hhi(s)).toBeCloseTo(0.0625 + 0.0225 + 0.0025 * 2 + 0.000625 * 2, 12);
    expect(topShare(s, 1)).toBe(0.25);
    expect(topShare(s, 5)).toBeCloseTo(0.525, 12);
    expect(coveredShare(s)).toBeCloseTo(0.55, 12);
    expect(topShare([], 5)).toBe(0);
  });

  test('a single client holding everything has HHI 1; n equal clients 1/n', () => {
    expect(hhi([1])).toBe(1);
    expect(hhi(Array.from({ length: 8 }, () => 1 / 8))).toBeCloseTo(1 / 8, 12);
  });

  test('accounts per manager (by the workload rule: revenue key clients not closed) and type mix', () => {
    const per = accountsPerManager(accounts);
    expect([...per]).toEqual([
      ['a@x', 3],
      ['b@x', 0],
      ['c@x', 1],
    ]);
    expect(overloadedManagers(per, 2)).toEqual(['a@x']);
    expect(accountsPerManager([{ revenue: 1, manager: 'd@x', keyType: 'Revenue', status: 'Closed' }]).get('d@x')).toBe(0);
    expect(typeMix(accounts).get('Revenue')).toBe(4);
  });
});

describe('palette and rules', () => {
  test('tints lighten towards white', () => {
    expect(tint('#000000', 0)).toBe('#ffffff');
    expect(tint('#bd0026', 1)).toBe('#bd0026');
    expect(rowTint(DEFAULT_PALETTE, 'mono')).toBe(tint(DEFAULT_PALETTE.mono.background, 0.15));
  });

  test('bands get distinct colours that grow darker with risk', () => {
    const lum = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      return 0.2126 * (r as number) + 0.7152 * (g as number) + 0.0722 * (b as number);
    };
    expect(lum(DEFAULT_PALETTE.key.background)).toBeGreaterThan(lum(DEFAULT_PALETTE.critical.background));
    expect(lum(DEFAULT_PALETTE.critical.background)).toBeGreaterThan(lum(DEFAULT_PALETTE.mono.background));
  });

  test('defaults are ColorBrewer YlOrRd from Settings; the font is black or white, whichever reads (WCAG)', () => {
    expect(DEFAULT_PALETTE).toEqual({
      key: { background: '#fed976', font: '#000000' },
      critical: { background: '#fd8d3c', font: '#000000' },
      mono: { background: '#bd0026', font: '#ffffff' },
    });
    const p = paletteOf({ colour_key: '#ffff00', colour_critical: '#777777', colour_mono: '#762a83' });
    expect([p.key.font, p.critical.font, p.mono.font]).toEqual(['#000000', '#000000', '#ffffff']);
    // The better of black and white always reaches AA (4.5) for normal text.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffff }), (n) => {
        const bg = `#${n.toString(16).padStart(6, '0')}`;
        const f = paletteOf({ colour_key: bg, colour_critical: bg, colour_mono: bg }).key.font;
        expect(contrast(bg, f)).toBeGreaterThanOrEqual(4.5);
      }),
    );
  });

  test('colour settings take #rrggbb or rrggbb in any case; anything else keeps the default, with an issue', () => {
    const columnOf = { setting_key: 1, value: 3 };
    const rows = [
      ['colour_key', '', 'ABCDEF'],
      ['colour_critical', '', ' #12aB9f '],
      ['colour_mono', '', 'red'],
    ];
    const { settings, issues } = parseSettingsChecked(rows, columnOf);
    expect([settings.colour_key, settings.colour_critical, settings.colour_mono]).toEqual(['#abcdef', '#12ab9f', '#bd0026']);
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'outOfRange',
        row: 5,
        column: 'value',
        value: 'red',
        params: expect.objectContaining({ default: '#bd0026' }),
      }),
    ]);
  });

  test('our rules are marked and colour only the share and band cells (no row tint to hide marks)', () => {
    const rules = accountRules('en', { share: 8, band: 9, width: 15 }, 'I', DEFAULT_PALETTE);
    expect(rules).toHaveLength(3);
    expect(rules.every((r) => isOwnRuleFormula(r.formula))).toBe(true);
    expect(rules[0]?.formula).toBe('=AND($I3="Mono-client","kad:risk"<>"")');
    expect(rules[0]?.areas.map((a) => a.col)).toEqual([8, 9]);
    expect(rules.every((r) => r.areas.every((a) => a.col === 8 || a.col === 9))).toBe(true);
    expect(isOwnRuleFormula('=$A1>5')).toBe(false);
  });

  test('the Portfolio layout speaks the sheet language and reads the Accounts tab by name', () => {
    const src = {
      sheetName: "Bob's Accounts",
      letters: { account_id: 'A', name: 'B', key_type: 'C', manager_email: 'D', annual_revenue: 'G', risk_band: 'I', status: 'O' },
    };
    const en = portfolioLayout('en', src, DEFAULT_PALETTE, portfolioHelp('en'));
    const ru = portfolioLayout('ru', src, DEFAULT_PALETTE, portfolioHelp('ru'));
    expect(en.values[0]?.[0]).toBe('Portfolio concentration');
    expect(ru.values[0]?.[0]).toBe('Концентрация портфеля');
    expect(en.values[10]?.[1]).toBe(
      `=IF(N(KAD_COMPANY_REVENUE)<=0,"Set company revenue in Settings",SUMSQ('Bob''s Accounts'!G3:G)/KAD_COMPANY_REVENUE^2)`,
    );
    // Same shape in both languages: a language switch rewrites cells in place.
    expect(ru.values.length).toBe(en.values.length);
    expect(ru.values[0]?.length).toBe(en.values[0]?.length);
    const flat = en.values.flat().join('\n');
    expect(flat).toMatch(/ColorBrewer YlOrRd/);
    expect(flat).toMatch(/start developing new clients now/);
    expect(en.notes.find((n) => n.a1 === 'A11')?.note).toMatch(/Horizontal Merger Guidelines 2010/);
  });

  test('the Portfolio help paragraphs live in src/html/PortfolioHelp.html, complete in every language, not in the bundle', () => {
    for (const lang of LANGS) {
      const help = portfolioHelp(lang);
      for (const k of PORTFOLIO_HELP_KEYS) expect([lang, k, help[k].length > 40]).toEqual([lang, k, true]);
      expect(help.intro).toContain(text(lang, 'menu.risk')); // {menu.risk} quotes the menu caption
      expect(help.hhiNote.split('\n')).toHaveLength(2); // <br /> is the only line break
    }
    ensureBundle();
    const bundle = readFileSync(path.join(__dirname, '..', '..', '..', 'dist', 'Code.js'), 'utf8');
    expect(bundle).not.toContain('Horizontal Merger Guidelines');
  });
});

function portfolioHelp(lang: Lang): PortfolioHelp {
  const file = readFileSync(path.join(__dirname, '..', '..', '..', 'src', 'html', `${PORTFOLIO_HELP_FILE}.html`), 'utf8');
  return helpTexts(file, PORTFOLIO_HELP_FILE, lang, PORTFOLIO_HELP_KEYS);
}
