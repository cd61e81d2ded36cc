import type { RuntimeContext } from '../context';

/**
 * Apps Script errors reach scripts as objects named 'Exception' whose message
 * carries no prefix (logged as `Exception: <message>`), e.g. the log in
 * https://github.com/lucasvtiradentes/gcal-sync/issues/115. When the vm has
 * installed `ctx.exception`, the error is made with the vm's own Error so
 * that `e instanceof Error` holds inside the bundle.
 */
export function exception(ctx: RuntimeContext, message: string): Error {
  if (ctx.exception) return ctx.exception(message);
  const e = new Error(message);
  e.name = 'Exception';
  return e;
}

/**
 * The message Apps Script gives when a call needs a scope the current
 * authorisation mode lacks (seen verbatim for Ui.showSidebar in
 * https://github.com/oshliaer/google-apps-script-snippets/issues/18).
 */
export function permissionMessage(what: string, scope: string): string {
  return `You do not have permission to call ${what}. Required permissions: ${scope}`;
}
