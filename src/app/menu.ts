/**
 * The add-on menu as data: the captions per language and the top-level
 * function each item calls. A test proves each function is declared by the
 * built bundle.
 */
import type { Label, Lang } from '../core/i18n';

export interface MenuItem {
  readonly caption: Label;
  readonly functionName: string;
}

export const MENU: readonly (MenuItem | 'separator')[] = [
  { caption: { en: 'Create or repair dossier', ru: 'Создать или восстановить досье' }, functionName: 'kadCreateOrRepair' },
  { caption: { en: 'Validate dossier', ru: 'Проверить досье' }, functionName: 'kadValidate' },
  { caption: { en: 'Re-apply risk colours', ru: 'Обновить цвета риска' }, functionName: 'kadApplyRisk' },
  { caption: { en: 'Meeting brief', ru: 'Бриф к встрече' }, functionName: 'kadShowBrief' },
  'separator',
  { caption: { en: 'Preview reminders', ru: 'Предпросмотр напоминаний' }, functionName: 'kadPreviewReminders' },
  { caption: { en: 'Send reminders now', ru: 'Отправить напоминания сейчас' }, functionName: 'kadSendReminders' },
  { caption: { en: 'Turn daily reminders on', ru: 'Включить ежедневные напоминания' }, functionName: 'kadRemindersOn' },
  { caption: { en: 'Turn daily reminders off', ru: 'Выключить ежедневные напоминания' }, functionName: 'kadRemindersOff' },
];

/** Handlers of installable triggers the add-on creates. */
export const TRIGGER_HANDLERS = ['kadDailyReminders'] as const;

/** Functions the sidebar calls through google.script.run. */
export const SIDEBAR_FUNCTIONS = ['kadBriefData'] as const;

export function addMenu(ui: GoogleAppsScript.Base.Ui, lang: Lang): void {
  const menu = ui.createAddonMenu();
  for (const item of MENU) {
    if (item === 'separator') menu.addSeparator();
    else menu.addItem(item.caption[lang], item.functionName);
  }
  menu.addToUi();
}
