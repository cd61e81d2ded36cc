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

export const SUPERVISORS = [
  person('Vytautas Jankauskas', 'vytautas.jankauskas'),
  person('Irina Volkova', 'irina.volkova'),
] as const;

/** Each manager reports to one supervisor. */
export const MANAGERS = [
  { ...person('Rūta Kazlauskienė', 'ruta.kazlauskiene'), supervisor: SUPERVISORS[0] },
  { ...person('Andrius Petrauskas', 'andrius.petrauskas'), supervisor: SUPERVISORS[0] },
  { ...person('Olga Smirnova', 'olga.smirnova'), supervisor: SUPERVISORS[1] },
  { ...person('Mark Jensen', 'mark.jensen'), supervisor: SUPERVISORS[1] },
] as const;

export const SPONSORS = ['Tomas Vaitkus (CEO)', 'Elena Orlova (CFO)', 'Darius Mockus (COO)'] as const;

export type Country = 'LT' | 'RU' | 'LV' | 'DK' | 'CH' | 'PL';

/** First and last names per country, for the clients' decision groups. */
export const NAMES: Readonly<Record<Country, { first: readonly string[]; last: readonly string[] }>> = {
  LT: {
    first: ['Jonas', 'Laura', 'Mindaugas', 'Eglė', 'Paulius', 'Giedrė', 'Saulius', 'Aistė', 'Tadas', 'Ieva'],
    last: ['Kazlauskas', 'Stankevičius', 'Vasiliauskas', 'Žukauskas', 'Butkus', 'Paulauskas', 'Urbonas', 'Navickas', 'Balčiūnas'],
  },
  RU: {
    first: ['Сергей', 'Анна', 'Дмитрий', 'Елена', 'Алексей', 'Мария', 'Игорь', 'Татьяна', 'Павел', 'Наталья'],
    last: ['Волков', 'Кузнецов', 'Соколов', 'Морозов', 'Лебедев', 'Новиков', 'Фёдоров', 'Зайцев', 'Орлов'],
  },
  LV: {
    first: ['Jānis', 'Ilze', 'Andris', 'Kristīne', 'Māris', 'Līga'],
    last: ['Bērziņš', 'Kalniņš', 'Ozoliņš', 'Liepiņš', 'Krūmiņš'],
  },
  DK: {
    first: ['Anders', 'Mette', 'Søren', 'Camilla', 'Rasmus', 'Louise'],
    last: ['Nielsen', 'Jørgensen', 'Madsen', 'Kristensen', 'Thomsen'],
  },
  CH: {
    first: ['Lukas', 'Anna', 'Reto', 'Nicole', 'Beat', 'Sandra'],
    last: ['Müller', 'Keller', 'Huber', 'Brunner', 'Gerber'],
  },
  PL: {
    first: ['Piotr', 'Agnieszka', 'Tomasz', 'Katarzyna', 'Marek', 'Joanna'],
    last: ['Nowak', 'Wiśniewski', 'Kowalczyk', 'Zieliński', 'Lewandowski'],
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
