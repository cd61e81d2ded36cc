/**
 * Typed Settings from the Settings tab's rows. Every setting has a value:
 * what the user typed when it is valid, otherwise the default from
 * schema/settings.ts (with an issue saying so), so a half-filled or damaged
 * Settings tab never stops reminders, risk colours or validation.
 */
import { perLang } from './i18n';
import type { SettingKey, SettingSpec, SeverityKey } from './schema/settings';
import { SETTINGS } from './schema/settings';
import { tabSpec } from './schema/tabs';
import { FIRST_DATA_ROW } from './schema/types';
import type { Coerced } from './parse/coerce';
import { coerceInteger, coerceMoney, coerceNumber, coerceOption, isEmptyCell, numberAsTextHint, optionIndex } from './parse/coerce';
import type { Issue } from './parse/issue';
import { showValue } from './parse/issue';
import { inQuietHours } from './reminders/notices/window';

export type ColourKey = 'colour_key' | 'colour_critical' | 'colour_mono';
type NumericKey = Exclude<
  SettingKey,
  | ColourKey
  | 'company_revenue'
  | 'currency'
  | 'sender_name'
  | 'skip_weekends'
  | 'weekend_days'
  | 'escalations_from'
  | 'manager_hour_cost'
  | SeverityKey
>;

export type Settings = { readonly [K in NumericKey]: number } & { readonly [K in ColourKey]: string } & {
  /** Null until the user types it: revenue shares cannot be computed without it. */
  readonly company_revenue: number | null;
  readonly currency: string;
  readonly sender_name: string;
  readonly skip_weekends: boolean;
  /** WEEKEND_DAYS option key. */
  readonly weekend_days: string;
  /** ESCALATIONS_FROM option key. */
  readonly escalations_from: string;
  /** Null until the user types it: a plan item's hours then cost nothing in benefit per cost. */
  readonly manager_hour_cost: number | null;
} & {
  /** CHECK_SEVERITIES option key per check: 'error', 'warning' or 'off'. */
  readonly [K in SeverityKey]: string;
};

/** The defaults alone, e.g. for a workbook without a Settings tab. */
export const DEFAULT_SETTINGS: Settings = Object.freeze(
  Object.fromEntries(SETTINGS.map((s) => [s.key, s.key === 'skip_weekends' ? s.default === 'yes' : s.default])) as unknown as Settings,
);

function coerceSetting(spec: SettingSpec, v: unknown): Coerced<number | string> {
  switch (spec.type) {
    case 'money':
      return coerceMoney(v);
    case 'integer':
    case 'hour':
      return coerceInteger(v);
    case 'percent':
      return coerceNumber(v);
    case 'enum':
      return coerceOption(v, optionIndex(spec.options ?? []));
    case 'text':
      return { ok: true, value: String(v).trim() };
    case 'colour':
      return coerceColour(v);
  }
}

/** '#rrggbb' or 'rrggbb', any case → '#rrggbb' lower-case, the form Sheets' setBackground takes. */
export function coerceColour(v: unknown): Coerced<string> {
  const m = /^#?([0-9a-f]{6})$/i.exec(String(v).trim());
  return m ? { ok: true, value: `#${(m[1] as string).toLowerCase()}` } : { ok: false, problem: 'outOfRange' };
}

export interface SettingsResult {
  readonly settings: Settings;
  readonly issues: readonly Issue[];
}

/**
 * Settings from the Settings tab as readTable returns it (rows from FIRST_DATA_ROW and columnOf). Rows are found
 * by the hidden setting_key column, so moved or re-labelled rows still count.
 */
export function parseSettingsChecked(
  rows: readonly (readonly unknown[])[],
  columnOf: Readonly<Record<string, number>>,
  firstRow: number = FIRST_DATA_ROW,
): SettingsResult {
  const keyCol = (columnOf['setting_key'] ?? 0) - 1;
  const valueCol = (columnOf['value'] ?? 0) - 1;
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  const issues: Issue[] = [];
  if (keyCol < 0 || valueCol < 0) return { settings: out as Settings, issues };
  const byKey = new Map(SETTINGS.map((s) => [s.key as string, s]));
  const rowOf: Partial<Record<SettingKey, { row: number; raw: unknown }>> = {};
  rows.forEach((cells, i) => {
    const spec = byKey.get(String(cells[keyCol] ?? '').trim());
    if (!spec) return;
    byKey.delete(spec.key); // the first row of a key wins; a duplicate below is ignored
    const raw = cells[valueCol];
    rowOf[spec.key] = { row: firstRow + i, raw };
    if (isEmptyCell(raw)) return; // default stands: an empty value is not an error
    const r = coerceSetting(spec, raw);
    let problem = r.ok ? null : r.problem;
    if (
      r.ok &&
      typeof r.value === 'number' &&
      ((spec.min !== undefined && r.value < spec.min) || (spec.max !== undefined && r.value > spec.max))
    )
      problem = 'outOfRange';
    if (problem === null && r.ok) {
      out[spec.key] = spec.key === 'skip_weekends' ? r.value === 'yes' : r.value;
      return;
    }
    issues.push({
      severity: 'error',
      code: problem ?? 'outOfRange',
      tab: tabSpec('settings').key,
      row: firstRow + i,
      column: 'value',
      value: showValue(raw),
      params: {
        setting: spec.label,
        options: perLang((l) => (spec.options ?? []).map((o) => o.label[l]).join(', ')),
        // A colour's range reads "from #000000 to #ffffff", which shows the form too.
        min: spec.type === 'colour' ? '#000000' : (spec.min ?? ''),
        max: spec.type === 'colour' ? '#ffffff' : (spec.max ?? ''),
        default: spec.default === null ? '' : spec.type === 'percent' ? `${Number(spec.default) * 100}%` : String(spec.default),
        number: numberAsTextHint(raw, spec.type === 'percent'),
      },
    });
  });
  const settings = out as Settings;
  // A reminder hour inside the quiet hours would never send anything: say so at the reminder hour's cell.
  const hourAt = rowOf.reminder_hour;
  if (
    hourAt &&
    inQuietHours(settings.reminder_hour, { quietHoursStart: settings.quiet_hours_start, quietHoursEnd: settings.quiet_hours_end })
  )
    issues.push({
      severity: 'error',
      code: 'reminderInQuietHours',
      tab: tabSpec('settings').key,
      row: hourAt.row,
      column: 'value',
      value: showValue(hourAt.raw),
      params: { start: settings.quiet_hours_start, end: settings.quiet_hours_end },
    });
  return { settings, issues };
}

/** The typed settings alone; problems are reported by "Validate dossier". */
export function parseSettings(
  rows: readonly (readonly unknown[])[],
  columnOf: Readonly<Record<string, number>>,
  firstRow: number = FIRST_DATA_ROW,
): Settings {
  return parseSettingsChecked(rows, columnOf, firstRow).settings;
}
