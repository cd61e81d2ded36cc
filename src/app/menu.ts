/**
 * The add-on menu as data: the captions per language and the top-level
 * function each item calls. A test proves each function is declared by the
 * built bundle.
 */
import type { Label, Lang } from '../core/i18n';
import { CAPTION } from '../core/menuCaptions';

export interface MenuItem {
  readonly caption: Label;
  readonly functionName: string;
}

export const MENU: readonly (MenuItem | 'separator')[] = [
  { caption: CAPTION.home, functionName: 'kadShowHome' },
  { caption: CAPTION.repair, functionName: 'kadCreateOrRepair' },
  { caption: CAPTION.validate, functionName: 'kadValidate' },
  { caption: CAPTION.risk, functionName: 'kadApplyRisk' },
  { caption: CAPTION.brief, functionName: 'kadShowBrief' },
  { caption: CAPTION.access, functionName: 'kadCheckAccess' },
  { caption: CAPTION.review, functionName: 'kadShowReview' },
  { caption: CAPTION.help, functionName: 'kadShowHelp' },
  'separator',
  { caption: CAPTION.preview, functionName: 'kadPreviewReminders' },
  { caption: CAPTION.send, functionName: 'kadSendReminders' },
  { caption: CAPTION.on, functionName: 'kadRemindersOn' },
  { caption: CAPTION.off, functionName: 'kadRemindersOff' },
  'separator',
  { caption: CAPTION.rollup, functionName: 'kadSetUpRollup' },
];

/** Handlers of installable triggers the add-on creates. */
export const TRIGGER_HANDLERS = ['kadDailyReminders'] as const;

/** Functions the sidebar calls through google.script.run. */
export const SIDEBAR_FUNCTIONS = [
  'kadBriefData',
  'kadBriefOpenAccount',
  'kadShowReview',
  'kadReviewPreview',
  'kadRecordReview',
  // The home sidebar and its preview dialog.
  'kadHomeData',
  'kadHomeAction',
  'kadSaveSettings',
  'kadAddAccount',
  'kadPreviewDigest',
  'kadShowBrief',
  'kadCreateOrRepair',
] as const;

export function addMenu(ui: GoogleAppsScript.Base.Ui, lang: Lang): void {
  const menu = ui.createAddonMenu();
  for (const item of MENU) {
    if (item === 'separator') menu.addSeparator();
    else menu.addItem(item.caption[lang], item.functionName);
  }
  menu.addToUi();
}
