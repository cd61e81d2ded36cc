/**
 * "Send me a test digest": the digest the person at the keyboard would get
 * now from this file, or a sample made by the same rules when they have
 * nothing due, sent to them alone with TEST in the subject. Nothing is
 * recorded: no send record, no Notices log row, so the real digest still
 * goes out as planned.
 */
import { escapeHtml, groupDigests, renderDigest } from '../../core/reminders/digest';
import type { Digest } from '../../core/reminders/digest';
import { deriveNotices, scheduleSettings } from '../../core/reminders/notices';
import type { Env } from '../env';
import type { Plan } from '../reminders/plan';
import { planReminders } from '../reminders/plan';
import { MSG } from '../reminders/messages';
import type { HomeText } from './texts';
import { homeWords } from './texts';

/** A made-up account whose manager is `to`, never reviewed and never contacted: the rules give it their usual items. */
function sampleDigest(t: HomeText, plan: Plan, to: string): Digest | undefined {
  const notices = deriveNotices({
    accounts: [
      {
        id: 'SAMPLE',
        name: t('sampleName'),
        row: 3,
        managerEmail: to,
        supervisorEmail: '',
        status: 'active',
        lastReview: null,
      },
    ],
    reviews: [],
    contacts: [],
    settings: scheduleSettings(plan.settings),
    today: plan.today,
  });
  return groupDigests(notices.filter((n) => n.recipient === to))[0];
}

export function sendTestDigest(env: Env): string {
  const { t } = homeWords(env);
  const to = env.activeUser().trim().toLowerCase();
  if (to === '') throw new Error(t('noUser'));
  const plan = planReminders(env);
  const mine = plan.digests.find((d) => d.recipient === to);
  const digest = mine ?? sampleDigest(t, plan, to);
  if (!digest) throw new Error(t('noUser'));
  const r = renderDigest(digest, plan.ctx);
  const banner = t('testBanner');
  env.mail.send({
    to,
    subject: t('testSubject', { subject: r.subject }),
    body: `${banner}\n\n${r.text}`,
    // The banner goes first in the body; the rest is the digest exactly as it would be sent.
    htmlBody: r.html.replace(
      /<body[^>]*>/,
      (m) => `${m}<p style="margin:0 0 12px 0;padding:8px;background:#fef7e0;color:#3c4043">${escapeHtml(banner)}</p>`,
    ),
    name: plan.settings.sender_name,
    // The same Reply-To as the real digest: its footer says where replies go, and a test must not contradict it.
    ...(r.replyTo ? { replyTo: r.replyTo } : {}),
  });
  const message = mine ? t('testSent', { to, items: digest.notices.length }) : t('testSample', { to });
  env.toast(message, MSG.title[env.lang]);
  return message;
}
