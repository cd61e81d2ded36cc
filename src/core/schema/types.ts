/**
 * The declarative schema: one TabSpec per tab drives headers, dropdowns,
 * number formats, notes, row parsers and exports. Code finds a column by its
 * stable `key`, never by its label, so renaming a header or switching
 * language breaks nothing.
 */
import type { EnumOption } from '../domain';
import type { Label } from '../i18n';

export type ColumnType =
  | 'text' // one line of free text
  | 'longtext' // paragraphs: wrapped, wide
  | 'email'
  | 'date'
  | 'money' // non-negative amount in the Settings currency
  | 'integer' // non-negative whole number
  | 'number'
  | 'percent' // stored as a fraction: 0.1 is 10%
  | 'enum' // one of `options`, shown by label in the sheet's language
  | 'accountRef' // an account id from the Accounts tab
  | 'computed'; // a sheet formula the add-on owns; never typed by users

/** How a computed column's formula is built; see core/formulas.ts. */
export type FormulaKey =
  | 'revenueShare'
  | 'riskBand'
  | 'nextReviewDue'
  | 'latestReviewOf'
  | 'reviewDueIfLatest'
  | 'shareOfWallet'
  | 'revenueVsTarget'
  | 'sowVsTarget'
  | 'sowSinceReview'
  | 'benefitPerCost'
  | 'planPriority';

/** `K`: the column's key as a literal type where the schema declares it (see ColumnKey in tabs.ts). */
export interface ColumnSpec<K extends string = string> {
  readonly key: K;
  readonly label: Label;
  /** Header note (what the field means and what is expected): its key in src/html/Notes.html (core/notes.ts). */
  readonly noteKey: string;
  readonly type: ColumnType;
  readonly required?: boolean;
  readonly options?: readonly EnumOption[];
  /**
   * A dependent dropdown: the list offered in a row is the one of `lists` keyed by the option chosen in column
   * `on` of the same row (the plan's method follows its approach); `options` holds every list's options.
   */
  readonly dependent?: { readonly on: string; readonly lists: Readonly<Record<string, readonly EnumOption[]>> };
  /** For computed columns: the formula and the type of what it yields. */
  readonly formula?: FormulaKey;
  readonly yields?: 'percent' | 'date' | 'text' | 'number';
  /** Values must be unique within the tab (account ids and names). */
  readonly unique?: boolean;
  readonly width?: number;
}

export interface TabSpec<T extends TabKey = TabKey, K extends string = string> {
  /** Stable identity, also stored in sheet developer metadata. */
  readonly key: T;
  readonly name: Label;
  readonly columns: readonly ColumnSpec<K>[];
  readonly frozenColumns: number;
  readonly tabColor: string;
  /** 'input' tabs are typed by users; 'output' tabs are written by the add-on. */
  readonly role: 'input' | 'output';
  /** Kept by the add-on alone (review snapshots): hidden and warning-protected as a whole. */
  readonly system?: boolean;
}

export type TabKey =
  | 'settings'
  | 'accounts'
  | 'general'
  | 'ourView'
  | 'decisionGroup'
  | 'competitors'
  | 'contacts'
  | 'plan'
  | 'commitments'
  | 'reviews'
  | 'supervision'
  | 'problems'
  | 'notices'
  | 'snapshots';

/**
 * Layout shared by every table tab: row 1 holds the column keys (hidden,
 * protected) so code can find columns whatever the visible labels say; row 2
 * is the visible header; data starts on row 3.
 */
export const KEY_ROW = 1;
export const HEADER_ROW = 2;
export const FIRST_DATA_ROW = 3;
/** Prefix that marks a key-row cell as ours (a user cell never starts so). */
export const KEY_PREFIX = 'kad:';
