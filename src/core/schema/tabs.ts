/**
 * One declarative spec per tab. Everything the template, the validators and
 * the exports know about columns comes from here.
 */
import {
  ACCOUNT_STATUSES,
  APPROACHES,
  ATTITUDES,
  COMPETITOR_KINDS,
  CONTACT_CHANNELS,
  CONTACT_OUTCOMES,
  DMU_ROLES,
  KEY_CLIENT_TYPES,
  LEVELS,
  PLAN_STATUSES,
} from '../domain';
import type { ColumnSpec, ColumnType, TabKey, TabSpec } from './types';

type Extra = Omit<ColumnSpec, 'key' | 'type' | 'label' | 'note'>;

/** col(key, type, [en label, en note], [ru label, ru note], extra) */
function col(key: string, type: ColumnType, en: [string, string], ru: [string, string], extra: Extra = {}): ColumnSpec {
  return { key, type, label: { en: en[0], ru: ru[0] }, note: { en: en[1], ru: ru[1] }, ...extra };
}

/** Every child tab starts with the account it belongs to. */
const accountCol = col(
  'account',
  'accountRef',
  ['Account', 'Account id from the Accounts tab (pick from the list).'],
  ['Клиент', 'Код клиента с листа «Клиенты» (выберите из списка).'],
  { required: true, width: 110 },
);

const SETTINGS_TAB: TabSpec = {
  key: 'settings',
  name: { en: 'Settings', ru: 'Настройки' },
  frozenColumns: 0,
  tabColor: '#5f6368',
  role: 'input',
  columns: [
    col(
      'setting_key',
      'text',
      ['Key', 'Technical key of the setting; do not change.'],
      ['Ключ', 'Технический ключ настройки; не меняйте.'],
      { width: 40 },
    ),
    col('setting', 'text', ['Setting', 'What the setting controls.'], ['Настройка', 'Что задаёт настройка.'], { width: 280 }),
    col('value', 'text', ['Value', 'Type the value here.'], ['Значение', 'Введите значение здесь.'], { width: 160 }),
    col('about', 'longtext', ['What it means', 'Explanation of the setting.'], ['Пояснение', 'Пояснение к настройке.'], { width: 420 }),
  ],
};

const ACCOUNTS_TAB: TabSpec = {
  key: 'accounts',
  name: { en: 'Accounts', ru: 'Клиенты' },
  frozenColumns: 2,
  tabColor: '#1a73e8',
  role: 'input',
  columns: [
    col(
      'account_id',
      'text',
      ['Account id', 'Short unique code used by every other tab, e.g. ACME.'],
      ['Код клиента', 'Короткий уникальный код для других листов, например ACME.'],
      { required: true, unique: true, width: 100 },
    ),
    col(
      'name',
      'text',
      ['Client name', 'Legal or common name of the client.'],
      ['Название клиента', 'Юридическое или общепринятое название клиента.'],
      { required: true, unique: true, width: 200 },
    ),
    col(
      'key_type',
      'enum',
      ['Why key', 'Why the client is key: a key client need not be large.'],
      ['Почему ключевой', 'Почему клиент ключевой: ключевой клиент не обязательно крупный.'],
      { required: true, options: KEY_CLIENT_TYPES, width: 150 },
    ),
    col(
      'manager_email',
      'email',
      ['Manager (KAM) e-mail', 'The key account manager who owns the account and receives its reminders.'],
      ['E-mail менеджера', 'Менеджер по ключевому клиенту, который ведёт клиента и получает напоминания.'],
      { required: true, width: 200 },
    ),
    col(
      'supervisor_email',
      'email',
      ['Supervisor e-mail', 'Direct supervisor (head of sales); receives escalations.'],
      ['E-mail руководителя', 'Непосредственный руководитель (директор по продажам); получает эскалации.'],
      { required: true, width: 200 },
    ),
    col(
      'executive_sponsor',
      'text',
      ['Executive sponsor', 'Top manager of ours who helps with resources, lobbying and top-level relations.'],
      ['Спонсор от руководства', 'Наш топ-менеджер, помогающий ресурсами, лоббированием и связями на высшем уровне.'],
      { width: 160 },
    ),
    col(
      'annual_revenue',
      'money',
      ['Annual revenue from client', 'What the client brought us over the last 12 months.'],
      ['Годовая выручка от клиента', 'Сколько клиент принёс нам за последние 12 месяцев.'],
      { width: 140 },
    ),
    col(
      'revenue_share',
      'computed',
      ['Revenue share', 'Annual revenue from the client divided by company annual revenue (Settings). Computed.'],
      ['Доля выручки', 'Годовая выручка от клиента, делённая на годовую выручку компании (Настройки). Вычисляется.'],
      { formula: 'revenueShare', yields: 'percent', width: 110 },
    ),
    col(
      'risk_band',
      'computed',
      ['Concentration risk', 'Band of the revenue share; thresholds in Settings, legend on the Portfolio tab. Computed.'],
      ['Риск концентрации', 'Уровень доли выручки; пороги в Настройках, легенда на листе «Портфель». Вычисляется.'],
      { formula: 'riskBand', yields: 'text', width: 170 },
    ),
    col(
      'category_budget',
      'money',
      ['Client budget for our category', "The client's yearly budget for what we sell."],
      ['Бюджет клиента на нашу категорию', 'Годовой бюджет клиента на то, что мы продаём.'],
      { width: 150 },
    ),
    col(
      'opportunity_next_year',
      'money',
      ['Opportunity next year', 'What we can win from the client next year; not above its budget.'],
      ['Потенциал на следующий год', 'Сколько можем получить от клиента в следующем году; не больше его бюджета.'],
      { width: 150 },
    ),
    col(
      'opportunity_3_5_years',
      'money',
      ['Opportunity in 3-5 years', 'Yearly size of the opportunity in 3-5 years; not below next year.'],
      ['Потенциал через 3-5 лет', 'Годовой потенциал через 3-5 лет; не меньше следующего года.'],
      { width: 150 },
    ),
    col(
      'last_review',
      'date',
      ['Last full review', 'Date of the last full review of this dossier.'],
      ['Последний пересмотр', 'Дата последнего полного пересмотра досье.'],
      { width: 120 },
    ),
    col(
      'next_review_due',
      'computed',
      ['Next review due', 'The later of Last full review and the latest Reviews row, plus the review interval in Settings. Computed.'],
      [
        'Следующий пересмотр',
        'Более поздняя из дат: последний пересмотр или последняя строка «Пересмотров», плюс интервал из Настроек. Вычисляется.',
      ],
      { formula: 'nextReviewDue', yields: 'date', width: 130 },
    ),
    col(
      'status',
      'enum',
      ['Status', 'Where the relationship stands; closed accounts get no reminders.'],
      ['Статус', 'Состояние отношений; по закрытым клиентам напоминаний нет.'],
      { required: true, options: ACCOUNT_STATUSES, width: 110 },
    ),
  ],
};

const GENERAL_TAB: TabSpec = {
  key: 'general',
  name: { en: 'General info', ru: 'Общая информация' },
  frozenColumns: 1,
  tabColor: '#34a853',
  role: 'input',
  columns: [
    accountCol,
    col(
      'description',
      'longtext',
      ['Description', 'What the client does, in a few lines.'],
      ['Описание', 'Чем занимается клиент, в нескольких строках.'],
    ),
    col(
      'history',
      'longtext',
      ['History', 'How the company came to be where it is.'],
      ['История', 'Как компания пришла к нынешнему положению.'],
    ),
    col('headcount', 'integer', ['Headcount', 'Number of employees.'], ['Численность', 'Число сотрудников.'], { width: 100 }),
    col(
      'structure',
      'longtext',
      ['Organisation', 'Departments, divisions, branches, subsidiaries.'],
      ['Структура', 'Отделы, подразделения, филиалы, дочерние компании.'],
    ),
    col(
      'environment',
      'longtext',
      ['Environment', 'Its clients, competitors, key suppliers, banks, auditors, consultants.'],
      ['Окружение', 'Его клиенты, конкуренты, ключевые поставщики, банки, аудиторы, консультанты.'],
    ),
    col(
      'mission',
      'longtext',
      ['Mission and positioning', 'How the client describes itself and where it stands in its market.'],
      ['Миссия и позиционирование', 'Как клиент описывает себя и где стоит на своём рынке.'],
    ),
    col(
      'trends',
      'longtext',
      ['Industry trends', 'What is changing in its industry.'],
      ['Тенденции отрасли', 'Что меняется в его отрасли.'],
    ),
    col('culture', 'longtext', ['Culture', 'How people there work and decide.'], ['Культура', 'Как там работают и принимают решения.']),
    col(
      'financials',
      'longtext',
      ['Financial indicators', 'Revenue, profit, growth and other public figures.'],
      ['Финансовые показатели', 'Выручка, прибыль, рост и другие открытые данные.'],
    ),
  ],
};

const OUR_VIEW_TAB: TabSpec = {
  key: 'ourView',
  name: { en: 'Our view', ru: 'Наш взгляд' },
  frozenColumns: 1,
  tabColor: '#34a853',
  role: 'input',
  columns: [
    accountCol,
    col(
      'supply_history',
      'longtext',
      ['What we supplied and when', 'Relationship history: deliveries and projects by date.'],
      ['Что и когда поставляли', 'История отношений: поставки и проекты по датам.'],
    ),
    col(
      'tenders_entered',
      'integer',
      ['Tenders entered', 'Number of tenders we took part in.'],
      ['Тендеров участвовали', 'В скольких тендерах участвовали.'],
      { width: 100 },
    ),
    col('tenders_won', 'integer', ['Tenders won', 'Number of tenders we won.'], ['Тендеров выиграли', 'Сколько тендеров выиграли.'], {
      width: 100,
    }),
    col('tenders_lost', 'integer', ['Tenders lost', 'Number of tenders we lost.'], ['Тендеров проиграли', 'Сколько тендеров проиграли.'], {
      width: 100,
    }),
    col(
      'our_team',
      'longtext',
      ['Our team on the account', 'Everyone on our side who works with the client.'],
      ['Наша команда', 'Все с нашей стороны, кто работает с клиентом.'],
    ),
    col(
      'previous_suppliers',
      'longtext',
      ['Previous suppliers', 'Whom the client bought from before.'],
      ['Прежние поставщики', 'У кого клиент покупал раньше.'],
    ),
    col(
      'decision_process',
      'longtext',
      ['How decisions are made', 'Procedure, selection criteria, who signs.'],
      ['Как принимаются решения', 'Процедура, критерии выбора, кто подписывает.'],
    ),
    col(
      'relationship_now',
      'longtext',
      ['Relationship now', 'Where the relationship stands today.'],
      ['Отношения сейчас', 'В каком состоянии отношения сегодня.'],
    ),
    col(
      'relationship_ahead',
      'longtext',
      ['Relationship ahead', 'Where we want it to be and how.'],
      ['Отношения в будущем', 'Какими мы хотим их сделать и как.'],
    ),
  ],
};

const DECISION_GROUP_TAB: TabSpec = {
  key: 'decisionGroup',
  name: { en: 'Decision group', ru: 'Группа решения' },
  frozenColumns: 2,
  tabColor: '#fbbc04',
  role: 'input',
  columns: [
    accountCol,
    col('person', 'text', ['Person', 'Full name.'], ['Человек', 'Фамилия, имя.'], { required: true, width: 180 }),
    col('position', 'text', ['Position', 'Job title at the client.'], ['Должность', 'Должность у клиента.'], { width: 180 }),
    col('role', 'enum', ['Role', 'Their part in the decision.'], ['Роль', 'Роль в принятии решения.'], {
      required: true,
      options: DMU_ROLES,
      width: 190,
    }),
    col('attitude', 'enum', ['Attitude to us', 'How they see us.'], ['Отношение к нам', 'Как человек относится к нам.'], {
      required: true,
      options: ATTITUDES,
      width: 120,
    }),
    col('influence', 'enum', ['Influence', 'Weight in the decision.'], ['Влияние', 'Вес в принятии решения.'], {
      required: true,
      options: LEVELS,
      width: 100,
    }),
    col('contact', 'text', ['Contact', 'Phone or e-mail.'], ['Контакт', 'Телефон или e-mail.'], { width: 180 }),
    col(
      'attitude_assessed',
      'date',
      ['Attitude assessed on', 'When the attitude was last checked; re-assess regularly.'],
      ['Дата оценки отношения', 'Когда отношение проверялось последний раз; переоценивайте регулярно.'],
      { width: 130 },
    ),
  ],
};

const COMPETITORS_TAB: TabSpec = {
  key: 'competitors',
  name: { en: 'Competitors', ru: 'Конкуренты' },
  frozenColumns: 2,
  tabColor: '#ea4335',
  role: 'input',
  columns: [
    accountCol,
    col(
      'competitor',
      'text',
      ['Competitor', 'Name, or a short label such as "status quo".'],
      ['Конкурент', 'Название или краткое обозначение, например «ничего не менять».'],
      { required: true, width: 180 },
    ),
    col(
      'kind',
      'enum',
      ['Kind', 'What kind of alternative it is. Direct competitors are not the most dangerous.'],
      ['Тип', 'Какого рода это альтернатива. Прямые конкуренты не самые опасные.'],
      { required: true, options: COMPETITOR_KINDS, width: 200 },
    ),
    col('strengths', 'longtext', ['Strengths', 'Where it beats us.'], ['Сильные стороны', 'В чём он сильнее нас.']),
    col('weaknesses', 'longtext', ['Weaknesses', 'Where we beat it.'], ['Слабые стороны', 'В чём мы сильнее.']),
    col('threat', 'enum', ['Threat', 'How dangerous it is for us.'], ['Угроза', 'Насколько он опасен для нас.'], {
      required: true,
      options: LEVELS,
      width: 100,
    }),
  ],
};

const CONTACTS_TAB: TabSpec = {
  key: 'contacts',
  name: { en: 'Contacts', ru: 'Контакты' },
  frozenColumns: 2,
  tabColor: '#a142f4',
  role: 'input',
  columns: [
    accountCol,
    col('date', 'date', ['Date', 'When the contact happened; not in the future.'], ['Дата', 'Когда был контакт; не в будущем.'], {
      required: true,
      width: 110,
    }),
    col('person', 'text', ['Person', 'Whom we met or spoke to.'], ['С кем', 'С кем встречались или говорили.'], { width: 180 }),
    col('channel', 'enum', ['Channel', 'How the contact happened.'], ['Канал', 'Как прошёл контакт.'], {
      required: true,
      options: CONTACT_CHANNELS,
      width: 120,
    }),
    col(
      'outcome',
      'enum',
      ['Outcome', 'Positive moves things forward; after a negative one, pause personal contact (Settings).'],
      ['Результат', 'Позитивный двигает отношения; после негативного — пауза в личных контактах (Настройки).'],
      { required: true, options: CONTACT_OUTCOMES, width: 110 },
    ),
    col(
      'summary',
      'longtext',
      ['Summary', 'What was said and agreed; confirm agreements in writing.'],
      ['Итог', 'О чём говорили и договорились; подтверждайте договорённости письменно.'],
    ),
    col('next_step', 'longtext', ['Next step', 'What happens next and who does it.'], ['Следующий шаг', 'Что дальше и кто делает.']),
  ],
};

const PLAN_TAB: TabSpec = {
  key: 'plan',
  name: { en: 'Relationship plan', ru: 'План отношений' },
  frozenColumns: 2,
  tabColor: '#00897b',
  role: 'input',
  columns: [
    accountCol,
    col(
      'approach',
      'enum',
      ['Approach', 'How we build the relationship; weigh cost against benefit.'],
      ['Подход', 'Как мы строим отношения; сопоставьте затраты и пользу.'],
      { required: true, options: APPROACHES, width: 170 },
    ),
    col(
      'method',
      'longtext',
      ['Method', 'The concrete action, e.g. free trial, staff training.'],
      ['Метод', 'Конкретное действие, например пробная поставка, обучение персонала.'],
    ),
    col(
      'cost',
      'money',
      ['Cost', "What it costs us, including managers' time."],
      ['Затраты', 'Во что это нам обходится, включая время менеджеров.'],
      { width: 110 },
    ),
    col('benefit', 'longtext', ['Benefit to us', 'What we expect to gain.'], ['Польза для нас', 'Что мы рассчитываем получить.']),
    col(
      'client_value',
      'enum',
      ['Value to client', 'How much the client values it.'],
      ['Ценность для клиента', 'Насколько клиент это ценит.'],
      { options: LEVELS, width: 120 },
    ),
    col('owner', 'text', ['Owner', 'Who on our side does it.'], ['Ответственный', 'Кто с нашей стороны делает.'], { width: 160 }),
    col('due', 'date', ['Due', 'By when.'], ['Срок', 'К какому сроку.'], { width: 110 }),
    col('status', 'enum', ['Status', 'Where the action stands.'], ['Статус', 'На какой стадии действие.'], {
      required: true,
      options: PLAN_STATUSES,
      width: 120,
    }),
  ],
};

const REVIEWS_TAB: TabSpec = {
  key: 'reviews',
  name: { en: 'Reviews', ru: 'Пересмотры' },
  frozenColumns: 2,
  tabColor: '#5f6368',
  role: 'input',
  columns: [
    accountCol,
    col(
      'date',
      'date',
      ['Review date', 'When the dossier was fully reviewed; not in the future.'],
      ['Дата пересмотра', 'Когда досье полностью пересмотрено; не в будущем.'],
      { required: true, width: 120 },
    ),
    col(
      'reviewer',
      'email',
      ['Reviewer e-mail', 'Who reviewed it: the KAM or the supervisor.'],
      ['E-mail проверяющего', 'Кто пересматривал: менеджер или руководитель.'],
      { required: true, width: 200 },
    ),
    col(
      'summary',
      'longtext',
      ['Summary', 'Results so far, what changed, what to do next.'],
      ['Итоги', 'Промежуточные итоги, что изменилось, что делать дальше.'],
    ),
    col(
      'latest_of',
      'computed',
      ['Latest review of', "The account id on the account's latest review row, blank on older rows. Computed."],
      ['Последний пересмотр клиента', 'Код клиента в строке его последнего пересмотра, пусто в более ранних. Вычисляется.'],
      { formula: 'latestReviewOf', yields: 'text', width: 110 },
    ),
    col(
      'due_if_latest',
      'computed',
      [
        'Next review due (latest row)',
        "On the account's latest review row only: its date plus the review interval. The Accounts tab's Next review due reads it. Computed.",
      ],
      [
        'Следующий пересмотр (последняя строка)',
        'Только у последнего пересмотра клиента: его дата плюс интервал. Его читает «Следующий пересмотр» на листе клиентов. Вычисляется.',
      ],
      { formula: 'reviewDueIfLatest', yields: 'date', width: 130 },
    ),
  ],
};

const PROBLEMS_TAB: TabSpec = {
  key: 'problems',
  name: { en: 'Problems', ru: 'Ошибки' },
  frozenColumns: 0,
  tabColor: '#d93025',
  role: 'output',
  columns: [
    col(
      'severity',
      'text',
      ['Severity', 'Error: must be fixed. Warning: worth a look.'],
      ['Важность', 'Ошибка: нужно исправить. Предупреждение: стоит проверить.'],
      { width: 110 },
    ),
    col('tab', 'text', ['Tab', 'Where the problem is.'], ['Лист', 'Где ошибка.'], { width: 140 }),
    col('cell', 'text', ['Cell', 'Click to jump to the cell.'], ['Ячейка', 'Нажмите, чтобы перейти к ячейке.'], { width: 90 }),
    col('field', 'text', ['Field', 'The column concerned.'], ['Поле', 'Столбец, к которому относится ошибка.'], { width: 180 }),
    col('message', 'longtext', ['Problem', 'What is wrong.'], ['Ошибка', 'Что не так.'], { width: 380 }),
    col('hint', 'longtext', ['What to do', 'What is expected.'], ['Что сделать', 'Что ожидается.'], { width: 320 }),
  ],
};

const NOTICES_TAB: TabSpec = {
  key: 'notices',
  name: { en: 'Notices log', ru: 'Журнал уведомлений' },
  frozenColumns: 0,
  tabColor: '#5f6368',
  role: 'output',
  columns: [
    col('logged_at', 'date', ['Logged at', 'When the entry was written.'], ['Записано', 'Когда сделана запись.'], { width: 150 }),
    col(
      'notice_key',
      'text',
      ['Notice key', 'Account, rule, due date and recipient: one notice is sent once.'],
      ['Ключ уведомления', 'Клиент, правило, срок и получатель: каждое уведомление отправляется один раз.'],
      { width: 300 },
    ),
    col('recipient', 'email', ['Recipient', 'Who the notice is for.'], ['Получатель', 'Кому уведомление.'], { width: 200 }),
    col('account', 'text', ['Account', 'Account id.'], ['Клиент', 'Код клиента.'], { width: 100 }),
    col('rule', 'text', ['Rule', 'Which cadence rule fired.'], ['Правило', 'Какое правило сработало.'], { width: 160 }),
    col('due', 'date', ['Due', 'The date the rule was due.'], ['Срок', 'Дата, к которой правило должно было выполняться.'], { width: 110 }),
    col('status', 'text', ['Status', 'sent, deferred or failed.'], ['Статус', 'sent, deferred или failed.'], { width: 100 }),
    col('detail', 'longtext', ['Detail', 'Why it was deferred or failed.'], ['Подробности', 'Почему отложено или не отправлено.'], {
      width: 300,
    }),
  ],
};

/** All table tabs, in the order they appear in the workbook. */
export const TABLE_TABS: readonly TabSpec[] = [
  SETTINGS_TAB,
  ACCOUNTS_TAB,
  GENERAL_TAB,
  OUR_VIEW_TAB,
  DECISION_GROUP_TAB,
  COMPETITORS_TAB,
  CONTACTS_TAB,
  PLAN_TAB,
  REVIEWS_TAB,
  PROBLEMS_TAB,
  NOTICES_TAB,
];

export const INPUT_TABS: readonly TabSpec[] = TABLE_TABS.filter((t) => t.role === 'input');

export function tabSpec(key: TabKey): TabSpec {
  const t = TABLE_TABS.find((x) => x.key === key);
  if (!t) throw new Error(`Unknown tab ${key}`);
  return t;
}

export function columnSpec(tab: TabSpec, key: string): ColumnSpec {
  const c = tab.columns.find((x) => x.key === key);
  if (!c) throw new Error(`Tab ${tab.key} has no column ${key}`);
  return c;
}

/** Views the add-on builds from formulas (no user data of their own). */
export const VIEW_TABS = {
  dossier: { en: 'Dossier view', ru: 'Досье' },
  portfolio: { en: 'Portfolio', ru: 'Портфель' },
  preview: { en: 'Reminder preview', ru: 'Предпросмотр напоминаний' },
} as const;
