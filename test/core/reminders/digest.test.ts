import { escapeHtml, groupDigests, renderDigest, rowLink } from '../../../src/core/reminders/digest';
import type { DigestContext } from '../../../src/core/reminders/digest';
import type { DueItem, ScheduleAccount } from '../../../src/core/reminders/notices';
import { crossingNotices, DEFAULT_SCHEDULE_SETTINGS, deriveNotices } from '../../../src/core/reminders/notices';

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
const contacts = [
  // ACME's last positive contact is 15 days old; OK's, the day before yesterday, fell inside its pause.
  ...accounts.map((a, i) => ({ account: a.id, date: a.id === 'ACME' ? '2025-06-01' : '2025-06-15', outcome: 'positive', row: 3 + i })),
  { account: 'OK', date: '2025-06-10', outcome: 'negative', row: 6 },
];
const dueItems: DueItem[] = [
  { source: 'plan', account: 'OK', row: 7, due: '2025-06-17', title: 'Quarterly site visit', owner: 'Ann Smith', status: 'planned' },
  { source: 'plan', account: 'ACME', row: 8, due: '2025-06-02', title: 'Free trial batch', owner: '', status: 'in_progress' },
];
const notices = [
  ...deriveNotices({
    accounts,
    contacts,
    reviews: [],
    dueItems,
    settings: DEFAULT_SCHEDULE_SETTINGS,
    today: TODAY,
    nextRow: { reviews: 9, contacts: 12 },
  }),
  ...crossingNotices(
    [
      {
        account: 'ACME',
        accountName: 'Acme & Sons',
        share: 0.27,
        manager: 'ann@example.com',
        supervisor: 'boss@example.com',
        link: { tab: 'accounts', row: 3 },
      },
    ],
    { key: 0.1, critical: 0.2, mono: 0.5 },
    { sent: () => false, cleared: () => false },
  ).notices,
];
const GIDS = { accounts: 111, contacts: 222, reviews: 333, plan: 444, commitments: 777, decisionGroup: 555, rollup: 666 } as const;
const ctx = (lang: 'en' | 'ru' | 'lt', sender = 'robot@example.com'): DigestContext => ({
  lang,
  today: TODAY,
  spreadsheetName: 'Dossier "Q2"',
  spreadsheetUrl: 'https://docs.google.com/spreadsheets/d/abc/edit',
  gidOf: (tab) => GIDS[tab],
  sender,
});
const digestOf = (to: string) => groupDigests(notices).find((d) => d.recipient === to)!;
/** The account headings of a plain-text digest: lines after a blank line that are not items, steps or footers. */
const blocks = (text: string): string[] =>
  text
    .split('\n\n')
    .slice(1, -1)
    .map((b) => b.split('\n')[0]!)
    .filter((l) => !l.startsWith('Your action'));

describe('digest', () => {
  test('one digest per recipient, each with only their own notices', () => {
    const digests = groupDigests(notices);
    expect(digests.map((d) => d.recipient)).toEqual(['ann@example.com', 'bob@example.com', 'boss@example.com']);
    expect(digestOf('ann@example.com').notices.every((n) => n.recipient === 'ann@example.com')).toBe(true);
    expect(digestOf('boss@example.com').notices.map((n) => `${n.account} ${n.rule}`)).toEqual([
      'ACME review_escalation',
      'ACME share_crossing',
    ]);
    expect(digestOf('bob@example.com').notices.map((n) => `${n.account} ${n.rule}`)).toEqual(['XSS review_overdue']);
    // Nobody's text mentions an account they do not own.
    expect(renderDigest(digestOf('ann@example.com'), ctx('en')).text).not.toContain('XSS');
    expect(renderDigest(digestOf('bob@example.com'), ctx('en')).text).not.toContain('ACME');
  });

  test('grouped by account: one block per client, each item with its fact, next step and the row where one acts', () => {
    const r = renderDigest(digestOf('ann@example.com'), ctx('en'));
    // ACME has an overdue review, an overdue contact and an overdue plan step; OK a pause and a step due tomorrow.
    expect(blocks(r.text)).toEqual(['Acme & Sons (ACME)', 'Fine Corp (OK)']);
    expect(r.text.match(/Acme & Sons/g)).toHaveLength(1);
    const url = 'https://docs.google.com/spreadsheets/d/abc/edit';
    expect(r.text).toContain(
      [
        'Acme & Sons (ACME)',
        '- Dossier review overdue: Full review was due on 2025-05-16: 31 days overdue.',
        '  Next step: Update the dossier with the client’s latest news and record the review (menu “Record a review”).',
        `  Open Reviews, row 9: ${url}#gid=333&range=A9`,
        '- Positive contact overdue: A positive contact was due by 2025-06-11: 5 days overdue.',
      ].join('\n'),
    );
    expect(r.text).toContain(`  Open Contacts, row 12: ${url}#gid=222&range=A12`);
    expect(r.text).toContain(
      [
        '- Relationship-plan step overdue: “Free trial batch” was due on 2025-06-02: 14 days overdue.',
        '  Next step: Do it now, or set a new date or the status “Done” or “Dropped”.',
        `  Open Relationship plan, row 8: ${url}#gid=444&range=A8`,
      ].join('\n'),
    );
    expect(r.text).toContain(
      [
        'Fine Corp (OK)',
        '- Contact logged during the pause: A contact on 2025-06-15 was logged during the pause after a negative contact.',
        '  Next step: Check why the contact was needed and keep the pause until it ends.',
        `  Open Contacts, row 5: ${url}#gid=222&range=A5`,
        '- Pause after a negative contact: No personal contact until 2025-06-24 (8 days left).',
        '  Next step: Leave urgent matters to a colleague and plan how to restore the relationship after 2025-06-24.',
        // The negative contact itself, on Contacts.
        `  Open Contacts, row 6: ${url}#gid=222&range=A6`,
        '- Relationship-plan step due: “Quarterly site visit” is due on 2025-06-17. Owner: Ann Smith.',
        '  Next step: Do it by 2025-06-17, or set a new date or status in the plan.',
        `  Open Relationship plan, row 7: ${url}#gid=444&range=A7`,
      ].join('\n'),
    );
    // The subject counts accounts, not items; the body does not open by repeating it.
    expect(r.subject).toBe('Key accounts to act on: 2 (1 overdue) — Dossier "Q2"');
    expect(r.text.split('\n')[0]).toBe('Reminders from "Dossier "Q2"" for 2025-06-16.');
    // Reply-To is the supervisor, and the footer says so and why.
    expect(r.replyTo).toBe('boss@example.com');
    expect(r.text).toContain(
      'Replies to this e-mail go to boss@example.com, your supervisor for these accounts, who agrees new dates and steps with you.',
    );
  });

  test('HTML: viewport, hidden preheader, no heading repeating the subject, escaped values, the same links', () => {
    const r = renderDigest(digestOf('bob@example.com'), ctx('en'));
    expect(r.html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(r.html).toMatch(/<div style="display:none;[^"]*">&lt;img src=x onerror=alert\(1\)&gt;: Dossier review overdue/);
    expect(r.html).not.toContain('<h1');
    expect(r.html.match(/Key accounts to act on/g)).toHaveLength(1); // the <title> only
    expect(r.html).not.toContain('<img');
    expect(r.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(r.html).toContain('Dossier &quot;Q2&quot;');
    expect(r.html).toContain('href="https://docs.google.com/spreadsheets/d/abc/edit#gid=333&amp;range=A9"');
    expect(r.text).toContain('https://docs.google.com/spreadsheets/d/abc/edit#gid=333&range=A9');
    expect(r.subject).toBe('Key accounts to act on: 1 (1 overdue) — Dossier "Q2"');
  });

  test("the supervisor's digest asks for one specific action and says where replies go", () => {
    const r = renderDigest(digestOf('boss@example.com'), ctx('en'));
    expect(r.replyTo).toBeUndefined();
    expect(r.text).toContain('Your action today: speak to ann@example.com and agree the next step for each account below.');
    expect(r.html).toContain('Your action today: speak to ann@example.com');
    expect(r.text).toContain('  Next step: Ask ann@example.com for a review date this week and check that it gets recorded.');
    expect(r.text).toContain(
      '- Client over a concentration threshold: Critical dependency: 27.0 % of company revenue. KAM: ann@example.com.',
    );
    expect(r.text).toContain('  Next step: Agree with ann@example.com how to grow other clients, so that this one weighs less.');
    expect(r.text).toContain('Replies to this e-mail go to robot@example.com, whose account sends the reminders of this file.');
    expect(renderDigest(digestOf('boss@example.com'), { ...ctx('en'), sender: '' }).text).toContain(
      'Replies to this e-mail go to the account that sends the reminders of this file.',
    );
  });

  test('Russian and Lithuanian digests: subject counting accounts, dates as the language writes them', () => {
    const ru = renderDigest(digestOf('ann@example.com'), ctx('ru'));
    expect(ru.subject).toBe('Ключевые клиенты, требующие действий: 2 (с просрочкой: 1) — Dossier "Q2"');
    expect(ru.text).toContain('просрочка 31 дн.');
    expect(ru.text).toContain('16.05.2025');
    expect(ru.text).toContain('Следующий шаг: ');
    expect(ru.text).toContain('Открыть «Пересмотры», строка 9');
    expect(ru.html).toContain('<html lang="ru">');
    const lt = renderDigest(digestOf('boss@example.com'), ctx('lt'));
    expect(lt.subject).toBe('Pagrindiniai klientai, kuriems reikia veiksmų: 1 (vėluoja: 1) — Dossier "Q2"');
    expect(lt.text).toContain('Jūsų veiksmas šiandien: pasikalbėkite su ann@example.com');
    expect(lt.text).toContain('Kritinė priklausomybė: 27.0 % įmonės pajamų.');
  });

  test('a mono-client crossing asks for new clients now', () => {
    const mono = crossingNotices(
      [
        {
          account: 'BIG',
          accountName: 'Big',
          share: 0.6,
          manager: 'ann@example.com',
          supervisor: 'boss@example.com',
          link: { tab: 'rollup', row: 4 },
        },
      ],
      { key: 0.1, critical: 0.2, mono: 0.5 },
      { sent: () => false, cleared: () => false },
    ).notices;
    expect(mono.map((n) => `${n.band} w${n.round}`)).toEqual(['critical w1', 'mono w2']);
    const r = renderDigest(groupDigests(mono)[0]!, ctx('en'));
    expect(r.text).toContain('Start developing new clients with ann@example.com now: one client brings over half of the revenue.');
    expect(r.text).toContain('Open Rollup, row 4: https://docs.google.com/spreadsheets/d/abc/edit#gid=666&range=A4');
  });

  test('escaping and links are safe', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    expect(rowLink('javascript:alert(1)', 5, 9)).toBe('#gid=5&range=A9');
    expect(rowLink('https://docs.google.com/spreadsheets/d/x/edit#gid=0', 5, 9)).toBe(
      'https://docs.google.com/spreadsheets/d/x/edit#gid=5&range=A9',
    );
  });
});
