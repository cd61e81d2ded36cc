/**
 * The text catalogues (src/core/texts): every locale says everything English
 * says, with the same placeholders, and what a user may type back (dropdown
 * labels) is never ambiguous across the three languages.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as domain from '../../src/core/domain';
import type { EnumOption } from '../../src/core/domain';
import { optionKey } from '../../src/core/domain';
import type { TextKey } from '../../src/core/i18n';
import { foldLabel, LANGS, langOf, lazyLabel, setExternalTexts, text, textsWithPrefix } from '../../src/core/i18n';
import { TABLE_TABS, VIEW_TABS } from '../../src/core/schema/tabs';
import { en } from '../../src/core/texts/en';
import { lt } from '../../src/core/texts/lt';
import { ru } from '../../src/core/texts/ru';

/** The texts of src/html/Notes.html, AccessTexts.html and HomeTexts.html (core/notes.ts), raw, per language: checked like the catalogues. */
function notesOf(lang: string): Record<string, string> {
  const html = ['Notes.html', 'AccessTexts.html', 'HomeTexts.html']
    .map((f) => readFileSync(path.join(__dirname, '..', '..', 'src', 'html', f), 'utf8'))
    .join('');
  const sections = [...html.matchAll(/<section data-key="([\w.]+)" lang="(\w+)">([\s\S]*?)<\/section>/g)];
  return Object.fromEntries(sections.filter((m) => m[2] === lang).map((m) => [m[1] ?? '', m[3] ?? '']));
}
const CATALOGUES: Record<string, Record<string, string>> = {
  en: { ...en, ...notesOf('en') },
  ru: { ...ru, ...notesOf('ru') },
  lt: { ...lt, ...notesOf('lt') },
};
const placeholders = (s: string): string[] => [...new Set(s.match(/\{[\w.]+\}/g) ?? [])].sort();

describe('text catalogues', () => {
  test.each(['ru', 'lt'])('%s has exactly the keys of en', (lang) => {
    expect(Object.keys(CATALOGUES[lang]!).sort()).toEqual(Object.keys(CATALOGUES['en']!).sort());
  });

  test.each(LANGS)('%s has no empty text and the same {placeholders} as en for every key', (lang) => {
    const cat = CATALOGUES[lang]!;
    const wrong = Object.entries(CATALOGUES['en']!).flatMap(([k, words]) => {
      const mine = cat[k] ?? '';
      if (mine.trim() === '') return [`${k}: empty`];
      const [want, got] = [placeholders(words), placeholders(mine)];
      return want.join() === got.join() ? [] : [`${k}: ${got.join(' ')} instead of ${want.join(' ')}`];
    });
    expect(wrong).toEqual([]);
  });

  test('a {key} reference names another text and is resolved in the same language', () => {
    const refs = Object.values(en).flatMap((s) => placeholders(s).filter((p) => p.includes('.')));
    expect(refs.length).toBeGreaterThan(0);
    for (const r of refs) expect(Object.keys(en)).toContain(r.slice(1, -1));
    expect(text('lt', 'issue.missingColumn.hint')).toBe('Paleiskite „Sukurti arba atkurti dosjė“, kad jį grąžintumėte.');
    expect(text('ru', 'validate.noDossier')).toBe('Досье ещё нет: сначала запустите «Создать или восстановить досье».');
    expect(text('en', 'reminders.quiet_hours', { hour: 7 })).toBe('Quiet hours: reminders wait until 7:00 (Settings).');
  });

  test('Lithuanian letters live in the lt catalogue only, Cyrillic in ru only', () => {
    const cyrillic = /[\u0400-\u04FF]/;
    const lithuanian = /[ąčęėįšųūž]/i;
    expect(Object.entries(CATALOGUES['en']!).filter(([, s]) => cyrillic.test(s) || lithuanian.test(s))).toEqual([]);
    expect(Object.entries(CATALOGUES['lt']!).filter(([, s]) => cyrillic.test(s))).toEqual([]);
    expect(Object.values(CATALOGUES['lt']!).filter((s) => lithuanian.test(s)).length).toBeGreaterThan(300);
  });

  test('tab names are distinct within each language', () => {
    for (const lang of LANGS) {
      const names = [...TABLE_TABS.map((t) => t.name[lang]), ...Object.values(VIEW_TABS).map((l) => l[lang])];
      expect(new Set(names).size).toBe(names.length);
    }
  });
});

describe('the language of a spreadsheet locale', () => {
  test.each([
    ['lt_LT', 'lt'],
    ['lt', 'lt'],
    ['lt-LT', 'lt'],
    ['ru_RU', 'ru'],
    ['ru', 'ru'],
    ['en_GB', 'en'],
    ['lv_LV', 'en'],
    ['', 'en'],
    [null, 'en'],
  ])('%s speaks %s', (locale, lang) => {
    expect(langOf(locale)).toBe(lang);
  });
});

describe('dropdown values typed in any language', () => {
  const groups = Object.entries(domain).filter(
    (e): e is [string, readonly EnumOption[]] =>
      Array.isArray(e[1]) && e[1].every((o: unknown) => typeof (o as EnumOption).key === 'string'),
  );

  test('no folded label names two options of one list', () => {
    const clashes: string[] = [];
    for (const [name, options] of groups) {
      const seen = new Map<string, string>();
      for (const o of options)
        for (const l of [o.key, ...LANGS.map((lang) => o.label[lang])]) {
          const f = foldLabel(l);
          if (seen.has(f) && seen.get(f) !== o.key) clashes.push(`${name}: "${l}" is ${seen.get(f)} and ${o.key}`);
          seen.set(f, o.key);
        }
    }
    expect(groups.length).toBeGreaterThanOrEqual(12);
    expect(clashes).toEqual([]);
  });

  test('Lithuanian labels match whatever the case of their letters, and keep their marks', () => {
    expect(optionKey(domain.DMU_ROLES, 'SPRENDIMŲ PRIĖMĖJAS')).toBe('decision_maker');
    expect(optionKey(domain.DMU_ROLES, '  sprendimų   priėmėjas ')).toBe('decision_maker');
    expect(optionKey(domain.LEVELS, 'DIDELĖ')).toBe('high');
    expect(optionKey(domain.PLAN_STATUSES, 'ATSISAKYTA')).toBe('dropped');
    expect(optionKey(domain.COMPETITOR_KINDS, 'PRETENDENTAS Į TĄ PATĮ BIUDŽETĄ')).toBe('same_budget');
    expect(optionKey(domain.APPROACHES, 'RIZIKOS MAŽINIMAS')).toBe('risk');
    expect(optionKey(domain.ACCOUNT_STATUSES, 'UŽDARYTAS')).toBe('closed');
    expect(optionKey(domain.CONTACT_CHANNELS, 'el. laiškas')).toBe('email');
    // Decomposed input (u + combining ogonek) is the same letter.
    expect(optionKey(domain.DMU_ROLES, 'Sprendimu\u0328 priėmėjas')).toBe('decision_maker');
    expect(optionKey(domain.DMU_ROLES, 'Sprendimu priemejas')).toBeNull();
    // Russian and English still work, ё as е.
    expect(foldLabel('Продаёт')).toBe(foldLabel('продает'));
    expect(optionKey(domain.ACCOUNT_STATUSES, 'Закрыт')).toBe('closed');
    expect(optionKey(domain.DMU_ROLES, 'decision MAKER')).toBe('decision_maker');
  });
});

/**
 * Texts kept out of the bundle (core/texts/external.ts). Under jest the catalogues hold every key,
 * so these use keys the catalogues lack, under a prefix that lives in Texts.html in the bundle.
 */
describe('texts read from a file outside the bundle', () => {
  const file = (extra: string): string =>
    `<!-- generated --><script type="application/json">${JSON.stringify({
      en: { 'digest.zzTest': `Open {menu.repair}${extra}` },
      ru: { 'digest.zzTest': 'Откройте' },
      lt: { 'digest.zzTest': 'Atverkite' },
    })}</script>`;
  const key = 'digest.zzTest' as TextKey;
  afterEach(() => setExternalTexts(null));

  test('read on the first lookup of one of its keys, once per execution, with references resolved', () => {
    const reads: string[] = [];
    setExternalTexts((f) => (reads.push(f), file('')));
    const lazy = lazyLabel(key);
    expect(text('en', 'validate.toastTitle')).toBe('Validate dossier');
    expect(reads).toEqual([]); // a key the bundle holds reads nothing
    expect(lazy.lt).toBe('Atverkite');
    expect(text('en', key)).toBe(`Open ${text('en', 'menu.repair')}`);
    expect(textsWithPrefix('ru', 'digest.zz')).toEqual({ Test: 'Откройте' });
    expect(reads).toEqual(['Texts']);
    // The next execution starts afresh: it reads the file again.
    setExternalTexts((f) => (reads.push(f), file('!')));
    expect(text('en', key)).toBe(`Open ${text('en', 'menu.repair')}!`);
    expect(reads).toEqual(['Texts', 'Texts']);
  });

  test('a key in neither place throws naming it; without a loader an external key is missing', () => {
    setExternalTexts(() => file(''));
    expect(() => text('lt', 'digest.zzNone' as TextKey)).toThrow('No text digest.zzNone in the lt catalogue');
    setExternalTexts(null);
    expect(() => text('en', key)).toThrow('No text digest.zzTest in the en catalogue');
    setExternalTexts(() => '<p>no texts</p>');
    expect(() => text('en', key)).toThrow('No texts in Texts.html');
  });
});
