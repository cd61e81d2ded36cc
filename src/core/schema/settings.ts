/**
 * The Settings tab: one row per setting, identified by its key in a hidden
 * first column. Each value cell carries a named range (KAD_<KEY>) so sheet
 * formulas read settings by name, wherever the row ends up.
 */
import type { EnumOption } from '../domain';
import { CHECK_SEVERITIES, ESCALATIONS_FROM, WEEKEND_DAYS, YES_NO } from '../domain';
import type { Label } from '../i18n';
import { label } from '../i18n';

/** ColorBrewer YlOrRd (colorbrewer2.org), colour-blind safe. */
const COLOUR_DEFAULT = { colour_key: '#fed976', colour_critical: '#fd8d3c', colour_mono: '#bd0026' } as const;

export type SettingType = 'money' | 'text' | 'percent' | 'integer' | 'enum' | 'hour' | 'colour';

export interface SettingSpec {
  readonly key: SettingKey;
  readonly label: Label;
  /** Its explanation: a key of src/html/Notes.html (core/notes.ts). */
  readonly noteKey: string;
  readonly type: SettingType;
  /** Value written when the row is created; null leaves it for the user. */
  readonly default: number | string | null;
  readonly min?: number;
  readonly max?: number;
  readonly options?: readonly EnumOption[];
}

export type SettingKey =
  | 'company_revenue'
  | 'currency'
  | 'threshold_key'
  | 'threshold_critical'
  | 'threshold_mono'
  | 'colour_key'
  | 'colour_critical'
  | 'colour_mono'
  | 'review_interval_months'
  | 'review_lead_days'
  | 'escalation_grace_days'
  | 'positive_contact_days'
  | 'negative_pause_days'
  | 'attitude_stale_days'
  | 'max_key_accounts'
  | 'reminder_hour'
  | 'quiet_hours_start'
  | 'quiet_hours_end'
  | 'skip_weekends'
  | 'weekend_days'
  | 'sender_name'
  | 'escalations_from'
  | 'manager_hour_cost'
  | 'contacts_per_interval_max'
  | 'competitor_stale_months'
  | SeverityKey;

/** Settings that choose how a dossier check reports (core/validation/depth.ts): error, warning or off. */
export const SEVERITY_KEYS = [
  'severity_low_share',
  'severity_no_budget',
  'severity_no_sponsor',
  'severity_negative_decider',
  'severity_contacts_often',
  'severity_competitor_stale',
] as const;
export type SeverityKey = (typeof SEVERITY_KEYS)[number];

/** s(key, type, default, extra): label setting.<key> (texts/en.ts), note note.setting.<key> (html/Notes.html). */
const s = (
  key: SettingKey,
  type: SettingType,
  def: number | string | null,
  extra: Partial<Pick<SettingSpec, 'min' | 'max' | 'options'>> = {},
): SettingSpec => ({
  key,
  type,
  default: def,
  label: label(`setting.${key}`),
  // The three colours share one explanation, and so do the check severities.
  noteKey: type === 'colour' ? 'note.setting.colour' : key.startsWith('severity_') ? 'note.setting.severity' : `note.setting.${key}`,
  ...extra,
});

export const SETTINGS: readonly SettingSpec[] = [
  s('company_revenue', 'money', null, { min: 0 }),
  s('currency', 'text', 'EUR'),
  s('threshold_key', 'percent', 0.1, { min: 0, max: 1 }),
  s('threshold_critical', 'percent', 0.2, { min: 0, max: 1 }),
  s('threshold_mono', 'percent', 0.5, { min: 0, max: 1 }),
  // Defaults: ColorBrewer YlOrRd (colorbrewer2.org), colour-blind safe; core/risk/palette.ts reads them from here.
  ...(['colour_key', 'colour_critical', 'colour_mono'] as const).map((key) => s(key, 'colour', COLOUR_DEFAULT[key])),
  s('review_interval_months', 'integer', 3, { min: 1, max: 24 }),
  s('review_lead_days', 'integer', 7, { min: 0, max: 60 }),
  s('escalation_grace_days', 'integer', 14, { min: 0, max: 365 }),
  s('positive_contact_days', 'integer', 10, { min: 1, max: 365 }),
  s('negative_pause_days', 'integer', 14, { min: 0, max: 90 }),
  s('attitude_stale_days', 'integer', 90, { min: 1, max: 730 }),
  s('max_key_accounts', 'integer', 3, { min: 1, max: 20 }),
  s('reminder_hour', 'hour', 8, { min: 0, max: 23 }),
  // Quiet hours are a window [from, before): 22 and 7 mean no e-mail from 22:00 to 07:00; equal hours mean none.
  s('quiet_hours_start', 'hour', 0, { min: 0, max: 23 }),
  s('quiet_hours_end', 'hour', 7, { min: 0, max: 23 }),
  s('skip_weekends', 'enum', 'yes', { options: YES_NO }),
  s('weekend_days', 'enum', 'sat_sun', { options: WEEKEND_DAYS }),
  s('sender_name', 'text', 'Key Account Dossier'),
  s('escalations_from', 'enum', 'file', { options: ESCALATIONS_FROM }),
  // Managers' time in money, so a plan item's hours and its money cost add up (benefit per cost).
  s('manager_hour_cost', 'money', null, { min: 0 }),
  // "Often, but not too often": more contacts than this within one positive-contact interval is too many.
  s('contacts_per_interval_max', 'integer', 4, { min: 1, max: 100 }),
  s('competitor_stale_months', 'integer', 6, { min: 1, max: 36 }),
  ...SEVERITY_KEYS.map((key) => s(key, 'enum', 'warning', { options: CHECK_SEVERITIES })),
];

export function settingSpec(key: SettingKey): SettingSpec {
  const spec = SETTINGS.find((x) => x.key === key);
  if (!spec) throw new Error(`Unknown setting ${key}`);
  return spec;
}

/** Named range that holds a setting's value cell. */
export function settingRangeName(key: SettingKey): string {
  return `KAD_${key.toUpperCase()}`;
}
