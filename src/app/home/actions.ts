/**
 * The home sidebar's buttons, one server call each (kadHomeAction): each
 * runs the same use case as its menu item and returns what it said, for the
 * sidebar to show; the sidebar then asks for fresh data (kadHomeData) in a
 * call of its own, so nothing is read after a pending write.
 */
import type { Env } from '../env';
import { remindersOff, sendPreview, sendQuestion, sendRemindersNow, turnRemindersOn } from '../reminders/entry';
import { applyRiskFormatting } from '../risk/entry';
import { checkFileAccess } from '../team/access';
import { validateDossier } from '../validation/entry';
import { showPreview } from './preview';
import { sendTestDigest } from './testDigest';

export interface ActionResult {
  readonly ok: boolean;
  readonly message: string;
  /** For "send": the question to ask, with the counts, before anything is sent ('' when there is nothing to send). */
  readonly confirm: string;
}

const said = (message: string, ok = true): ActionResult => ({ ok, message, confirm: '' });

const ACTIONS: Readonly<Record<string, (env: Env) => ActionResult>> = {
  validate: (env) => said(validateDossier(env).message),
  risk: (env) => {
    const r = applyRiskFormatting(env);
    return said(r.message, r.applied);
  },
  access: (env) => said(checkFileAccess(env).message),
  on: (env) => {
    const r = turnRemindersOn(env);
    return said(r.message, r.ok);
  },
  off: (env) => said(remindersOff(env)),
  // Send now, step 1: the counts to confirm in the sidebar; nothing is sent.
  sendPlan: (env) => {
    const p = sendPreview(env);
    return p.nothing === null ? { ok: true, message: '', confirm: sendQuestion(env, p) } : said(p.nothing);
  },
  // Step 2, only after the user confirmed those counts in the sidebar.
  send: (env) => said(sendRemindersNow(env, true)),
  test: (env) => said(sendTestDigest(env)),
  preview: (env) => {
    showPreview(env);
    return said('');
  },
};

export function homeAction(env: Env, name: string): ActionResult {
  const run = Object.prototype.hasOwnProperty.call(ACTIONS, name) ? ACTIONS[name] : undefined;
  if (!run) throw new Error(`Unknown action ${name}`);
  return run(env);
}
