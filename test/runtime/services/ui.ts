import type { RuntimeContext } from '../context';
import { exception, permissionMessage } from './errors';
import { enumOf, expose, type EnumValue } from './expose';
import { peekHtml } from './html';

/** https://developers.google.com/apps-script/reference/base/ui */
export const Button = enumOf('CLOSE', 'OK', 'CANCEL', 'YES', 'NO');
export const ButtonSet = enumOf('OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL');
export const CONTAINER_UI_SCOPE = 'https://www.googleapis.com/auth/script.container.ui';
/** Thrown by getUi() where there is no user interface, e.g. time-driven triggers. */
export const NO_UI_MESSAGE = 'Cannot call SpreadsheetApp.getUi() from this context.';

type Menu = GoogleAppsScript.Base.Menu;

/** The Button for a scripted answer name ('YES', 'NO', ...). */
function button(name: string | undefined): GoogleAppsScript.Base.Button {
  const b = (Button as Record<string, EnumValue>)[name ?? 'OK'];
  if (!b) throw new Error(`Runtime: unknown Ui.Button ${String(name)} in the scripted answers`);
  return b as unknown as GoogleAppsScript.Base.Button;
}
type Item = { caption: string; functionName: string };

class MenuImpl implements Menu {
  _self?: Menu;
  readonly _items: Item[] = [];
  constructor(
    private readonly ctx: RuntimeContext,
    readonly _title: string,
  ) {}
  addItem(caption: string, functionName: string): Menu {
    this._items.push({ caption: String(caption), functionName: String(functionName) });
    return this._self as Menu;
  }
  /** Separators are not recorded (UiLog items are actions only). */
  addSeparator(): Menu {
    return this._self as Menu;
  }
  /** Sub-menu items are recorded flattened as 'Sub title > caption'. */
  addSubMenu(menu: Menu): Menu {
    const sub = menu as unknown as MenuImpl;
    for (const it of sub._items) this._items.push({ caption: `${sub._title} > ${it.caption}`, functionName: it.functionName });
    return this._self as Menu;
  }
  /** Adding a menu with the same title again replaces it, as re-running onOpen does. */
  addToUi(): void {
    const menus = this.ctx.ui.menus;
    const entry = { title: this._title, items: [...this._items] };
    const i = menus.findIndex((m) => m.title === this._title);
    if (i >= 0) menus[i] = entry;
    else menus.push(entry);
  }
}

export interface UiOptions {
  /** The add-on's name: the title of createAddonMenu()'s menu. */
  addonName: string;
}

type UiApi = GoogleAppsScript.Base.Ui;

/**
 * Ui. Sidebars and dialogs need the script.container.ui scope, which a simple
 * trigger (LIMITED) or NONE lacks: calling showSidebar from onOpen fails with
 * the permission error (https://github.com/oshliaer/google-apps-script-snippets/issues/18).
 * Alerts and prompts are refused in NONE only.
 */
class UiImpl {
  readonly Button = Button as unknown as typeof GoogleAppsScript.Base.Button;
  readonly ButtonSet = ButtonSet as unknown as typeof GoogleAppsScript.Base.ButtonSet;
  constructor(
    private readonly ctx: RuntimeContext,
    private readonly opts: UiOptions,
  ) {}

  private needs(method: string, full: boolean): void {
    const mode = this.ctx.authMode;
    if (mode === 'NONE' || (full && mode !== 'FULL')) throw exception(this.ctx, permissionMessage(`Ui.${method}`, CONTAINER_UI_SCOPE));
  }

  createAddonMenu(): Menu {
    return expose(new MenuImpl(this.ctx, this.opts.addonName), 'Menu', this.ctx);
  }
  createMenu(caption: string): Menu {
    return expose(new MenuImpl(this.ctx, String(caption)), 'Menu', this.ctx);
  }

  alert(a: string, b?: unknown, c?: unknown): GoogleAppsScript.Base.Button {
    this.needs('alert', false);
    const [title, prompt, buttons] = c !== undefined ? [a, String(b), String(c)] : ['', a, b === undefined ? 'OK' : String(b)];
    this.ctx.ui.alerts.push({ title, prompt, buttons });
    return button(this.ctx.ui.alertAnswers.shift());
  }

  prompt(a: string, b?: unknown, c?: unknown): GoogleAppsScript.Base.PromptResponse {
    this.needs('prompt', false);
    const [title, prompt, buttons] = c !== undefined ? [a, String(b), String(c)] : ['', a, b === undefined ? 'OK' : String(b)];
    (this.ctx.ui.prompts ??= []).push({ title, prompt, buttons });
    const answer = this.ctx.ui.promptAnswers?.shift() ?? { text: '' };
    const response = {
      getResponseText: () => answer.text,
      getSelectedButton: () => button(answer.button),
    };
    return expose(response, 'PromptResponse', this.ctx);
  }

  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    this.needs('showSidebar', true);
    this.ctx.ui.sidebars.push(peekHtml(userInterface));
  }
  showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.needs('showModalDialog', true);
    this.ctx.ui.dialogs.push({ title: String(title), html: peekHtml(userInterface).html });
  }
  showModelessDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.needs('showModelessDialog', true);
    this.ctx.ui.dialogs.push({ title: String(title), html: peekHtml(userInterface).html });
  }
}

/**
 * The factory SpreadsheetApp.getUi() calls. In a context without a user
 * interface it throws the Apps Script message (reported for time-driven
 * runs in https://github.com/davepar/gcalendarsync/issues/93).
 */
export function createUiFactory(ctx: RuntimeContext, opts: UiOptions): () => UiApi {
  return () => {
    if (ctx.hasUi === false) throw exception(ctx, NO_UI_MESSAGE);
    return expose(new UiImpl(ctx, opts), 'Ui', ctx) as unknown as UiApi;
  };
}
