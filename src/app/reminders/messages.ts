/** What the reminder menu items say, en/ru. */
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
  weekend: { en: 'Weekend: reminders wait until Monday (Settings).', ru: 'Выходные: напоминания ждут понедельника (Настройки).' },
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
  on: {
    en: 'Daily reminders are on: every day at {hour}:00 ({zone}).',
    ru: 'Ежедневные напоминания включены: каждый день в {hour}:00 ({zone}).',
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

export function summaryText(s: RunSummary, lang: Lang): string {
  if (s.busy) return MSG.busy[lang];
  if (s.noLedger) return MSG.noLedger[lang];
  if (s.hold === 'weekend') return MSG.weekend[lang];
  if (s.hold === 'quiet_hours') return fill(MSG.quiet_hours[lang], { hour: s.quietHoursEnd });
  if (s.sent + s.deferred + s.failed === 0) return MSG.nothing[lang];
  const text = fill(MSG.result[lang], { sent: s.sent, deferred: s.deferred, failed: s.failed });
  return s.failures.length ? `${text} ${s.failures.slice(0, 3).join('; ')}` : text;
}
