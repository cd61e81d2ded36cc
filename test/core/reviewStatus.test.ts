/**
 * The review-status rule (src/core/reviewStatus.ts) on the accounts and dates of the end-to-end agreement test
 * (test/app/reviewStatus.test.ts), which runs two of these dates through the sheet, Dossier view, brief and daily
 * run: every date's answers are pinned here, at the edges (due today, overdue by one day, a clamped month end,
 * a Reviews row later than the Accounts date and the reverse, two Reviews rows on one day).
 */
import { reviewStatus } from '../../src/core/reviewStatus';

// [account, Accounts "last review", Reviews dates], the review interval being 3 months.
const ACCOUNTS: readonly [string, string | null, string[]][] = [
  ['DUE0', '2025-01-10', ['2025-03-16']],
  ['LATE1', '2025-03-15', []],
  ['REVONLY', null, ['2025-02-01', '2025-03-31']],
  ['CLAMP', '2024-11-30', ['2024-11-29']],
  ['TYPED', '2025-06-16', ['2025-05-01']],
  ['TWIN', '2025-02-01', ['2025-04-01', '2025-04-01']],
];

const statusOn = (today: string) =>
  Object.fromEntries(
    ACCOUNTS.map(([id, last, reviews]) => {
      const s = reviewStatus(last, reviews, 3, today);
      return [id, `${s.lastReview} ${s.reviewDue} ${s.overdueDays}`];
    }),
  );

describe('review status', () => {
  test.each([
    [
      '2025-06-16',
      {
        DUE0: '2025-03-16 2025-06-16 0',
        LATE1: '2025-03-15 2025-06-15 1',
        REVONLY: '2025-03-31 2025-06-30 -14',
        CLAMP: '2024-11-30 2025-02-28 108',
        TYPED: '2025-06-16 2025-09-16 -92',
        TWIN: '2025-04-01 2025-07-01 -15',
      },
    ],
    [
      '2025-06-17',
      {
        DUE0: '2025-03-16 2025-06-16 1',
        LATE1: '2025-03-15 2025-06-15 2',
        REVONLY: '2025-03-31 2025-06-30 -13',
        CLAMP: '2024-11-30 2025-02-28 109',
        TYPED: '2025-06-16 2025-09-16 -91',
        TWIN: '2025-04-01 2025-07-01 -14',
      },
    ],
    [
      '2025-07-01',
      {
        DUE0: '2025-03-16 2025-06-16 15',
        LATE1: '2025-03-15 2025-06-15 16',
        REVONLY: '2025-03-31 2025-06-30 1',
        CLAMP: '2024-11-30 2025-02-28 123',
        TYPED: '2025-06-16 2025-09-16 -77',
        TWIN: '2025-04-01 2025-07-01 0',
      },
    ],
  ])('on %s: the later of Accounts and Reviews, plus the interval clamped to the month end', (today, want) => {
    expect(statusOn(today)).toEqual(want);
  });

  test('a date after today is a typo, never a review: the earlier one counts, or none', () => {
    expect(reviewStatus('2025-07-01', ['2025-03-01'], 3, '2025-06-16')).toEqual({
      lastReview: '2025-03-01',
      reviewDue: '2025-06-01',
      overdueDays: 15,
    });
    expect(reviewStatus(null, ['2025-06-17'], 3, '2025-06-16')).toEqual({ lastReview: null, reviewDue: null, overdueDays: null });
  });
});
