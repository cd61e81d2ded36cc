/**
 * The home sidebar's getting-started checklist: what a KAM sets up once, each
 * item ticked from the dossier's live state (read by app/home/data.ts in a
 * few batched reads) and paired with the action that does it. The words are
 * the page's (texts home.check.* and home.detail.* in src/html/HomeTexts.html).
 */

/** What the page's button for an item does (Home.html maps each to a server call or a form). */
export type CheckAction = 'repair' | 'settings' | 'add' | 'validate' | 'risk' | 'on' | 'access';

export type CheckKey = 'dossier' | 'revenue' | 'accounts' | 'people' | 'colours' | 'reminders' | 'access';

/** A line under an item: a text key (home.detail.<key>) and its placeholders. */
export type CheckLine = readonly [string, Readonly<Record<string, string | number>>];

export interface CheckItem {
  readonly key: CheckKey;
  readonly done: boolean;
  readonly lines: readonly CheckLine[];
  /** The button offered while the item is not done (null: nothing to click). */
  readonly action: CheckAction | null;
}

/** An account cell without a usable address, as 'Accounts'!E5 and the column's label. */
export interface UnusableAddress {
  readonly ref: string;
  readonly field: string;
}

export interface ChecklistInput {
  /** The Settings and Accounts tabs exist. */
  readonly dossier: boolean;
  readonly revenue: number | null;
  readonly currency: string;
  /** Accounts with an id. */
  readonly accounts: number;
  /** Open accounts' manager and supervisor cells that hold no usable address. */
  readonly unusable: readonly UnusableAddress[];
  /** The colours the risk rules were written with, and the colours Settings hold now (paletteMarker). */
  readonly coloursApplied: string | null;
  readonly coloursNow: string;
  /** Who turned reminders on (null: off) and when they go. */
  readonly remindersOwner: string | null;
  readonly reminderWhen: string;
  /** The last access check (date, people fingerprint, findings), and the people fingerprint now. */
  readonly access: { readonly at: string; readonly people: string; readonly findings: number } | null;
  readonly peopleNow: string;
}

export function checklist(i: ChecklistInput): CheckItem[] {
  const item = (key: CheckKey, done: boolean, lines: CheckLine[], action: CheckAction | null): CheckItem => ({
    key,
    done,
    lines,
    action: done ? null : action,
  });
  if (!i.dossier) return [item('dossier', false, [], 'repair')];
  const revenue = i.revenue !== null && i.revenue > 0;
  const some = i.accounts > 0;
  const people: CheckLine[] = i.unusable.slice(0, 2).map((u) => ['people', { ref: u.ref, field: u.field }]);
  if (i.unusable.length > 2) people.push(['more', { n: i.unusable.length - 2 }]);
  const colours = i.coloursApplied === i.coloursNow;
  const a = i.access;
  const fresh = a !== null && a.people === i.peopleNow;
  return [
    item('revenue', revenue, revenue ? [['revenue', { n: i.revenue ?? 0, currency: i.currency }]] : [], 'settings'),
    item('accounts', some, some ? [['accounts', { n: i.accounts }]] : [], 'add'),
    item('people', some && i.unusable.length === 0, people, some ? 'validate' : null),
    item('colours', colours, colours ? [] : [['colours', {}]], 'risk'),
    item('reminders', i.remindersOwner !== null, i.remindersOwner !== null ? [['when', { when: i.reminderWhen }]] : [], 'on'),
    item('access', fresh, a === null ? [] : [[fresh ? 'access' : 'accessStale', { date: a.at, n: a.findings }]], some ? 'access' : null),
  ];
}
