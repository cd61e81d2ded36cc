/** Every sentence of a digest, per language; {placeholders} are filled with fill(). */
import type { Label, Lang } from '../i18n';
import type { RuleKey } from '../schedule/types';

export const DIGEST_TEXT = {
  subjectOverdue: { en: 'Key accounts: {overdue} overdue of {total}', ru: 'Ключевые клиенты: просрочено {overdue} из {total}' },
  subjectNone: { en: 'Key accounts: nothing overdue, {total} to note', ru: 'Ключевые клиенты: просрочек нет, к сведению: {total}' },
  greeting: { en: 'Reminders from "{sheet}" for {date}.', ru: 'Напоминания из «{sheet}» на {date}.' },
  asManager: {
    en: 'You receive them as the manager of these accounts.',
    ru: 'Вы получаете их как менеджер этих клиентов.',
  },
  asSupervisor: {
    en: 'Escalations are sent to you as the supervisor of these accounts.',
    ru: 'Эскалации приходят вам как руководителю по этим клиентам.',
  },
  footer: {
    en: 'Overdue items are repeated weekly while they stay open; everything else is sent once. Intervals, reminder hour and quiet hours are on the Settings tab.',
    ru: 'Просроченные пункты повторяются раз в неделю, пока не закрыты; остальное приходит один раз. Сроки, час напоминаний и тихие часы — на листе «Настройки».',
  },
} as const satisfies Record<string, Label>;

const OVERDUE: Label = {
  en: 'Full review was due on {due}: {days} days overdue.',
  ru: 'Полный пересмотр был нужен до {due}: просрочка {days} дн.',
};

/** One line per rule; {due}, {days}, {manager} are filled per item. */
export const ITEM_TEXT: Readonly<Record<RuleKey, Label>> = {
  review_due_soon: { en: 'Full review due on {due} ({days} days left).', ru: 'Полный пересмотр до {due} (осталось дней: {days}).' },
  review_overdue: OVERDUE,
  review_missing: { en: 'No full review has been recorded yet.', ru: 'Полный пересмотр ещё ни разу не записан.' },
  // The overdue line plus who the manager is.
  review_escalation: { en: `${OVERDUE.en} Manager: {manager}.`, ru: `${OVERDUE.ru} Менеджер: {manager}.` },
  manager_unusable: {
    en: 'The manager cell holds "{manager}", which is not one usable address: the manager gets no reminders for this account until it is fixed on the Accounts tab.',
    ru: 'В ячейке менеджера «{manager}» — это не один пригодный адрес: менеджер не получает напоминаний по этому клиенту, пока адрес не исправлен на листе «Клиенты».',
  },
  positive_contact_overdue: {
    en: 'A positive contact was due by {due}: {days} days overdue.',
    ru: 'Позитивный контакт был нужен до {due}: просрочка {days} дн.',
  },
  negative_pause: {
    en: 'Pause after a negative contact: no personal contact until {due} ({days} days left); urgent matters go through colleagues.',
    ru: 'Пауза после негативного контакта: без личных контактов до {due} (осталось дней: {days}); срочное — через коллег.',
  },
  pause_breach: {
    en: 'A contact on {due} was logged during the pause after a negative contact.',
    ru: 'Контакт {due} записан во время паузы после негативного контакта.',
  },
};

/** Variants for items without a date or due today. */
export const ITEM_TEXT_NEVER: Partial<Record<RuleKey, Label>> = {
  positive_contact_overdue: { en: 'No positive contact has been logged yet.', ru: 'Позитивных контактов ещё не записано.' },
};
export const DUE_TODAY: Label = { en: 'Full review due today ({due}).', ru: 'Полный пересмотр — сегодня ({due}).' };

/** 2025-03-07 as the language writes it. */
export function formatCivil(d: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  if (!m) return d;
  return lang === 'ru' ? `${m[3]}.${m[2]}.${m[1]}` : d;
}
