/**
 * The lists the product enforces (../shared/DOMAIN.md). Each option has a
 * stable key (stored nowhere but code) and a label per language (what the
 * dropdown shows). Every dropdown, parser and help text reads them from here.
 */
import type { Label } from './i18n';
import { foldLabel } from './i18n';

export interface EnumOption {
  readonly key: string;
  readonly label: Label;
  /** One line of help, shown in header notes and the legend. */
  readonly hint?: Label;
}

const opt = (key: string, en: string, ru: string, hint?: [string, string]): EnumOption =>
  hint ? { key, label: { en, ru }, hint: { en: hint[0], ru: hint[1] } } : { key, label: { en, ru } };

/** Why a client is key: a key client need not be large. */
export const KEY_CLIENT_TYPES = [
  opt('revenue', 'Revenue', 'Выручка', ['Already brings a significant share of our revenue', 'Уже приносит значимую долю нашей выручки']),
  opt('prospective', 'Prospective', 'Перспективный', [
    'Little business yet, large budget for our category',
    'Пока мало продаж, но большой бюджет на нашу категорию',
  ]),
  opt('image', 'Image / reference', 'Имиджевый', [
    'Known name whose references open doors',
    'Известное имя, рекомендации которого открывают двери',
  ]),
  opt('expert', 'Expert / demanding', 'Экспертный', [
    'Competent and demanding: keeps our standards high',
    'Компетентный и требовательный: держит наш уровень',
  ]),
] as const;

/** Roles in the client's decision-making group. */
export const DMU_ROLES = [
  opt('decision_maker', 'Decision maker', 'Лицо, принимающее решение', [
    'Decides alone and can veto',
    'Решает единолично, может наложить вето',
  ]),
  opt('gatekeeper', 'Gatekeeper', 'Привратник', [
    'Secretaries and assistants: access to decision makers',
    'Секретари и помощники: доступ к ЛПР',
  ]),
  opt('technical', 'Technical specialist', 'Технический специалист', [
    'Judges quality and function',
    'Оценивает качество и функциональность',
  ]),
  opt('economic', 'Economic specialist', 'Экономист', ['Judges financial terms', 'Оценивает финансовые условия']),
  opt('user', 'User', 'Пользователь', ['Uses what we supply', 'Пользуется тем, что мы поставляем']),
  opt('supporter', 'Supporter', 'Сторонник', ['Wants us to win', 'Хочет, чтобы выбрали нас']),
  opt('opponent', 'Opponent', 'Противник', ['Works against us', 'Работает против нас']),
  opt('advisor', 'Advisor', 'Советник', ['Advises the decision makers', 'Консультирует ЛПР']),
  opt('informant', 'Informant', 'Информатор', ['Tells us what happens inside', 'Сообщает, что происходит внутри']),
] as const;

export const ATTITUDES = [
  opt('positive', 'Positive', 'Позитивное'),
  opt('neutral', 'Neutral', 'Нейтральное'),
  opt('negative', 'Negative', 'Негативное'),
] as const;

export const LEVELS = [opt('high', 'High', 'Высокое'), opt('medium', 'Medium', 'Среднее'), opt('low', 'Low', 'Низкое')] as const;

/** The four kinds of competitor; direct competitors are not the most dangerous. */
export const COMPETITOR_KINDS = [
  opt('direct', 'Direct competitor', 'Прямой конкурент', ['Sells a similar product', 'Продаёт похожий продукт']),
  opt('same_budget', 'Claimant on the same budget', 'Претендент на тот же бюджет', [
    'Other products bought from the budget that could be ours',
    'Другие покупки из бюджета, который мог быть нашим',
  ]),
  opt('inertia', 'Client inertia', 'Инерция клиента', ['The option to change nothing', 'Вариант ничего не менять']),
  opt('diy', 'Do-it-yourself', 'Сделать самим', ['The client solves it in-house', 'Клиент решает задачу своими силами']),
] as const;

export const CONTACT_CHANNELS = [
  opt('meeting', 'Meeting', 'Встреча'),
  opt('call', 'Call', 'Звонок'),
  opt('email', 'E-mail', 'Письмо'),
  opt('visit', 'Site visit', 'Визит на площадку'),
  opt('event', 'Event', 'Мероприятие'),
  opt('other', 'Other', 'Другое'),
] as const;

export const CONTACT_OUTCOMES = [
  opt('positive', 'Positive', 'Позитивный', ['Moves the relationship forward', 'Продвигает отношения']),
  opt('neutral', 'Neutral', 'Нейтральный'),
  opt('negative', 'Negative', 'Негативный', [
    'Pause personal contact for the set number of days',
    'Пауза в личных контактах на заданное число дней',
  ]),
] as const;

/** The five approaches to building the relationship, to plan and cost. */
export const APPROACHES = [
  opt('trust', 'Personal trust', 'Личное доверие', [
    'Keep promises, react fast, visits, warn of problems',
    'Выполнять обещания, быстро реагировать, визиты, предупреждать о проблемах',
  ]),
  opt('technical', 'Technical support', 'Техническая поддержка', [
    'Joint R&D, pre- and after-sales service, training',
    'Совместные разработки, пред- и послепродажный сервис, обучение',
  ]),
  opt('resources', 'Resource support', 'Ресурсная поддержка', [
    'Credit, help with loans, joint promotion, countertrade',
    'Кредит, помощь с займами, совместное продвижение, бартер',
  ]),
  opt('service', 'Service levels', 'Уровень сервиса', [
    'Reliable, fast delivery; fast quotes; fewer defects',
    'Надёжная и быстрая доставка, быстрые предложения, меньше брака',
  ]),
  opt('risk', 'Risk reduction', 'Снижение рисков', [
    'Demos, trials, guarantees, maintenance contracts, references',
    'Демонстрации, пробные поставки, гарантии, сервисные контракты, рекомендации',
  ]),
] as const;

export const PLAN_STATUSES = [
  opt('planned', 'Planned', 'Запланировано'),
  opt('in_progress', 'In progress', 'В работе'),
  opt('done', 'Done', 'Выполнено'),
  opt('dropped', 'Dropped', 'Отменено'),
] as const;

export const ACCOUNT_STATUSES = [
  opt('active', 'Active', 'Активный'),
  opt('at_risk', 'At risk', 'Под угрозой'),
  opt('dormant', 'Dormant', 'Спящий'),
  opt('closed', 'Closed', 'Закрыт'),
] as const;

export const YES_NO = [opt('yes', 'Yes', 'Да'), opt('no', 'No', 'Нет')] as const;

/** Weekend choices for the reminder window (core/schedule/window.ts maps them to weekdays). */
export const WEEKEND_DAYS = [
  opt('sat_sun', 'Saturday and Sunday', 'Суббота и воскресенье'),
  opt('fri_sat', 'Friday and Saturday', 'Пятница и суббота'),
  opt('fri', 'Friday', 'Пятница'),
  opt('sat', 'Saturday', 'Суббота'),
  opt('sun', 'Sunday', 'Воскресенье'),
] as const;

/** Concentration bands, lowest first; thresholds come from Settings. */
export const RISK_BANDS = [
  opt('below', 'Below key', 'Ниже ключевого', ['Under the key threshold: not key by revenue', 'Ниже порога: не ключевой по выручке']),
  opt('key', 'Key', 'Ключевой', ['Over the key threshold: treat as a key account', 'Выше порога: вести как ключевого клиента']),
  opt('critical', 'Critical dependency', 'Критическая зависимость', [
    'Over the critical threshold: the company depends on it; plan for its loss',
    'Выше критического порога: компания зависит от клиента; готовьте план на случай его потери',
  ]),
  opt('mono', 'Mono-client', 'Моноклиент', [
    'Over the mono-client threshold: start developing new clients now',
    'Выше порога моноклиента: немедленно развивайте новых клиентов',
  ]),
] as const;

/** The labels of the option with this key; an unknown key is a programming error. */
export function optionLabel(options: readonly EnumOption[], key: string): Label {
  const o = options.find((x) => x.key === key);
  if (!o) throw new Error(`No option ${key}`);
  return o.label;
}

/** The option a cell value names: its key or its label in any language (case and spacing ignored). */
export function optionKey(options: readonly EnumOption[], value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const v = foldLabel(String(value));
  if (v === '') return null;
  for (const o of options) {
    if (foldLabel(o.key) === v || Object.values(o.label).some((l) => foldLabel(l) === v)) return o.key;
  }
  return null;
}
