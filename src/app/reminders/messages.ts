/** What the reminder menu items and the status block say, en/ru. */
import type { Label, Lang } from '../../core/i18n';
import { fill } from '../../core/i18n';
import { CAPTION } from '../../core/menuCaptions';
import type { RunSummary } from './run';

export const MSG = {
  title: { en: 'Reminders', ru: 'Напоминания' },
  busy: {
    en: 'Another reminder run is in progress; try again in a minute.',
    ru: 'Идёт другая рассылка напоминаний; повторите через минуту.',
  },
  weekend: {
    en: 'Weekend: reminders wait until the next working day (Settings).',
    ru: 'Выходные: напоминания ждут рабочего дня (Настройки).',
  },
  quiet_hours: { en: 'Quiet hours: reminders wait until {hour}:00 (Settings).', ru: 'Тихие часы: напоминания ждут {hour}:00 (Настройки).' },
  noLedger: {
    en: `The Notices log tab is missing: run "${CAPTION.repair.en}" first. Nothing was sent.`,
    ru: `Нет листа «Журнал уведомлений»: сначала выполните «${CAPTION.repair.ru}». Ничего не отправлено.`,
  },
  result: {
    en: 'Digests sent: {sent}; waiting for quota or time: {deferred}; failed (retried next run): {failed}.',
    ru: 'Отправлено сводок: {sent}; ждут квоты или времени: {deferred}; с ошибкой (повтор при следующем запуске): {failed}.',
  },
  nothing: { en: 'Nothing new to send.', ru: 'Новых напоминаний нет.' },
  waitTomorrow: {
    en: '{n} recipient(s) already got today’s digest; their new items go tomorrow.',
    ru: 'Получателей, уже получивших сводку сегодня: {n}; их новые пункты уйдут завтра.',
  },
  confirm: {
    en: 'Send {digests} digest(s) with {items} item(s) to {digests} recipient(s) now? Only what has not gone out today is sent.',
    ru: 'Отправить сейчас {digests} сводок ({items} пунктов) {digests} получателям? Уходит только то, что ещё не отправлено сегодня.',
  },
  cancelled: { en: 'Nothing was sent.', ru: 'Ничего не отправлено.' },
  runError: { en: 'The reminder run failed: {error}', ru: 'Рассылка напоминаний не удалась: {error}' },
  logError: {
    en: 'The Notices log could not be written ({error}); the sends are recorded and logged by the next run.',
    ru: 'Журнал уведомлений не записан ({error}); отправленное сохранено и будет записано при следующем запуске.',
  },
  on: {
    en: 'Reminders are on: daily digests from {hour}:00 ({zone}), checked hourly; mail goes from {who}.',
    ru: 'Напоминания включены: ежедневные сводки с {hour}:00 ({zone}), проверка каждый час; письма уходят от {who}.',
  },
  onRefused: {
    en: 'Reminders were not turned on: the reminder hour {hour}:00 lies inside the quiet hours ({start}:00 to {end}:00), so nothing would ever be sent. Change "Reminder hour" or the quiet hours on the Settings tab, then try again.',
    ru: 'Напоминания не включены: час напоминаний {hour}:00 попадает в тихие часы (с {start}:00 до {end}:00), и ничего не уйдёт. Измените «Час напоминаний» или тихие часы на листе «Настройки» и повторите.',
  },
  off: { en: 'Daily reminders are off ({n} trigger removed).', ru: 'Ежедневные напоминания выключены (удалено триггеров: {n}).' },
  previewTitle: {
    en: 'Reminders that would be sent now ({today}); nothing has been sent.',
    ru: 'Напоминания, которые ушли бы сейчас ({today}); ничего не отправлено.',
  },
  previewHeld: { en: 'Held now: {why}', ru: 'Сейчас отложено: {why}' },
  previewNone: { en: 'Nothing is due to be sent.', ru: 'Отправлять нечего.' },
  previewDone: { en: 'Preview written: {n} digests, {items} items.', ru: 'Предпросмотр записан: сводок {n}, пунктов {items}.' },
  previewHeader: {
    en: 'Recipient|Subject|Account|Item|Link',
    ru: 'Получатель|Тема|Клиент|Пункт|Ссылка',
  },
} as const satisfies Record<string, Label>;

/** The status block on the Settings tab: label, then value template. */
export const STATUS = {
  heading: { en: 'Reminder status (written by the add-on)', ru: 'Состояние напоминаний (пишет дополнение)' },
  updated: { en: 'updated {at}', ru: 'обновлено {at}' },
  state: { en: 'Reminders', ru: 'Напоминания' },
  on: {
    en: 'On: turned on by {who}; mail goes from that account and uses its daily quota.',
    ru: 'Включены: включил {who}; письма уходят от этого аккаунта и расходуют его квоту.',
  },
  off: { en: `Off: use "${CAPTION.on.en}".`, ru: `Выключены: «${CAPTION.on.ru}».` },
  hour: { en: 'Hour and time zone', ru: 'Час и часовой пояс' },
  hourValue: { en: '{hour}:00, {zone} (checked hourly)', ru: '{hour}:00, {zone} (проверка каждый час)' },
  last: { en: 'Last run', ru: 'Последний запуск' },
  lastValue: {
    en: '{at}: sent {sent}, deferred {deferred}, failed {failed}',
    ru: '{at}: отправлено {sent}, отложено {deferred}, с ошибкой {failed}',
  },
  stoppedByTime: { en: '; stopped by the time limit', ru: '; остановлен по лимиту времени' },
  next: { en: 'Next run', ru: 'Следующий запуск' },
  nextSoon: { en: 'within the hour (continues the deferred digests)', ru: 'в течение часа (продолжит отложенные сводки)' },
  nextOff: { en: 'none: reminders are off', ru: 'нет: напоминания выключены' },
  quota: { en: 'Mail quota left today', ru: 'Остаток почтовой квоты на сегодня' },
  unknown: { en: 'not read yet', ru: 'ещё не прочитан' },
  warning: { en: 'Warning', ru: 'Внимание' },
  quotaShort: {
    en: 'The daily mail quota does not cover all recipients: the rest go in the next days, longest-waiting first.',
    ru: 'Дневной квоты не хватает на всех получателей: остальные получат сводки в следующие дни, дольше ждавшие — первыми.',
  },
  quietHour: {
    en: 'The reminder hour {hour}:00 lies inside the quiet hours ({start}:00 to {end}:00): fix Settings, or nothing goes out.',
    ru: 'Час напоминаний {hour}:00 попадает в тихие часы (с {start}:00 до {end}:00): исправьте Настройки, иначе ничего не уйдёт.',
  },
} as const satisfies Record<string, Label>;

export function summaryText(s: RunSummary, lang: Lang): string {
  if (s.busy) return MSG.busy[lang];
  if (s.error) return fill(MSG.runError[lang], { error: s.error });
  if (s.noLedger) return MSG.noLedger[lang];
  if (s.hold === 'weekend') return MSG.weekend[lang];
  if (s.hold === 'quiet_hours') return fill(MSG.quiet_hours[lang], { hour: s.quietHoursEnd });
  const later = s.waitTomorrow ? ` ${fill(MSG.waitTomorrow[lang], { n: s.waitTomorrow })}` : '';
  const log = s.logError ? ` ${fill(MSG.logError[lang], { error: s.logError })}` : '';
  if (s.sent + s.deferred + s.failed === 0) return MSG.nothing[lang] + later + log;
  const text = fill(MSG.result[lang], { sent: s.sent, deferred: s.deferred, failed: s.failed });
  return (s.failures.length ? `${text} ${s.failures.slice(0, 3).join('; ')}` : text) + later + log;
}
