/**
 * The words of every validation problem, in English and Russian. A message
 * names the cell ('Contacts'!C7), the field and the value; the hint says
 * what is expected. Parsers and rules only pick a code and parameters.
 */
import type { Label, Lang } from './i18n';
import { fill } from './i18n';
import { CAPTION } from './menuCaptions';
import type { Issue, IssueCode, Severity } from './parse/issue';
import { tabSpec } from './schema/tabs';
import { columnLetters, quoteSheet } from './a1';

type Text = readonly [message: string, hint: string];

/** {ref} cell, {field} column label, {value} as shown; other names are the issue's params. */
const CATALOGUE: Readonly<Record<IssueCode, Readonly<Record<Lang, Text>>>> = {
  required: {
    en: ['{ref} ({field}): required but empty.', 'Fill in {field}: {note}'],
    ru: ['{ref} («{field}»): обязательное поле не заполнено.', 'Заполните «{field}»: {note}'],
  },
  notNumber: {
    en: ['{ref} ({field}): "{value}" is not a number.', 'Type a number such as 1200, 1 200,50 or 1,200.50.'],
    ru: ['{ref} («{field}»): «{value}» — не число.', 'Введите число, например 1200, 1 200,50 или 1,200.50.'],
  },
  numberAsText: {
    en: [
      '{ref} ({field}): "{value}" is text, so the formulas and totals do not count it.',
      'Type {number} as a number; this cell holds text (spaces, a currency sign or letters make it text).',
    ],
    ru: [
      '{ref} («{field}»): «{value}» — это текст, формулы и итоги его не учитывают.',
      'Введите {number} числом; в ячейке текст (пробелы, знак валюты или буквы делают его текстом).',
    ],
  },
  negative: {
    en: ['{ref} ({field}): "{value}" is negative.', 'Type zero or a positive amount.'],
    ru: ['{ref} («{field}»): «{value}» — отрицательное значение.', 'Введите ноль или положительное число.'],
  },
  notInteger: {
    en: ['{ref} ({field}): "{value}" is not a whole number.', 'Type a whole number such as 12.'],
    ru: ['{ref} («{field}»): «{value}» — не целое число.', 'Введите целое число, например 12.'],
  },
  notDate: {
    en: ['{ref} ({field}): "{value}" is not a date.', 'Type a date such as 2026-01-31 or 31.01.2026.'],
    ru: ['{ref} («{field}»): «{value}» — не дата.', 'Введите дату, например 31.01.2026 или 2026-01-31.'],
  },
  notEmail: {
    en: ['{ref} ({field}): "{value}" is not an e-mail address.', 'Type one address such as name@company.com.'],
    ru: ['{ref} («{field}»): «{value}» — не адрес e-mail.', 'Введите один адрес, например name@company.ru.'],
  },
  notOption: {
    en: ['{ref} ({field}): "{value}" is not one of the choices.', 'Pick one from the list: {options}.'],
    ru: ['{ref} («{field}»): «{value}» — нет в списке.', 'Выберите из списка: {options}.'],
  },
  outOfRange: {
    en: [
      '{ref} ({setting}): "{value}" is not a valid value.',
      'Type a value from {min} to {max}; until then the default {default} is used.',
    ],
    ru: [
      '{ref} ({setting}): «{value}» — недопустимое значение.',
      'Введите значение от {min} до {max}; пока используется значение по умолчанию {default}.',
    ],
  },
  futureDate: {
    en: [
      '{ref} ({field}): {value} is in the future (today is {today}).',
      'Log only what has already happened; plan the future in the Relationship plan.',
    ],
    ru: [
      '{ref} («{field}»): {value} — дата в будущем (сегодня {today}).',
      'Записывайте только то, что уже было; будущее планируйте в «Плане отношений».',
    ],
  },
  reviewOrder: {
    en: [
      '{ref} ({field}): next review {value} is not after the last review {last}.',
      'Check the last review date and the review interval in Settings.',
    ],
    ru: [
      '{ref} («{field}»): следующий пересмотр {value} не позже последнего {last}.',
      'Проверьте дату последнего пересмотра и интервал в Настройках.',
    ],
  },
  opportunityOverBudget: {
    en: [
      "{ref} ({field}): {value} is above the client's budget for our category ({budget}).",
      'We cannot win more than the client spends: lower the opportunity or correct the budget.',
    ],
    ru: [
      '{ref} («{field}»): {value} больше бюджета клиента на нашу категорию ({budget}).',
      'Нельзя получить больше, чем клиент тратит: уменьшите потенциал или исправьте бюджет.',
    ],
  },
  opportunityShrinks: {
    en: [
      "{ref} ({field}): {value} is below next year's opportunity ({next}).",
      'The yearly opportunity in 3-5 years should not be below next year: correct one of them.',
    ],
    ru: [
      '{ref} («{field}»): {value} меньше потенциала на следующий год ({next}).',
      'Годовой потенциал через 3-5 лет не должен быть меньше следующего года: исправьте одно из значений.',
    ],
  },
  unknownAccount: {
    en: [
      '{ref} ({field}): account "{value}" is not on the {accounts} tab.',
      'Pick an account id from the list, or add the account on the {accounts} tab first.',
    ],
    ru: [
      '{ref} («{field}»): клиента «{value}» нет на листе «{accounts}».',
      'Выберите код из списка или сначала добавьте клиента на лист «{accounts}».',
    ],
  },
  duplicate: {
    en: [
      '{ref} ({field}): "{value}" is already used in row {other}.',
      'Each row needs its own {field}: change one of them or merge the rows.',
    ],
    ru: [
      '{ref} («{field}»): «{value}» уже используется в строке {other}.',
      'У каждой строки должно быть своё значение «{field}»: измените одно или объедините строки.',
    ],
  },
  managerOverLimit: {
    en: [
      '{ref} ({field}): {value} has {count} open key accounts; the limit in Settings is {limit}.',
      'A KAM should own 1 to {limit} key accounts: hand one over or change the limit in Settings.',
    ],
    ru: [
      '{ref} («{field}»): у {value} {count} действующих ключевых клиентов; предел в Настройках — {limit}.',
      'У менеджера должно быть от 1 до {limit} ключевых клиентов: передайте клиента или измените предел в Настройках.',
    ],
  },
  noDecisionMaker: {
    en: [
      '{ref} ({field}): account {account} has no decision maker in its decision group.',
      'Find out who decides and add them with the role "{role}".',
    ],
    ru: [
      '{ref} («{field}»): у клиента {account} в группе решения нет ЛПР.',
      'Выясните, кто принимает решение, и добавьте его с ролью «{role}».',
    ],
  },
  opponentUncovered: {
    en: [
      '{ref} ({field}): opponent {person} ({value} influence) has no supporter of equal or higher influence.',
      'Win a supporter at least as influential, or work on the opponent\u2019s concerns.',
    ],
    ru: [
      '{ref} («{field}»): у противника {person} (влияние: {value}) нет сторонника с таким же или большим влиянием.',
      'Найдите сторонника не слабее по влиянию или работайте с возражениями противника.',
    ],
  },
  onlyGatekeeper: {
    en: [
      '{ref} ({field}): for account {account} only gatekeepers are known.',
      'Use the gatekeeper to reach the decision maker and the specialists.',
    ],
    ru: ['{ref} («{field}»): у клиента {account} известны только привратники.', 'Через привратника выйдите на ЛПР и специалистов.'],
  },
  singleThreaded: {
    en: [
      '{ref} ({field}): account {account} has only {count} people in its decision group (fewer than 3).',
      'A relationship that rests on one or two people breaks when they leave: add more people.',
    ],
    ru: [
      '{ref} («{field}»): у клиента {account} в группе решения всего {count} чел. (меньше 3).',
      'Отношения на одном-двух людях рвутся, когда они уходят: добавьте людей.',
    ],
  },
  noIndirectCompetitor: {
    en: [
      '{ref} ({field}): the competitors of account {account} include no "{inertia}" or "{diy}" entry.',
      'Direct competitors are not the most dangerous: also record the option to change nothing and the in-house option.',
    ],
    ru: [
      '{ref} («{field}»): среди конкурентов клиента {account} нет «{inertia}» или «{diy}».',
      'Прямые конкуренты не самые опасные: запишите и вариант «ничего не менять», и «сделать самим».',
    ],
  },
  contactInPause: {
    en: [
      '{ref} ({field}): the contact on {value} falls within the {days}-day pause after the negative contact on {negative}.',
      'After a negative contact, pause personal contact; urgent matters go through colleagues.',
    ],
    ru: [
      '{ref} («{field}»): контакт {value} попал в {days}-дневную паузу после негативного контакта {negative}.',
      'После негативного контакта сделайте паузу в личных контактах; срочное решайте через коллег.',
    ],
  },
  attitudeStale: {
    en: [
      '{ref} ({field}): the attitude of {person} was assessed on {value}, {days} days ago (limit {limit}).',
      'Re-assess the attitude and update the date.',
    ],
    ru: [
      '{ref} («{field}»): отношение {person} оценено {value}, {days} дн. назад (предел {limit}).',
      'Переоцените отношение и обновите дату.',
    ],
  },
  missingColumn: {
    en: ['{ref}: column "{field}" is missing.', `Run "${CAPTION.repair.en}" to put it back.`],
    ru: ['{ref}: нет столбца «{field}».', `Запустите «${CAPTION.repair.ru}», чтобы вернуть его.`],
  },
};

export const SEVERITY_LABEL: Readonly<Record<Severity, Label>> = {
  error: { en: 'Error', ru: 'Ошибка' },
  warning: { en: 'Warning', ru: 'Предупреждение' },
};

export const UI_TEXT = {
  noProblems: { en: 'No problems found. Checked on {date}.', ru: 'Ошибок не найдено. Проверено {date}.' },
  moreProblems: {
    en: '{count} more problems are not listed: fix the ones above and validate again.',
    ru: 'Ещё {count} ошибок не показаны: исправьте указанные выше и проверьте снова.',
  },
  toastTitle: { en: 'Validate dossier', ru: 'Проверка досье' },
  toastCounts: { en: 'Errors: {errors}, warnings: {warnings}.', ru: 'Ошибок: {errors}, предупреждений: {warnings}.' },
  toastClean: { en: 'No problems found.', ru: 'Ошибок не найдено.' },
  noDossier: {
    en: `No dossier here yet: run "${CAPTION.repair.en}" first.`,
    ru: `Досье ещё нет: сначала запустите «${CAPTION.repair.ru}».`,
  },
} as const satisfies Record<string, Label>;

export interface RenderedIssue {
  readonly severity: string;
  readonly tab: string;
  /** A1 of the cell ('C7'), or the row ('7:7') when its column is not on the sheet. */
  readonly a1: string;
  /** 'Contacts'!C7 */
  readonly ref: string;
  readonly field: string;
  readonly message: string;
  readonly hint: string;
}

function textOf(v: string | number | Label, lang: Lang): string {
  return typeof v === 'object' ? v[lang] : String(v);
}

/**
 * Where a schema column sits on the sheet: the actual columnOf when known, else the template's order. Tabs are
 * named as they are named now (`tabNames`, e.g. after the user renamed one), else by the schema.
 */
export function renderIssue(
  issue: Issue,
  lang: Lang,
  columnOf?: Readonly<Record<string, number>>,
  tabNames: Readonly<Partial<Record<string, string>>> = {},
): RenderedIssue {
  const spec = tabSpec(issue.tab);
  const col = spec.columns.find((c) => c.key === issue.column);
  const at = columnOf ? columnOf[issue.column] : col ? spec.columns.indexOf(col) + 1 : undefined;
  const a1 = at ? `${columnLetters(at)}${issue.row}` : `${issue.row}:${issue.row}`;
  const tab = tabNames[issue.tab] ?? spec.name[lang];
  const ref = `${quoteSheet(tab)}!${a1}`;
  const field = col ? col.label[lang] : issue.column;
  const vars: Record<string, string | number> = { ref, field, value: issue.value, note: col ? col.note[lang] : '' };
  for (const [k, v] of Object.entries(issue.params)) vars[k] = textOf(v, lang);
  if (col?.options) vars['options'] = col.options.map((o) => o.label[lang]).join(', ');
  if (!('accounts' in vars)) vars['accounts'] = tabNames['accounts'] ?? tabSpec('accounts').name[lang];
  const [message, hint] = CATALOGUE[issue.code][lang];
  return { severity: SEVERITY_LABEL[issue.severity][lang], tab, a1, ref, field, message: fill(message, vars), hint: fill(hint, vars) };
}
