/** One rule in one place: the account-id match (src/core/accounts.ts) and the negative-contact pause (src/core/reviewStatus.ts). */
import { accountKey, sameAccount } from '../../src/core/accounts';
import { addDays } from '../../src/core/civilDate';
import { insidePause, runningPauseEnd } from '../../src/core/reviewStatus';

describe('account ids', () => {
  test('case, surrounding and repeated spaces and ё/е do not matter; empty and non-text cells name no account', () => {
    expect(sameAccount(' acme  corp', 'ACME Corp')).toBe(true);
    expect(sameAccount('Ёлка', 'елка')).toBe(true);
    expect(sameAccount('ACME', 'ACME-2')).toBe(false);
    expect(sameAccount('', '')).toBe(false);
    expect(accountKey(42)).toBeNull();
    expect(accountKey('   ')).toBeNull();
  });
});

describe('the pause after a negative contact (core/reviewStatus.ts, shared by validation, reminders and the brief)', () => {
  test('a contact 1 to N-1 days after a negative one is inside an N-day pause; the same day, day N and a 0-day pause are not', () => {
    expect([0, 1, 13, 14].map((d) => insidePause('2025-06-01', addDays('2025-06-01', d), 14))).toEqual([false, true, true, false]);
    expect(insidePause('2025-06-01', '2025-06-02', 0)).toBe(false);
    expect(runningPauseEnd('2025-06-01', 14, '2025-06-14')).toBe('2025-06-15');
    expect(runningPauseEnd('2025-06-01', 14, '2025-06-15')).toBeNull();
    expect(runningPauseEnd(null, 14, '2025-06-02')).toBeNull();
  });
});
