/**
 * Writes the runtime's outbox as files a mail client opens: for each
 * message `<recipient>.eml` (RFC 5322 + MIME multipart/alternative, UTF-8,
 * base64 bodies, RFC 2047 encoded-word subject) and `<recipient>.html`.
 * A recipient mailed more than once gets `-2`, `-3` ... suffixes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SentMail } from '../test/runtime';

const CRLF = '\r\n';

/** RFC 2047 encoded-words of at most 75 characters, split on character boundaries, folded onto lines. */
export function encodeWords(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text) && !/=\?/.test(text)) return text;
  const words: string[] = [];
  let chunk = '';
  for (const ch of text) {
    // 39 bytes of UTF-8 → 52 base64 characters + 12 of =?UTF-8?B??= = 64: within 75, and "Subject: " + word within 78.
    if (Buffer.byteLength(chunk + ch, 'utf8') > 39) {
      words.push(chunk);
      chunk = '';
    }
    chunk += ch;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w, 'utf8').toString('base64')}?=`).join(`${CRLF} `);
}

const base64Lines = (s: string): string =>
  (
    Buffer.from(s, 'utf8')
      .toString('base64')
      .match(/.{1,76}/g) ?? []
  ).join(CRLF);

export function toEml(m: SentMail, from: string, boundary = `kad-${m.sentAt.getTime().toString(36)}-alt`): string {
  const name = m.name ? `${encodeWords(m.name.replace(/"/g, "'"))} ` : '';
  const headers = [
    `From: ${name}<${from}>`,
    `To: ${m.to.join(', ')}`,
    ...(m.cc.length ? [`Cc: ${m.cc.join(', ')}`] : []),
    ...(m.replyTo ? [`Reply-To: ${m.replyTo}`] : []),
    `Subject: ${encodeWords(m.subject)}`,
    `Date: ${m.sentAt.toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: <${m.sentAt.getTime().toString(36)}.${fileBase(m.to[0] ?? 'x').replace(/@/g, '.')}@kad.local>`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
  ];
  const part = (type: string, body: string) =>
    [`--${boundary}`, `Content-Type: ${type}; charset=UTF-8`, 'Content-Transfer-Encoding: base64', '', base64Lines(body)].join(CRLF);
  const parts = [part('text/plain', m.body)];
  if (m.htmlBody !== undefined) parts.push(part('text/html', m.htmlBody));
  return [...headers, '', 'This is a multi-part message in MIME format.', ...parts, `--${boundary}--`, ''].join(CRLF);
}

const fileBase = (address: string): string => address.toLowerCase().replace(/[^a-z0-9@._-]/g, '_');

/** Writes every message of the outbox into dir; returns the paths written. */
export function writeOutbox(outbox: readonly SentMail[], dir: string, from = 'reminders@example.com'): string[] {
  mkdirSync(dir, { recursive: true });
  const seen = new Map<string, number>();
  const written: string[] = [];
  for (const m of outbox) {
    const base = fileBase(m.to[0] ?? 'unknown');
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const stem = join(dir, n === 1 ? base : `${base}-${n}`);
    writeFileSync(`${stem}.eml`, toEml(m, from), 'utf8');
    written.push(`${stem}.eml`);
    if (m.htmlBody !== undefined) {
      writeFileSync(`${stem}.html`, m.htmlBody, 'utf8');
      written.push(`${stem}.html`);
    }
  }
  return written;
}
