/**
 * Our side of the sample: the supplier (Baltic Supply Group, Vilnius), its
 * four key account managers and their two supervisors, plus name pools for
 * the clients' people by country.
 */
export const OUR_COMPANY = { name: 'Baltic Supply Group, UAB', domain: 'balticsupply.lt', category: 'industrial packaging' };

export interface Person {
  readonly name: string;
  readonly email: string;
}

const person = (name: string, local: string): Person => ({ name, email: `${local}@${OUR_COMPANY.domain}` });

export const SUPERVISORS = [person('Vytautas Jankauskas', 'vytautas.jankauskas'), person('Irina Volkova', 'irina.volkova')] as const;

/** Each manager reports to one supervisor. */
export const MANAGERS = [
  { ...person('Rūta Kazlauskienė', 'ruta.kazlauskiene'), supervisor: SUPERVISORS[0] },
  { ...person('Andrius Petrauskas', 'andrius.petrauskas'), supervisor: SUPERVISORS[0] },
  { ...person('Olga Smirnova', 'olga.smirnova'), supervisor: SUPERVISORS[1] },
  { ...person('Mark Jensen', 'mark.jensen'), supervisor: SUPERVISORS[1] },
] as const;

export const SPONSORS = ['Tomas Vaitkus (CEO)', 'Elena Orlova (CFO)', 'Darius Mockus (COO)'] as const;

export type Country = 'LT' | 'RU' | 'LV' | 'DK' | 'CH' | 'PL';

/**
 * Client-side names per country: first names with their gender, surnames as
 * [masculine, feminine] (Lithuanian, Russian, Latvian and Polish surnames
 * agree with the person's gender).
 */
export const NAMES: Readonly<
  Record<Country, { first: readonly (readonly [string, 'm' | 'f'])[]; last: readonly (readonly [string, string])[] }>
> = {
  LT: {
    first: [
      ['Jonas', 'm'],
      ['Laura', 'f'],
      ['Mindaugas', 'm'],
      ['Eglė', 'f'],
      ['Paulius', 'm'],
      ['Giedrė', 'f'],
      ['Saulius', 'm'],
      ['Aistė', 'f'],
      ['Tadas', 'm'],
      ['Ieva', 'f'],
    ],
    last: [
      ['Kazlauskas', 'Kazlauskienė'],
      ['Stankevičius', 'Stankevičienė'],
      ['Vasiliauskas', 'Vasiliauskaitė'],
      ['Žukauskas', 'Žukauskienė'],
      ['Butkus', 'Butkutė'],
      ['Paulauskas', 'Paulauskienė'],
      ['Urbonas', 'Urbonienė'],
      ['Navickas', 'Navickaitė'],
      ['Balčiūnas', 'Balčiūnienė'],
    ],
  },
  RU: {
    first: [
      ['Сергей', 'm'],
      ['Анна', 'f'],
      ['Дмитрий', 'm'],
      ['Елена', 'f'],
      ['Алексей', 'm'],
      ['Мария', 'f'],
      ['Игорь', 'm'],
      ['Татьяна', 'f'],
      ['Павел', 'm'],
      ['Наталья', 'f'],
    ],
    last: [
      ['Волков', 'Волкова'],
      ['Кузнецов', 'Кузнецова'],
      ['Соколов', 'Соколова'],
      ['Морозов', 'Морозова'],
      ['Лебедев', 'Лебедева'],
      ['Новиков', 'Новикова'],
      ['Фёдоров', 'Фёдорова'],
      ['Зайцев', 'Зайцева'],
      ['Орлов', 'Орлова'],
    ],
  },
  LV: {
    first: [
      ['Jānis', 'm'],
      ['Ilze', 'f'],
      ['Andris', 'm'],
      ['Kristīne', 'f'],
      ['Māris', 'm'],
      ['Līga', 'f'],
    ],
    last: [
      ['Bērziņš', 'Bērziņa'],
      ['Kalniņš', 'Kalniņa'],
      ['Ozoliņš', 'Ozoliņa'],
      ['Liepiņš', 'Liepiņa'],
      ['Krūmiņš', 'Krūmiņa'],
    ],
  },
  DK: {
    first: [
      ['Anders', 'm'],
      ['Mette', 'f'],
      ['Søren', 'm'],
      ['Camilla', 'f'],
      ['Rasmus', 'm'],
      ['Louise', 'f'],
    ],
    last: [
      ['Nielsen', 'Nielsen'],
      ['Jørgensen', 'Jørgensen'],
      ['Madsen', 'Madsen'],
      ['Kristensen', 'Kristensen'],
      ['Thomsen', 'Thomsen'],
    ],
  },
  CH: {
    first: [
      ['Lukas', 'm'],
      ['Anna', 'f'],
      ['Reto', 'm'],
      ['Nicole', 'f'],
      ['Beat', 'm'],
      ['Sandra', 'f'],
    ],
    last: [
      ['Müller', 'Müller'],
      ['Keller', 'Keller'],
      ['Huber', 'Huber'],
      ['Brunner', 'Brunner'],
      ['Gerber', 'Gerber'],
    ],
  },
  PL: {
    first: [
      ['Piotr', 'm'],
      ['Agnieszka', 'f'],
      ['Tomasz', 'm'],
      ['Katarzyna', 'f'],
      ['Marek', 'm'],
      ['Joanna', 'f'],
    ],
    last: [
      ['Nowak', 'Nowak'],
      ['Wiśniewski', 'Wiśniewska'],
      ['Kowalczyk', 'Kowalczyk'],
      ['Zieliński', 'Zielińska'],
      ['Lewandowski', 'Lewandowska'],
    ],
  },
};

export const PHONE_PREFIX: Readonly<Record<Country, string>> = {
  LT: '+370 6',
  RU: '+7 9',
  LV: '+371 2',
  DK: '+45 2',
  CH: '+41 7',
  PL: '+48 5',
};
