import type { RuntimeContext } from '../context';
import { exception } from './errors';
import { expose } from './expose';

/** https://developers.google.com/apps-script/reference/mail/mail-app */
export const SEND_MAIL_SCOPE = 'https://www.googleapis.com/auth/script.send_mail';
/**
 * Consumer accounts get 100 recipients a day, each address in to/cc/bcc
 * counting once (https://developers.google.com/apps-script/guides/services/quotas).
 * The message past the quota is the one real executions log.
 */
export const DEFAULT_MAIL_QUOTA = 100;
export const MAIL_QUOTA_MESSAGE = 'Service invoked too many times for one day: email.';

export interface SentMail {
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  noReply?: boolean;
  attachments: number;
  sentAt: Date;
}

/** The runtime's mail state: the outbox, the remaining quota and injected failures. */
export class MailState {
  outbox: SentMail[] = [];
  remaining: number;
  private readonly failures = new Map<string, string[]>();

  constructor(private readonly initialQuota = DEFAULT_MAIL_QUOTA) {
    this.remaining = initialQuota;
  }

  setQuota(n: number): void {
    this.remaining = n;
  }
  /** The next send that includes `address` throws `message` (an Apps Script Exception); nothing is sent. */
  failNext(address: string, message: string): void {
    const key = address.trim().toLowerCase();
    this.failures.set(key, [...(this.failures.get(key) ?? []), message]);
  }
  reset(): void {
    this.outbox = [];
    this.remaining = this.initialQuota;
    this.failures.clear();
  }
  /** @internal */
  takeFailure(addresses: string[]): string | undefined {
    for (const a of addresses) {
      const key = a.toLowerCase();
      const queue = this.failures.get(key);
      if (queue && queue.length) {
        const msg = queue.shift();
        if (!queue.length) this.failures.delete(key);
        return msg;
      }
    }
    return undefined;
  }
}

const split = (s: string | undefined): string[] =>
  (s ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x !== '');

// Deliberately loose: Apps Script rejects obviously malformed addresses only.
const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

class MailAppImpl implements GoogleAppsScript.Mail.MailApp {
  constructor(
    private readonly ctx: RuntimeContext,
    private readonly state: MailState,
  ) {}

  getRemainingDailyQuota(): number {
    this.ctx.requireAuth('MailApp.getRemainingDailyQuota', SEND_MAIL_SCOPE);
    return this.state.remaining;
  }

  sendEmail(message: GoogleAppsScript.Mail.MailAdvancedParameters): void;
  sendEmail(recipient: string, subject: string, body: string): void;
  sendEmail(recipient: string, subject: string, body: string, options: GoogleAppsScript.Mail.MailAdvancedParameters): void;
  sendEmail(to: string, replyTo: string, subject: string, body: string): void;
  sendEmail(a: unknown, b?: unknown, c?: unknown, d?: unknown): void {
    this.ctx.requireAuth('MailApp.sendEmail', SEND_MAIL_SCOPE);
    let m: GoogleAppsScript.Mail.MailAdvancedParameters;
    if (typeof a === 'object' && a !== null) m = a as GoogleAppsScript.Mail.MailAdvancedParameters;
    else if (typeof d === 'string') m = { to: String(a), replyTo: String(b), subject: String(c), body: d };
    else
      m = {
        ...((d as GoogleAppsScript.Mail.MailAdvancedParameters | undefined) ?? {}),
        to: String(a),
        subject: String(b),
        body: String(c),
      };
    this.deliver(m);
  }

  private deliver(m: GoogleAppsScript.Mail.MailAdvancedParameters): void {
    const to = split(m.to);
    const cc = split(m.cc);
    const bcc = split(m.bcc);
    const all = [...to, ...cc, ...bcc];
    if (all.length === 0) throw exception(this.ctx, 'Failed to send email: no recipient');
    for (const addr of all) if (!EMAIL.test(addr)) throw exception(this.ctx, `Invalid email: ${addr}`);
    if (this.state.remaining < all.length) throw exception(this.ctx, MAIL_QUOTA_MESSAGE);
    const injected = this.state.takeFailure(all);
    if (injected !== undefined) throw exception(this.ctx, injected);
    this.state.remaining -= all.length;
    const sent: SentMail = {
      to,
      cc,
      bcc,
      subject: String(m.subject ?? ''),
      body: String(m.body ?? ''),
      attachments: Array.isArray(m.attachments) ? m.attachments.length : 0,
      sentAt: this.ctx.clock.now(),
    };
    if (m.htmlBody !== undefined) sent.htmlBody = String(m.htmlBody);
    if (m.name !== undefined) sent.name = String(m.name);
    if (m.replyTo !== undefined) sent.replyTo = String(m.replyTo);
    if (m.noReply !== undefined) sent.noReply = Boolean(m.noReply);
    this.state.outbox.push(sent);
  }
}

export function createMailApp(ctx: RuntimeContext, state: MailState): GoogleAppsScript.Mail.MailApp {
  return expose(new MailAppImpl(ctx, state), 'MailApp', ctx);
}
