/** After a negative contact, personal contact pauses for N days (Settings). */
import { insidePause } from '../reviewStatus';
import type { Issue } from '../parse/issue';
import type { RuleInput } from './context';
import { byAccount, issueAt, openAccounts, str } from './context';

export function contactsInPause(input: RuleInput): Issue[] {
  const pause = input.settings.negative_pause_days;
  if (pause <= 0 || !input.tabs.contacts) return [];
  const open = openAccounts(input);
  const out: Issue[] = [];
  for (const [key, rows] of byAccount(input.tabs.contacts)) {
    if (input.tabs.accounts && !open.has(key)) continue;
    const negatives = rows
      .filter((r) => str(r, 'outcome') === 'negative')
      .map((r) => str(r, 'date'))
      .filter((d): d is string => d !== null);
    for (const r of rows) {
      const d = str(r, 'date');
      if (d === null) continue;
      const hit = negatives.filter((n) => insidePause(n, d, pause));
      if (hit.length)
        out.push(
          issueAt('warning', 'contactInPause', 'contacts', r, 'date', { negative: hit.reduce((a, b) => (a > b ? a : b)), days: pause }),
        );
    }
  }
  return out;
}
