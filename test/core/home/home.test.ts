/**
 * The home sidebar's pure parts: form fields come from the schema, what a
 * field sends becomes the cell value a user would have typed, and each
 * checklist item follows its own piece of state.
 */
import { checklist } from '../../../src/core/home/checklist';
import type { ChecklistInput } from '../../../src/core/home/checklist';
import { accountCell, accountFields, settingCell, settingFields } from '../../../src/core/home/forms';
import { settingSpec, SETTINGS } from '../../../src/core/schema/settings';
import { columnSpec, tabSpec } from '../../../src/core/schema/tabs';

describe('forms from the schema', () => {
  test('one Settings field per setting, in schema order; Add account has the typed Accounts columns only', () => {
    const fields = settingFields(
      'en',
      () => '',
      () => '',
    );
    expect(fields.map((f) => f.key)).toEqual(SETTINGS.map((s) => s.key));
    const typed = tabSpec('accounts').columns.filter((c) => c.type !== 'computed');
    expect(accountFields('ru').map((f) => [f.key, f.label, f.required])).toEqual(
      typed.map((c) => [c.key, c.label.ru, c.required === true]),
    );
  });

  test('what a Settings field sends becomes what the sheet holds', () => {
    const cell = (key: Parameters<typeof settingSpec>[0], s: string, lang: 'en' | 'ru' | 'lt' = 'en') =>
      settingCell(settingSpec(key), s, lang);
    expect(cell('threshold_key', '10')).toBe(0.1);
    expect(cell('threshold_key', '12,5')).toBe(0.125);
    expect(cell('threshold_key', '7%')).toBe(0.07);
    expect(cell('threshold_key', 'ten')).toBe('ten'); // the parser says why
    expect(cell('company_revenue', '€12 800 000')).toBe(12800000);
    expect(cell('company_revenue', '')).toBe('');
    expect(cell('reminder_hour', '9')).toBe(9);
    expect(cell('weekend_days', 'fri_sat', 'lt')).toBe('Penktadienis ir šeštadienis');
    expect(cell('colour_key', '#00ff00')).toBe('#00ff00');
  });

  test('a Settings field shows percents as percents and dropdowns by key', () => {
    const raw: Record<string, unknown> = { threshold_key: 0.125, weekend_days: 'Пятница и суббота', colour_key: 'FED976' };
    const by = Object.fromEntries(
      settingFields(
        'en',
        (k) => raw[k],
        () => '',
      ).map((f) => [f.key, f]),
    );
    expect(by['threshold_key']?.value).toBe('12.5');
    expect(by['weekend_days']?.value).toBe('fri_sat');
    expect(by['colour_key']?.value).toBe('#fed976');
    expect(by['reminder_hour']).toMatchObject({ value: '', placeholder: '8' });
  });

  test('what an Add account field sends', () => {
    const spec = tabSpec('accounts');
    expect(accountCell(columnSpec(spec, 'annual_revenue'), '250 000', 'en')).toBe(250000);
    expect(accountCell(columnSpec(spec, 'key_type'), 'image', 'ru')).toBe('Имиджевый');
    expect(accountCell(columnSpec(spec, 'last_review'), '2025-05-02', 'en')).toBe('2025-05-02');
    expect(accountCell(columnSpec(spec, 'manager_email'), ' ann@example.com ', 'en')).toBe('ann@example.com');
  });
});

describe('checklist', () => {
  const base: ChecklistInput = {
    dossier: true,
    revenue: 1000000,
    currency: 'EUR',
    accounts: 2,
    unusable: [],
    coloursApplied: 'a b c',
    coloursNow: 'a b c',
    remindersOwner: 'ann@example.com',
    reminderWhen: '8:00',
    access: { at: '2025-06-01', people: 'p1', findings: 0 },
    peopleNow: 'p1',
  };
  const done = (i: ChecklistInput): string[] =>
    checklist(i)
      .filter((c) => !c.done)
      .map((c) => c.key);

  test('everything set: all ticked, no buttons', () => {
    expect(done(base)).toEqual([]);
    expect(checklist(base).every((c) => c.action === null)).toBe(true);
  });

  test('each piece of state unticks its own item only', () => {
    expect(done({ ...base, revenue: null })).toEqual(['revenue']);
    expect(done({ ...base, revenue: 0 })).toEqual(['revenue']);
    expect(done({ ...base, accounts: 0 })).toEqual(['accounts', 'people']);
    expect(done({ ...base, unusable: [{ ref: "'Accounts'!D4", field: 'Manager' }] })).toEqual(['people']);
    expect(done({ ...base, coloursApplied: null })).toEqual(['colours']);
    expect(done({ ...base, remindersOwner: null })).toEqual(['reminders']);
    expect(done({ ...base, access: null })).toEqual(['access']);
    expect(done({ ...base, peopleNow: 'p2' })).toEqual(['access']);
    expect(checklist({ ...base, dossier: false })).toEqual([{ key: 'dossier', done: false, lines: [], action: 'repair' }]);
  });

  test('three unusable cells: two named, the rest counted', () => {
    const u = (n: number) => ({ ref: `'Accounts'!D${n}`, field: 'Manager' });
    const people = checklist({ ...base, unusable: [u(3), u(4), u(5)] }).find((c) => c.key === 'people');
    expect(people?.lines).toEqual([
      ['people', u(3)],
      ['people', u(4)],
      ['more', { n: 1 }],
    ]);
  });
});
