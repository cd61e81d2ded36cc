/**
 * The home sidebar's two forms, generated from the schema so no list of
 * settings or columns is typed twice: the Settings form from SETTINGS
 * (schema/settings.ts), the Add account form from the Accounts tab's typed
 * columns (schema/tabs.ts). What the form sends back becomes the cell value
 * a user would have typed, and the sheet's own parsers (core/parse,
 * settingsValues.ts) judge it.
 */
import type { EnumOption } from '../domain';
import type { Lang } from '../i18n';
import { coerceColour } from '../settingsValues';
import { coerceOption, isEmptyCell, optionIndex, parseNumberText } from '../parse/coerce';
import type { SettingSpec } from '../schema/settings';
import { SETTINGS } from '../schema/settings';
import { tabSpec } from '../schema/tabs';
import type { ColumnSpec } from '../schema/types';

export interface FormField {
  readonly key: string;
  readonly label: string;
  /** The schema's type (SettingType or ColumnType): the page picks the input for it (a colour picker, 0-23 hours...). */
  readonly type: string;
  readonly required: boolean;
  /** [key, label] per option of a dropdown. */
  readonly options: readonly (readonly [string, string])[];
  /** What the field shows at first ('' when the cell is empty). */
  readonly value: string;
  /** Shown greyed in an empty field, or chosen when a dropdown's cell is empty: the default in use. */
  readonly placeholder: string;
  /** A problem with the value in the sheet now ('' when none). */
  readonly error: string;
}

const optionPairs = (options: readonly EnumOption[] | undefined, lang: Lang): [string, string][] =>
  (options ?? []).map((o) => [o.key, o.label[lang]]);

/** 0.1 → '10' (the form shows percents as the user says them). */
const percentText = (n: number): string => String(Math.round(n * 1e8) / 1e6);

/** A setting's value as its field shows it. */
function settingText(spec: SettingSpec, v: unknown): string {
  if (isEmptyCell(v)) return '';
  if (spec.type === 'percent' && typeof v === 'number') return percentText(v);
  if (spec.type === 'enum') {
    const r = coerceOption(v, optionIndex(spec.options ?? []));
    return r.ok ? r.value : String(v);
  }
  if (spec.type === 'colour') {
    const c = coerceColour(v);
    return c.ok ? c.value : String(v);
  }
  return String(v);
}

/** The Settings form: every setting of the schema, in its order, with the sheet's value and the problems found there. */
export function settingFields(
  lang: Lang,
  valueOf: (key: string) => unknown,
  errorOf: (key: string) => string,
  labelSuffix: Readonly<Partial<Record<string, string>>> = {},
): FormField[] {
  return SETTINGS.map((spec) => ({
    key: spec.key,
    label: spec.label[lang] + (labelSuffix[spec.key] ?? ''),
    type: spec.type,
    required: false,
    options: optionPairs(spec.options, lang),
    value: settingText(spec, valueOf(spec.key)),
    placeholder: settingText(spec, spec.default),
    error: errorOf(spec.key),
  }));
}

/** The Add account form: the Accounts tab's typed columns (computed ones are the sheet's formulas). */
export function accountFields(lang: Lang): FormField[] {
  return tabSpec('accounts')
    .columns.filter((c) => c.type !== 'computed')
    .map((c) => ({
      key: c.key,
      label: c.label[lang],
      type: c.type,
      required: c.required === true,
      options: optionPairs(c.options, lang),
      value: '',
      // A new account is active unless the user says otherwise.
      placeholder: c.key === 'status' ? 'active' : '',
      error: '',
    }));
}

/**
 * A typed number as the sheet would take it when typed in a cell ("600 000", "1,5"); anything else stays text,
 * so the parser reports it at its field.
 */
function numberOrText(s: string): number | string {
  const n = parseNumberText(s);
  return n === null || s.endsWith('%') ? s : n;
}

/** What a settings field sends, as the cell value: option labels in the sheet's language, percents as fractions. */
export function settingCell(spec: SettingSpec, input: string, lang: Lang): unknown {
  const s = input.trim();
  if (s === '') return '';
  switch (spec.type) {
    case 'money':
    case 'integer':
    case 'hour':
      return numberOrText(s);
    case 'percent': {
      // "10" and "10%" both mean ten percent here: the field is labelled in percent.
      const n = parseNumberText(s);
      if (n === null) return s;
      return s.endsWith('%') ? n : Math.round((n / 100) * 1e10) / 1e10;
    }
    case 'enum':
      return spec.options?.find((o) => o.key === s)?.label[lang] ?? s;
    default:
      return s;
  }
}

/** What an Add account field sends, as the cell value (dates stay 'YYYY-MM-DD' text; the app writes them as dates). */
export function accountCell(c: ColumnSpec, input: string, lang: Lang): unknown {
  const s = input.trim();
  if (s === '') return '';
  if (c.type === 'money' || c.type === 'integer' || c.type === 'number') return numberOrText(s);
  if (c.type === 'enum') return c.options?.find((o) => o.key === s)?.label[lang] ?? s;
  return s;
}
