/** Typed column keys: ColumnKey<tab> comes from the declarative schema (src/core/schema/tabs.ts), no list typed twice. */
import type { ColumnKey } from '../../../src/core/schema/tabs';
import { tabSpec } from '../../../src/core/schema/tabs';

describe('typed column keys', () => {
  test('ColumnKey<tab> lists the tab’s columns; a typo or another tab’s key fails typecheck (npm run typecheck)', () => {
    const ok: ColumnKey<'accounts'>[] = ['account_id', 'risk_band', 'next_review_due'];
    // @ts-expect-error 'acount_id' is not a column of Accounts
    const typo: ColumnKey<'accounts'> = 'acount_id';
    // @ts-expect-error Contacts names its account in 'account', not 'account_id'
    const wrongTab: ColumnKey<'contacts'> = 'account_id';
    const keys = (t: 'accounts' | 'contacts') => new Set<string>(tabSpec(t).columns.map((c) => c.key));
    expect(ok.every((k) => keys('accounts').has(k))).toBe(true);
    expect([keys('accounts').has(typo), keys('contacts').has(wrongTab)]).toEqual([false, false]);
  });
});
