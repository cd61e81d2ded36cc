/**
 * A Lithuanian spreadsheet (lt_LT, Europe/Vilnius), end to end through the
 * built bundle in the local runtime: the menu, tabs, headers, notes,
 * dropdowns, validation messages, toasts, the digest and the sidebar's words
 * are Lithuanian, and Lithuanian dropdown values are understood. The words
 * are written out here, not read from the catalogue, so a user-visible
 * change to them shows up in review.
 */
import { tabSpec } from '../src/core/schema/tabs';
import { FIRST_DATA_ROW, HEADER_ROW } from '../src/core/schema/types';
import { fillRows } from '../scripts/sample/fill';
import { at9, LITHUANIAN_ACCOUNT, TODAY } from './app/reminders/reminders.helpers';
import type { Runtime } from './runtime';
import { createProductRuntime } from './productRuntime';
import { harness, typeRows } from './app/validation/validation.helpers';
import { ensureBundle } from './bundle';

beforeAll(ensureBundle);

const TZ = 'Europe/Vilnius';
const fill = { lang: 'lt' as const, timeZone: TZ, asUser: false };

describe('a Lithuanian spreadsheet (lt_LT)', () => {
  let rt: Runtime;
  beforeAll(() => {
    rt = createProductRuntime({ now: at9(TODAY), timeZone: TZ, locale: 'lt_LT', user: 'ann@example.com' }).load();
    rt.openDocument('LIMITED');
    rt.run('kadCreateOrRepair');
  });

  test('the add-on menu speaks Lithuanian', () => {
    expect(rt.ui.menus[0]?.items.map((i) => i.caption).filter(Boolean)).toEqual([
      'Pradžia: kaip pradėti',
      'Sukurti arba atkurti dosjė',
      'Patikrinti dosjė',
      'Atnaujinti rizikos spalvas',
      'Pasiruošimas susitikimui',
      'Patikrinti prieigą',
      'Įrašyti peržiūrą',
      'Ką daryti ir ko vengti',
      'Išankstinė priminimų peržiūra',
      'Siųsti priminimus dabar',
      'Įjungti kasdienius priminimus',
      'Išjungti kasdienius priminimus',
      'Sukurti portfelio suvestinę',
    ]);
    expect(rt.ui.toasts.at(-1)).toMatchObject({ title: 'Dosjė paruoštas' });
    expect(rt.ui.toasts.at(-1)?.message).toMatch(/^Sukurta lapų: \d+; atkurta stulpelių: 0$/);
  });

  test('tabs, headers, header notes and dropdowns are Lithuanian', () => {
    const names = rt.spreadsheet.getSheets().map((s) => s.getName());
    expect(names).toEqual(
      expect.arrayContaining([
        'Dosjė',
        'Nustatymai',
        'Klientai',
        'Bendra informacija',
        'Mūsų požiūris',
        'Sprendimų grupė',
        'Konkurentai',
        'Kontaktai',
        'Santykių planas',
        'Peržiūros',
        'Klaidos',
        'Pranešimų žurnalas',
        'Portfelis',
      ]),
    );
    const accounts = harness(rt).snapshot('Klientai');
    const header = accounts.values[HEADER_ROW - 1]!;
    expect(header.slice(0, 5)).toEqual([
      'Kliento kodas',
      'Kliento pavadinimas',
      'Kodėl pagrindinis',
      'Vadybininko el. paštas',
      'Vadovo el. paštas',
    ]);
    expect(accounts.notes[HEADER_ROW - 1]![0]).toBe(
      'Trumpas unikalus kodas, kuriuo naudojasi visi kiti lapai, pvz., ACME.\nPrivalomas laukas.',
    );
    expect(accounts.notes[HEADER_ROW - 1]![2]).toContain('• Perspektyvus: Pardavimų kol kas mažai, bet didelis biudžetas mūsų kategorijai');
    const roles = rt.counter.uncounted(
      () => rt.spreadsheet.getSheetByName('Sprendimų grupė')!.getRange(FIRST_DATA_ROW, 4).getDataValidation()!.getCriteriaValues()[0],
    );
    expect(roles).toEqual([
      'Sprendimų priėmėjas',
      'Vartininkas',
      'Technikos specialistas',
      'Ekonomikos specialistas',
      'Vartotojas',
      'Rėmėjas',
      'Oponentas',
      'Patarėjas',
      'Informantas',
    ]);
  });

  test('validation reads Lithuanian dropdown values and reports problems in Lithuanian', () => {
    fillRows(rt, tabSpec('accounts'), [LITHUANIAN_ACCOUNT], fill);
    // Typed as a user would: Lithuanian labels in capitals, and a date that is not one.
    typeRows(rt, 'contacts', [{ account: 'LTU', date: 'rytoj', channel: 'SKAMBUTIS', outcome: 'TEIGIAMAS' }], { lang: 'lt' });
    typeRows(
      rt,
      'decisionGroup',
      [{ account: 'LTU', person: 'Rūta Žemaitė', role: 'SPRENDIMŲ PRIĖMĖJAS', attitude: 'Teigiamas', influence: 'DIDELĖ' }],
      {
        lang: 'lt',
      },
    );
    rt.run('kadValidate');
    const rows = harness(rt)
      .snapshot('Klaidos')
      .values.slice(FIRST_DATA_ROW - 1);
    const messages = rows.map((r) => String(r[4]));
    expect(messages).toContain(`'Kontaktai'!B3 („Data“): „rytoj“ nėra data.`);
    expect(rows.find((r) => String(r[4]).startsWith(`'Kontaktai'!B3`))?.slice(0, 1)).toEqual(['Klaida']);
    // The options typed in Lithuanian capitals are understood: no "not one of the choices" problem.
    expect(messages.filter((m) => m.includes('nėra sąraše'))).toEqual([]);
    // The lone decision maker is recognised; only the thin group is flagged.
    expect(messages.some((m) => m.includes('nėra sprendimų priėmėjo'))).toBe(false);
    expect(messages).toContain(`'Sprendimų grupė'!D3 („Vaidmuo“): kliento LTU sprendimų grupėje tik 1 asm. (mažiau nei 3).`);
    expect(rt.ui.toasts.at(-1)).toMatchObject({ title: 'Dosjė tikrinimas' });
    expect(rt.ui.toasts.at(-1)?.message).toMatch(/^Klaidų: 1, įspėjimų: \d+\.$/);
  });

  test('the digest is Lithuanian, with dates as Lithuanians write them', () => {
    rt.mail.reset();
    rt.ui.alertAnswers.push('YES');
    rt.run('kadSendReminders');
    // "Send reminders now" asks first, in Lithuanian.
    expect(rt.ui.alerts.at(-1)?.prompt).toMatch(/^Siųsti dabar \d+ suvestines \(\d+ punktų\) \d+ gavėjams\?/);
    const mail = rt.mail.outbox.find((m) => m.to.includes('ann@example.com'))!;
    expect(mail.subject).toMatch(/^Pagrindiniai klientai, kuriems reikia veiksmų: \d+ \(vėluoja: \d+\) — /);
    expect(mail.body).toContain(`Priminimai iš „`);
    expect(mail.body).toContain('Juos gaunate kaip šių klientų vadybininkas.');
    // Last review 95 days ago plus 3 months: due 2025-06-13.
    expect(mail.body).toContain('Išsami peržiūra turėjo būti atlikta iki 2025-06-13: vėluoja 3 d.');
    expect(mail.body).toContain('- Dosjė peržiūra vėluoja: Išsami peržiūra');
    expect(mail.body).toContain('Kitas žingsnis: Papildykite dosjė naujausiomis kliento žiniomis');
    expect(mail.body).toMatch(/Atverti „Peržiūros“, eilutė \d+: https:/);
    expect(mail.body).toContain('priminimų valanda ir tylos valandos – lape „Nustatymai“.');
    expect(rt.ui.toasts.at(-1)).toMatchObject({ title: 'Priminimai' });
    expect(rt.ui.toasts.at(-1)?.message).toMatch(/^Išsiųsta suvestinių: \d+;/);
  });

  test('the meeting-brief sidebar receives its words in Lithuanian', () => {
    rt.run('kadShowBrief');
    const bar = rt.ui.sidebars.at(-1)!;
    expect(bar.title).toBe('Pasiruošimas susitikimui');
    expect(bar.html).toContain('"lang":"lt"');
    expect(bar.html).toContain('"dmu":"Sprendimų grupė"');
    expect(bar.html).toContain('"error":"Nepavyko įkelti pasiruošimo susitikimui: {error}"');
    expect(bar.html).not.toContain('<?');
  });
});
