import { escapeHtml, groupDigests, renderDigest, rowLink } from '../../../src/core/reminders/digest';
import type { ScheduleAccount } from '../../../src/core/reminders/notices';
import { DEFAULT_SCHEDULE_SETTINGS, deriveNotices } from '../../../src/core/reminders/notices';

const TODAY = '2025-06-16';
const account = (id: string, name: string, manager: string, lastReview: string, row: number): ScheduleAccount => ({
  id,
  name,
  row,
  managerEmail: manager,
  supervisorEmail: 'boss@example.com',
  status: 'active',
  lastReview,
});
const accounts = [
  account('ACME', 'Acme & Sons', 'ann@example.com', '2025-02-16', 3),
  account('XSS', '<img src=x onerror=alert(1)>', 'bob@example.com', '2025-03-13', 4),
  account('OK', 'Fine Corp', 'ann@example.com', '2025-06-01', 5),
];
const contacts = accounts.map((a, i) => ({ account: a.id, date: '2025-06-15', outcome: 'positive', row: 3 + i }));
const notices = deriveNotices({ accounts, contacts, reviews: [], settings: DEFAULT_SCHEDULE_SETTINGS, today: TODAY });
const ctx = (lang: 'en' | 'ru') => ({
  lang,
  today: TODAY,
  spreadsheetName: 'Dossier "Q2"',
  spreadsheetUrl: 'https://docs.google.com/spreadsheets/d/abc/edit',
  gidOf: (tab: string) => (tab === 'accounts' ? 111 : 222),
});

describe('digest', () => {
  test('one digest per recipient, each with only their own notices', () => {
    const digests = groupDigests(notices);
    expect(digests.map((d) => d.recipient)).toEqual(['ann@example.com', 'bob@example.com', 'boss@example.com']);
    const ann = digests[0]!;
    expect(ann.notices.every((n) => n.recipient === 'ann@example.com')).toBe(true);
    expect(ann.notices.map((n) => n.account)).toEqual(['ACME']);
    const boss = digests[2]!;
    expect(boss.notices.map((n) => `${n.account} ${n.rule}`)).toEqual(['ACME review_escalation']);
    const bob = digests[1]!;
    expect(bob.notices.map((n) => `${n.account} ${n.rule}`)).toEqual(['XSS review_overdue']);
    // Nobody's text mentions an account they do not own.
    const text = (i: number) => renderDigest(digests[i]!, ctx('en')).text;
    expect(text(0)).not.toContain('XSS');
    expect(text(1)).not.toContain('ACME');
  });

  test('HTML escapes every user value and links each item to its row', () => {
    const bob = groupDigests(notices).find((d) => d.recipient === 'bob@example.com')!;
    const r = renderDigest(bob, ctx('en'));
    expect(r.html).not.toContain('<img');
    expect(r.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(r.html).toContain('Dossier &quot;Q2&quot;');
    expect(r.html).toContain('href="https://docs.google.com/spreadsheets/d/abc/edit#gid=111&amp;range=A4"');
    expect(r.text).toContain('https://docs.google.com/spreadsheets/d/abc/edit#gid=111&range=A4');
    expect(r.subject).toBe('Key accounts: 1 overdue of 1 — Dossier "Q2"');
    expect(r.replyTo).toBe('boss@example.com');
  });

  test('Russian digest and subject counting overdue items', () => {
    const ann = groupDigests(notices).find((d) => d.recipient === 'ann@example.com')!;
    const r = renderDigest(ann, ctx('ru'));
    expect(r.subject).toMatch(/^Ключевые клиенты: просрочено 1 из 1/);
    expect(r.text).toContain('просрочка 31 дн.');
    expect(r.text).toContain('16.05.2025');
    expect(r.html).toContain('<html lang="ru">');
  });

  test('supervisor digest holds escalations only and has no reply-to', () => {
    const boss = groupDigests(notices).find((d) => d.recipient === 'boss@example.com')!;
    const r = renderDigest(boss, ctx('en'));
    expect(r.text).toContain('Manager: ann@example.com');
    expect(r.replyTo).toBeUndefined();
  });

  test('escaping and links are safe', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    expect(rowLink('javascript:alert(1)', 5, 9)).toBe('#gid=5&range=A9');
    expect(rowLink('https://docs.google.com/spreadsheets/d/x/edit#gid=0', 5, 9)).toBe(
      'https://docs.google.com/spreadsheets/d/x/edit#gid=5&range=A9',
    );
  });
});
