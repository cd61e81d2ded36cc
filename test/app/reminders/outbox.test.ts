/** The demo's outbox files: valid MIME a mail client opens, with UTF-8 text and HTML parts and an encoded-word subject. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeWords, writeOutbox } from '../../../scripts/outbox';
import type { SentMail } from '../../runtime';

const decodeWords = (h: string): string =>
  h.replace(/\r\n /g, '').replace(/=\?UTF-8\?B\?([^?]*)\?=/g, (_m, b: string) => Buffer.from(b, 'base64').toString('utf8'));

const mail: SentMail = {
  to: ['Ann@Example.com'],
  cc: [],
  bcc: [],
  subject: 'Ключевые клиенты: просрочено 3 из 4 — Досье «Альфа» и очень длинное название таблицы',
  body: 'Привет\n<img src=x>',
  htmlBody: '<!DOCTYPE html><html><body><p>Привет &lt;img&gt;</p></body></html>',
  name: 'Key Account Dossier',
  replyTo: 'boss@example.com',
  attachments: 0,
  sentAt: new Date('2025-06-16T06:00:00Z'),
};

test('writeOutbox writes <recipient>.eml (multipart/alternative, UTF-8) and .html', () => {
  const dir = mkdtempSync(join(tmpdir(), 'outbox-'));
  const files = writeOutbox([mail, { ...mail, subject: 'Second' }], dir);
  expect(files.map((f) => f.slice(dir.length + 1))).toEqual([
    'ann@example.com.eml',
    'ann@example.com.html',
    'ann@example.com-2.eml',
    'ann@example.com-2.html',
  ]);
  const eml = readFileSync(join(dir, 'ann@example.com.eml'), 'utf8');
  const [head, ...rest] = eml.split('\r\n\r\n');
  const body = rest.join('\r\n\r\n');
  expect(head).toMatch(/^From: Key Account Dossier <reminders@example\.com>\r\n/);
  expect(head).toContain('MIME-Version: 1.0');
  expect(head).toContain('Reply-To: boss@example.com');
  const boundary = /boundary="([^"]+)"/.exec(head!)![1]!;
  // Every header line is ASCII and short; the subject decodes back exactly.
  expect(/^[\x20-\x7e\r\n]*$/.test(head!)).toBe(true);
  expect(head!.split('\r\n').every((l) => l.length <= 78)).toBe(true);
  const subject = /^Subject: ((?:.*)(?:\r\n .*)*)/m.exec(head!)![1]!;
  expect(decodeWords(subject)).toBe(mail.subject);
  const parts = body.split(`--${boundary}`).slice(1, -1);
  expect(body.trimEnd().endsWith(`--${boundary}--`)).toBe(true);
  const decoded = parts.map((p) => {
    const [h, b] = p.replace(/^\r\n/, '').split('\r\n\r\n');
    return { h, text: Buffer.from((b ?? '').replace(/\r\n/g, ''), 'base64').toString('utf8') };
  });
  expect(decoded.map((d) => /Content-Type: ([^;]+); charset=UTF-8/.exec(d.h!)![1])).toEqual(['text/plain', 'text/html']);
  expect(decoded[0]!.text).toBe(mail.body);
  expect(decoded[1]!.text).toBe(mail.htmlBody);
  expect(readFileSync(join(dir, 'ann@example.com.html'), 'utf8')).toBe(mail.htmlBody);
});

test('encoded words never split a character and stay within 75 characters', () => {
  const words = encodeWords('ё'.repeat(100)).split('\r\n ');
  expect(words.every((w) => w.length <= 75)).toBe(true);
  expect(decodeWords(words.join('\r\n '))).toBe('ё'.repeat(100));
  expect(encodeWords('plain ASCII')).toBe('plain ASCII');
});
