/**
 * Reviews that show what changed, through the built bundle: record a review,
 * change the dossier, and the brief, the review sidebar (in Chromium) and the
 * supervisor's digest list exactly those changes; snapshots stay within
 * Sheets' cell limits; reviews without a snapshot still work.
 */
import { withPage } from '../../browser';
import { ensureBundle } from '../../bundle';
import { dailyTrigger } from '../reminders/reminders.helpers';
import { add, at9, dossier, openPage, rowsOf, setCell } from './review.helpers';
import type { Runtime } from '../../runtime';
import { text } from '../../../src/core/i18n';
import type { Lang } from '../../../src/core/i18n';

beforeAll(ensureBundle);

const FIRST = '2025-03-10';
const SECOND = '2025-06-16';

interface Since {
  since: string | null;
  noSnapshot: boolean;
  lines: string[];
}
const briefSince = (rt: Runtime): Since => (rt.run('kadBriefData', ['ACME']) as { sinceReview: Since }).sinceReview;

/** The four edits of the issue: a new person, an attitude change, a new competitor, revenue across a band. */
function change(rt: Runtime): void {
  add(rt, 'decisionGroup', [{ account: 'ACME', person: 'Petr Novak', role: 'technical', attitude: 'neutral', influence: 'medium' }]);
  setCell(rt, 'decisionGroup', 'person', 'Ivan Sidorov', 'attitude', 'Positive');
  add(rt, 'competitors', [{ account: 'ACME', competitor: 'Status quo', kind: 'inertia', threat: 'medium' }]);
  setCell(rt, 'accounts', 'account_id', 'ACME', 'annual_revenue', 250000);
}

const EXPECTED = [
  'Accounts: Annual revenue from client up from 150,000 to 250,000',
  'Accounts: Revenue share up from 15 % to 25 %',
  'Accounts: Concentration risk rose from Key to Critical dependency',
  'Decision group: Ivan Sidorov · Attitude to us: Negative → Positive',
  'Decision group: Petr Novak added',
  'Competitors: Status quo added',
];

describe('record a review, change the dossier, record another', () => {
  let rt: Runtime;
  beforeAll(() => {
    rt = dossier(FIRST);
  });

  test('the first review is saved with its snapshot; nothing to compare with yet', () => {
    const saved = rt.run('kadRecordReview', [
      { account: 'ACME', date: FIRST, reviewer: 'kam@example.com', summary: 'Baseline', nextSteps: 'Visit the plant' },
    ]) as Since & { row: number; message: string };
    expect(saved.since).toBeNull();
    expect(saved.row).toBe(3);
    expect(saved.message).toBe('Review of 2025-03-10 saved on row 3 of the Reviews tab, with a snapshot of the dossier.');
    expect(rowsOf(rt, 'reviews')).toMatchObject([
      { account: 'ACME', reviewer: 'kam@example.com', summary: 'Baseline', next_steps: 'Visit the plant' },
    ]);
    const snaps = rowsOf(rt, 'snapshots');
    expect(snaps).toHaveLength(1);
    expect(snaps[0]).toMatchObject({ account: 'ACME', review_date: FIRST, chunk_2: '' });
    expect(String(snaps[0]!['chunk_1'])).toMatch(/^KAD-SNAPSHOT v1 1\/1 /);
    // Right after the review the brief has nothing new to say.
    expect(briefSince(rt)).toEqual({ since: FIRST, noSnapshot: false, lines: [], diff: null });
  });

  test('after the edits the brief lists exactly those changes', () => {
    rt.clock.set(new Date(at9(SECOND)));
    change(rt);
    expect(briefSince(rt)).toMatchObject({ since: FIRST, noSnapshot: false, lines: EXPECTED });
  });

  test('the brief sidebar in Chromium shows them under "Since the review of 2025-03-10"', async () => {
    rt.run('kadShowBrief');
    const html = rt.ui.sidebars.at(-1)!.html;
    const seen = await withPage(async (page) => {
      await openPage(page, rt, html);
      await page.waitForSelector('h2.since');
      return (await page.evaluate(`(function () {
        var h = document.querySelector('h2.since');
        return [h.textContent, Array.prototype.slice.call(h.nextElementSibling.children).map(function (li) { return li.textContent; })];
      })()`)) as [string, string[]];
    });
    expect(seen).toEqual(['Since the review of 2025-03-10', EXPECTED]);
  });

  test('the review sidebar in Chromium shows the changes before saving, then saves', async () => {
    rt.run('kadShowReview', ['ACME']);
    const bar = rt.ui.sidebars.at(-1)!;
    expect(bar.title).toBe('Record a review');
    const calls: string[] = [];
    const seen = await withPage(async (page) => {
      await openPage(page, rt, bar.html, calls);
      await page.waitForSelector('#changes li');
      const before = (await page.evaluate(`(function () {
        return {
          heading: document.querySelector('#changes h2').textContent,
          lines: Array.prototype.slice.call(document.querySelectorAll('#changes li')).map(function (li) { return li.textContent; }),
          account: document.getElementById('account').value,
          date: document.getElementById('date').value,
          reviewer: document.getElementById('reviewer').value,
        };
      })()`)) as Record<string, unknown>;
      // Nothing is saved by looking.
      expect(rowsOf(rt, 'reviews')).toHaveLength(1);
      await page.fill('#summary', 'Share up to 25 %: critical dependency');
      await page.fill('#nextSteps', 'Develop two new clients');
      await page.click('#save');
      await page.waitForFunction(`document.getElementById('status').textContent.indexOf('saved') >= 0`);
      const status = (await page.evaluate(`document.getElementById('status').textContent`)) as string;
      return { before, status };
    });
    expect(seen.before).toEqual({
      heading: 'What changed since the review of 2025-03-10',
      lines: EXPECTED,
      account: 'ACME',
      date: SECOND,
      reviewer: 'kam@example.com',
    });
    expect(seen.status).toBe('Review of 2025-06-16 saved on row 4 of the Reviews tab, with a snapshot of the dossier.');
    expect(calls).toEqual(['kadReviewPreview', 'kadRecordReview']);
    expect(rowsOf(rt, 'reviews')[1]).toMatchObject({
      account: 'ACME',
      reviewer: 'kam@example.com',
      summary: 'Share up to 25 %: critical dependency',
      next_steps: 'Develop two new clients',
    });
    expect(rowsOf(rt, 'snapshots')).toHaveLength(2);
    // The brief now compares with the new review: nothing changed since.
    expect(briefSince(rt)).toMatchObject({ since: SECOND, lines: [] });
  });

  test('the supervisor gets one digest item about the review, with the changes, once', () => {
    rt.run('kadRemindersOn');
    rt.fireTimeTrigger(dailyTrigger(rt));
    const toBoss = rt.mail.outbox.filter((m) => m.to.includes('boss@example.com'));
    expect(toBoss).toHaveLength(1);
    const body = toBoss[0]!.body;
    expect(body.match(/Dossier review recorded/g)).toHaveLength(1);
    expect(body).toContain('\nAcme Steel (ACME)\n');
    expect(body).toContain('- Dossier review recorded: Reviewed on 2025-06-16 by kam@example.com.');
    // The link goes to the review's own row (row 4 of Reviews), where its summary and agreed steps are.
    expect(body).toMatch(/Next step: Read what changed and give kam@example\.com your feedback this week\.\n {2}Open Reviews, row 4: /);
    expect(body).toContain('What changed since the review of 2025-03-10 (6):');
    for (const line of EXPECTED) expect(body).toContain(`• ${line}`);
    expect(toBoss[0]!.htmlBody).toContain('Decision group: Ivan Sidorov · Attitude to us: Negative → Positive');
    // The KAM's own digest says nothing about it.
    expect(
      rt.mail.outbox
        .filter((m) => m.to.includes('kam@example.com'))
        .map((m) => m.body)
        .join(''),
    ).not.toContain('review recorded');
    // Next day: the item is not sent again.
    rt.clock.set(new Date(at9('2025-06-17')));
    rt.fireTimeTrigger(dailyTrigger(rt));
    expect(rt.mail.outbox.filter((m) => m.to.includes('boss@example.com'))).toHaveLength(1);
  });
});

describe('a big account', () => {
  test('50 people, 20 competitors and 200 contacts: the snapshot stays within Sheets cell limits and reads back', () => {
    const rt = dossier(SECOND);
    const long = (n: number, seed: string): string => `${seed} `.repeat(Math.ceil(n / (seed.length + 1))).slice(0, n);
    add(rt, 'general', [
      { account: 'ACME', description: long(20000, 'Steel maker with three plants'), history: long(20000, 'Founded 1952'), headcount: 5200 },
    ]);
    add(
      rt,
      'decisionGroup',
      Array.from({ length: 48 }, (_, i) => ({
        account: 'ACME',
        person: `Person ${i} ${long(60, 'Konstantinopolskaya')}`,
        position: long(90, `Head of department ${i}`),
        role: 'user',
        attitude: 'neutral',
        influence: 'low',
        contact: `person${i}@acme.example.com`,
      })),
    );
    add(
      rt,
      'competitors',
      Array.from({ length: 19 }, (_, i) => ({
        account: 'ACME',
        competitor: `Competitor ${i} ${long(60, 'Metallurgical Holding')}`,
        kind: 'direct',
        strengths: long(3000, 'Cheaper and closer'),
        weaknesses: long(3000, 'Slow deliveries'),
        threat: 'medium',
      })),
    );
    add(
      rt,
      'contacts',
      Array.from({ length: 200 }, (_, i) => ({
        account: 'ACME',
        date: `2025-0${1 + (i % 5)}-${String(1 + (i % 28)).padStart(2, '0')}`,
        person: `Person ${i % 48} ${long(60, 'Konstantinopolskaya')}`,
        channel: 'meeting',
        outcome: ['positive', 'neutral', 'negative'][i % 3] ?? '',
        summary: long(800, 'Discussed the annual contract'),
        next_step: long(300, 'Send the offer'),
      })),
    );
    const m = rt.counter.measure(() =>
      rt.run('kadRecordReview', [{ account: 'ACME', date: SECOND, reviewer: 'kam@example.com', summary: 'Big one' }]),
    );
    // One write for the Reviews row, one for the snapshot row, whatever the dossier's size.
    expect(m.calls['Range.setValues']).toBe(2);
    const snaps = rowsOf(rt, 'snapshots');
    expect(snaps).toHaveLength(1);
    const cells = ['chunk_1', 'chunk_2', 'chunk_3', 'chunk_4'].map((k) => String(snaps[0]![k]));
    // Sheets holds at most 50,000 characters in a cell (CELL_LIMIT in core/review/codec.ts, with its source).
    for (const c of cells) expect(c.length).toBeLessThanOrEqual(50000);
    expect(cells[0]).toMatch(/^KAD-SNAPSHOT v1 1\/\d /);
    // It reads back: the brief compares with it and finds nothing changed.
    expect(briefSince(rt)).toMatchObject({ since: SECOND, noSnapshot: false, lines: [] });
  });
});

describe('reviews typed by hand', () => {
  test('without a snapshot they say so; Validate stores one for a recent row, never for an old one', async () => {
    const rt = dossier(SECOND);
    add(rt, 'reviews', [{ account: 'ACME', date: '2025-05-01', reviewer: 'kam@example.com', summary: 'Typed long ago' }]);
    expect(briefSince(rt)).toEqual({ since: '2025-05-01', noSnapshot: true, lines: [], diff: null });
    rt.run('kadValidate');
    // Too old to be captured: a snapshot of today's dossier would not be what the reviewer saw.
    expect(rowsOf(rt, 'snapshots')).toHaveLength(0);
    rt.run('kadShowBrief');
    const text = await withPage(async (page) => {
      await openPage(page, rt, rt.ui.sidebars.at(-1)!.html);
      await page.waitForSelector('h2.since');
      return (await page.evaluate(`document.querySelector('h2.since').nextElementSibling.textContent`)) as string;
    });
    expect(text).toBe('No snapshot for this review: what changed since then cannot be shown.');
    const preview = rt.run('kadReviewPreview', ['ACME', SECOND]) as { since: string; noSnapshot: boolean };
    expect(preview).toMatchObject({ since: '2025-05-01', noSnapshot: true });

    add(rt, 'reviews', [{ account: 'ACME', date: SECOND, reviewer: 'boss@example.com', summary: 'Typed today' }]);
    expect(briefSince(rt)).toMatchObject({ since: SECOND, noSnapshot: true });
    rt.run('kadValidate');
    expect(rowsOf(rt, 'snapshots')).toMatchObject([{ account: 'ACME', review_date: SECOND }]);
    expect(briefSince(rt)).toMatchObject({ since: SECOND, noSnapshot: false, lines: [] });
    // A second Validate stores nothing more.
    rt.run('kadValidate');
    expect(rowsOf(rt, 'snapshots')).toHaveLength(1);
  });
});

describe.each([
  ['ru_RU', 'ru'],
  ['lt_LT', 'lt'],
] as const)('in a %s sheet', (locale, lang: Lang) => {
  test('the brief and the review sidebar word the changes in the sheet’s language', () => {
    const rt = dossier(FIRST, locale);
    rt.run('kadRecordReview', [{ account: 'ACME', date: FIRST, reviewer: 'kam@example.com' }]);
    rt.clock.set(new Date(at9(SECOND)));
    setCell(rt, 'decisionGroup', 'person', 'Ivan Sidorov', 'attitude', 'Positive');
    const expected = [
      text(lang, 'review.line.changed', {
        part: text(lang, 'tab.decisionGroup'),
        item: 'Ivan Sidorov · ',
        field: text(lang, 'col.decisionGroup.attitude'),
        before: text(lang, 'option.attitude.negative'),
        after: text(lang, 'option.attitude.positive'),
      }),
    ];
    expect(briefSince(rt)).toMatchObject({ since: FIRST, lines: expected });
    expect(rt.run('kadReviewPreview', ['ACME', ''])).toMatchObject({ since: FIRST, lines: expected });
    rt.run('kadShowReview', ['ACME']);
    expect(rt.ui.sidebars.at(-1)!.title).toBe(text(lang, 'menu.review'));
    expect(rt.ui.sidebars.at(-1)!.html).toContain(JSON.stringify(text(lang, 'review.save')).slice(1, -1));
  });
});
