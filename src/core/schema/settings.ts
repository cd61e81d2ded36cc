/**
 * The Settings tab: one row per setting, identified by its key in a hidden
 * first column. Each value cell carries a named range (KAD_<KEY>) so sheet
 * formulas read settings by name, wherever the row ends up.
 */
import type { EnumOption } from '../domain';
import { WEEKEND_DAYS, YES_NO } from '../domain';
import type { Label } from '../i18n';
import { CAPTION } from '../menuCaptions';

export type SettingType = 'money' | 'text' | 'percent' | 'integer' | 'enum' | 'hour' | 'colour';

export interface SettingSpec {
  readonly key: SettingKey;
  readonly label: Label;
  readonly note: Label;
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
  | 'sender_name';

const s = (
  key: SettingKey,
  type: SettingType,
  def: number | string | null,
  en: [string, string],
  ru: [string, string],
  extra: Partial<Pick<SettingSpec, 'min' | 'max' | 'options'>> = {},
): SettingSpec => ({ key, type, default: def, label: { en: en[0], ru: ru[0] }, note: { en: en[1], ru: ru[1] }, ...extra });

const COLOUR_NOTE: Label = {
  en: `#rrggbb; default is colour-blind-safe ColorBrewer YlOrRd; used by ${CAPTION.risk.en}.`,
  ru: `#rrggbb; по умолчанию ColorBrewer YlOrRd (для дальтоников); для «${CAPTION.risk.ru}».`,
};

export const SETTINGS: readonly SettingSpec[] = [
  s(
    'company_revenue',
    'money',
    null,
    ['Company annual revenue', 'Total revenue of our company for the year; revenue shares are computed against it.'],
    ['Годовая выручка компании', 'Вся выручка нашей компании за год; доли клиентов считаются от неё.'],
    { min: 0 },
  ),
  s(
    'currency',
    'text',
    'EUR',
    ['Currency', 'ISO code of the currency of all amounts (EUR, RUB, USD).'],
    ['Валюта', 'Код валюты всех сумм (EUR, RUB, USD).'],
  ),
  s(
    'threshold_key',
    'percent',
    0.1,
    ['Key account threshold', 'Share of company revenue above which a client is key (10%).'],
    ['Порог ключевого клиента', 'Доля выручки компании, выше которой клиент ключевой (10%).'],
    { min: 0, max: 1 },
  ),
  s(
    'threshold_critical',
    'percent',
    0.2,
    ['Critical dependency threshold', 'Share above which the company depends critically on the client (20%).'],
    ['Порог критической зависимости', 'Доля, выше которой компания критически зависит от клиента (20%).'],
    { min: 0, max: 1 },
  ),
  s(
    'threshold_mono',
    'percent',
    0.5,
    ['Mono-client threshold', 'Share above which the client is a mono-client: develop new clients at once (50%).'],
    ['Порог моноклиента', 'Доля, выше которой клиент становится моноклиентом: срочно развивайте новых (50%).'],
    { min: 0, max: 1 },
  ),
  // Defaults: ColorBrewer YlOrRd (colorbrewer2.org), colour-blind safe; core/risk/palette.ts reads them from here.
  ...(
    [
      ['colour_key', '#fed976', 'key band', 'ключевой'],
      ['colour_critical', '#fd8d3c', 'critical band', 'критический'],
      ['colour_mono', '#bd0026', 'mono-client band', 'моноклиент'],
    ] as const
  ).map(([key, def, en, ru]) => s(key, 'colour', def, [`Colour: ${en}`, COLOUR_NOTE.en], [`Цвет: ${ru}`, COLOUR_NOTE.ru])),
  s(
    'review_interval_months',
    'integer',
    3,
    ['Full review every (months)', 'The dossier is fully reviewed at least this often.'],
    ['Полный пересмотр каждые (мес.)', 'Досье полностью пересматривается не реже этого срока.'],
    { min: 1, max: 24 },
  ),
  s(
    'review_lead_days',
    'integer',
    7,
    ['Remind before review (days)', 'A review due within this many days is announced in the digest.'],
    ['Напомнить о пересмотре за (дней)', 'Пересмотр, срок которого наступает в эти дни, попадает в сводку.'],
    { min: 0, max: 60 },
  ),
  s(
    'escalation_grace_days',
    'integer',
    14,
    ['Escalate after (days overdue)', 'A review overdue longer than this is also sent to the supervisor.'],
    ['Эскалация после (дней просрочки)', 'Пересмотр, просроченный дольше, сообщается и руководителю.'],
    { min: 0, max: 365 },
  ),
  s(
    'positive_contact_days',
    'integer',
    10,
    ['Positive contact every (days)', 'A positive contact at least this often keeps the relationship moving.'],
    ['Позитивный контакт каждые (дней)', 'Позитивный контакт не реже этого срока двигает отношения.'],
    { min: 1, max: 365 },
  ),
  s(
    'negative_pause_days',
    'integer',
    14,
    [
      'Pause after a negative contact (days)',
      'No personal contact for this long after a negative one; urgent matters go through colleagues.',
    ],
    ['Пауза после негативного контакта (дней)', 'Столько дней без личных контактов; срочное решают через коллег.'],
    { min: 0, max: 90 },
  ),
  s(
    'attitude_stale_days',
    'integer',
    90,
    ['Re-assess attitudes every (days)', 'A decision-group attitude older than this is flagged.'],
    ['Переоценка отношения каждые (дней)', 'Оценка отношения старше этого срока отмечается.'],
    { min: 1, max: 730 },
  ),
  s(
    'max_key_accounts',
    'integer',
    3,
    ['Max key accounts per manager', 'A KAM should own 1 to 3 key accounts.'],
    ['Макс. ключевых клиентов на менеджера', 'У менеджера по ключевым клиентам их должно быть от 1 до 3.'],
    { min: 1, max: 20 },
  ),
  s(
    'reminder_hour',
    'hour',
    8,
    ['Reminder hour', 'Hour of day (0-23, sheet time zone) when the daily reminders run.'],
    ['Час напоминаний', 'Час (0-23, часовой пояс таблицы), когда отправляются ежедневные напоминания.'],
    { min: 0, max: 23 },
  ),
  // Quiet hours are a window [from, before): 22 and 7 mean no e-mail from 22:00 to 07:00; equal hours mean none.
  s(
    'quiet_hours_start',
    'hour',
    0,
    ['No e-mail from (hour)', 'Quiet hours start at this hour (sheet time zone); may be before midnight, e.g. 22.'],
    ['Не писать с (часа)', 'Начало тихих часов (время таблицы); может быть до полуночи, например 22.'],
    { min: 0, max: 23 },
  ),
  s(
    'quiet_hours_end',
    'hour',
    7,
    ['No e-mail before (hour)', 'Quiet hours end at this hour; the reminder hour must lie outside them.'],
    ['Не писать до (часа)', 'Конец тихих часов; час напоминаний должен быть вне их.'],
    { min: 0, max: 23 },
  ),
  s(
    'skip_weekends',
    'enum',
    'yes',
    ['Skip weekends', 'Hold reminders on the weekend days below until the next working day.'],
    ['Не писать в выходные', 'Откладывать напоминания в выходные дни (ниже) до рабочего дня.'],
    { options: YES_NO },
  ),
  s(
    'weekend_days',
    'enum',
    'sat_sun',
    ['Weekend days', 'Which days are the weekend when weekends are skipped.'],
    ['Выходные дни', 'Какие дни считать выходными, если выходные пропускаются.'],
    { options: WEEKEND_DAYS },
  ),
  s(
    'sender_name',
    'text',
    'Key Account Dossier',
    ['Sender name', 'Name shown as the sender of reminder e-mails.'],
    ['Имя отправителя', 'Имя отправителя писем-напоминаний.'],
  ),
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
