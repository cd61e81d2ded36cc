/** The one account-id match (src/core/accounts.ts) that validation, reminders and the brief share. */
import { accountKey, sameAccount } from '../../src/core/accounts';

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
