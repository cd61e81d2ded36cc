/** The add-on menu's captions; a message that sends the user to a menu item quotes its caption ({menu.repair} in a text). */
import type { Label } from './i18n';
import { label } from './i18n';

export const CAPTION = {
  home: label('menu.home'),
  repair: label('menu.repair'),
  validate: label('menu.validate'),
  risk: label('menu.risk'),
  brief: label('menu.brief'),
  review: label('menu.review'),
  help: label('menu.help'),
  preview: label('menu.preview'),
  send: label('menu.send'),
  on: label('menu.on'),
  off: label('menu.off'),
  access: label('menu.access'),
  rollup: label('menu.rollup'),
} as const satisfies Record<string, Label>;
