/** The add-on menu's captions; a message that sends the user to a menu item quotes its caption from here. */
import type { Label } from './i18n';

export const CAPTION = {
  repair: { en: 'Create or repair dossier', ru: 'Создать или восстановить досье' },
  validate: { en: 'Validate dossier', ru: 'Проверить досье' },
  risk: { en: 'Re-apply risk colours', ru: 'Обновить цвета риска' },
  brief: { en: 'Meeting brief', ru: 'Бриф к встрече' },
  preview: { en: 'Preview reminders', ru: 'Предпросмотр напоминаний' },
  send: { en: 'Send reminders now', ru: 'Отправить напоминания сейчас' },
  on: { en: 'Turn daily reminders on', ru: 'Включить ежедневные напоминания' },
  off: { en: 'Turn daily reminders off', ru: 'Выключить ежедневные напоминания' },
} as const satisfies Record<string, Label>;
