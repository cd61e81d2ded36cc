/**
 * The digest preview dialog (Preview.html): the rendered e-mail of each
 * recipient who would get one now, chosen with a picker, exactly as a run
 * would build it (same plan, same renderer). Nothing is sent or written.
 */
import { fill } from '../../core/i18n';
import { CAPTION } from '../../core/menuCaptions';
import { renderDigest } from '../../core/reminders/digest';
import type { Env } from '../env';
import { MSG } from '../reminders/messages';
import { planReminders } from '../reminders/plan';
import { holdText } from '../reminders/hold';
import { homeWords } from './texts';

export interface PreviewPayload {
  readonly recipients: readonly { readonly to: string; readonly items: number }[];
  /** The recipient shown ('' when nobody would get a digest now). */
  readonly to: string;
  readonly subject: string;
  readonly replyTo: string;
  /** The digest's HTML body, shown in a sandboxed frame. */
  readonly html: string;
  /** Why nothing or not everything would go now ('' when all is well). */
  readonly note: string;
}

/** The page's words as a script literal that no "</script>" can end early. */
function previewTexts(env: Env): string {
  return JSON.stringify({ lang: env.lang, ...homeWords(env).all }).replace(/</g, '\\u003c');
}

export function showPreview(env: Env): void {
  env.showDialog('Preview', CAPTION.preview[env.lang], { texts: previewTexts(env) }, 760, 620);
}

export function previewDigest(env: Env, recipient: string): PreviewPayload {
  const L = env.lang;
  const plan = planReminders(env);
  const notes: string[] = [];
  const held = holdText(plan, L);
  if (held) notes.push(fill(MSG.previewHeld[L], { why: held }));
  if (!plan.ledger) notes.push(MSG.noLedger[L]);
  if (plan.waitTomorrow) notes.push(fill(MSG.waitTomorrow[L], { n: plan.waitTomorrow }));
  const recipients = plan.digests.map((d) => ({ to: d.recipient, items: d.notices.length }));
  const digest = plan.digests.find((d) => d.recipient === recipient.trim().toLowerCase()) ?? plan.digests[0];
  if (!digest) return { recipients, to: '', subject: '', replyTo: '', html: '', note: [MSG.previewNone[L], ...notes].join(' ') };
  const r = renderDigest(digest, plan.ctx);
  return {
    recipients,
    to: digest.recipient,
    subject: r.subject,
    replyTo: r.replyTo ? homeWords(env).t('replyTo', { to: r.replyTo }) : '',
    html: r.html,
    note: notes.join(' '),
  };
}
