/** A review diff worded for a reader: part, column and option names from the schema in the reader's language. */
import { diffSnapshots } from '../../../src/core/review/diff';
import type { LineTemplates } from '../../../src/core/review/render';
import { renderDiff, schemaWording } from '../../../src/core/review/render';
import type { Snapshot } from '../../../src/core/review/snapshot';
import { takeSnapshot } from '../../../src/core/review/snapshot';
import type { Dossier } from './review.fixture';
import { ACCOUNT, accountRow, FIRST_REVIEW, input, SECOND_REVIEW } from './review.fixture';

const LINES: LineTemplates = {
  added: '{part}: {item} added',
  removed: '{part}: {item} removed',
  changed: '{part}: {item} {field} {before} → {after}',
  textChanged: '{part}: {field} rewritten',
  increased: '{field} up: {before} → {after}',
  decreased: '{field} down: {before} → {after}',
  bandUp: '{field} rose: {before} → {after}',
  bandDown: '{field} fell: {before} → {after}',
  slipped: '{part}: {item} overdue since {after}',
  contact: 'Contact with {item}: {after}',
  contactsOmitted: 'and {count} earlier contacts',
  incomplete: '{part}: too long to compare in full',
};

const dossier = (over: Partial<Dossier> = {}): Dossier => ({
  accounts: [accountRow()],
  general: [],
  ourView: [],
  decisionGroup: [{ account: ACCOUNT, person: 'Ivan Petrov', role: 'User', attitude: 'Negative', influence: 'Medium' }],
  competitors: [],
  contacts: [],
  plan: [],
  ...over,
});

test('each change becomes one line in the reader’s language', () => {
  const before = takeSnapshot(input(dossier(), FIRST_REVIEW, null));
  const after = takeSnapshot(
    input(
      dossier({
        accounts: [accountRow({ revenue_share: 0.23, risk_band: 'Critical dependency' })],
        decisionGroup: [{ account: ACCOUNT, person: 'Ivan Petrov', role: 'User', attitude: 'Positive', influence: 'Medium' }],
        competitors: [{ account: ACCOUNT, competitor: 'Status quo', kind: 'Client inertia', threat: 'High' }],
        contacts: [{ account: ACCOUNT, date: '2026-09-10', person: 'Ivan Petrov', channel: 'Call', outcome: 'Positive' }],
      }),
      SECOND_REVIEW,
      FIRST_REVIEW,
    ),
  );
  const diff = diffSnapshots(before, after);
  expect(renderDiff(diff, schemaWording('en', LINES))).toEqual([
    'Revenue share up: 18 % → 23 %',
    'Concentration risk rose: Key → Critical dependency',
    'Decision group: Ivan Petrov Attitude to us Negative → Positive',
    'Competitors: Status quo added',
    'Contact with Ivan Petrov: Positive',
  ]);
  expect(renderDiff(diff, schemaWording('ru', LINES))).toEqual([
    'Доля выручки up: 18 % → 23 %',
    'Риск концентрации rose: Ключевой → Критическая зависимость',
    'Группа решения: Ivan Petrov Отношение к нам Негативное → Позитивное',
    'Конкуренты: Status quo added',
    'Contact with Ivan Petrov: Позитивный',
  ]);
});

test('counted contacts and cut lists are said, not hidden', () => {
  const before = takeSnapshot(input(dossier(), FIRST_REVIEW, null));
  const after: Snapshot = {
    ...before,
    date: SECOND_REVIEW,
    since: FIRST_REVIEW,
    omitted: { ...before.omitted, contacts: 7, decisionGroup: 3 },
  };
  expect(renderDiff(diffSnapshots(before, after), schemaWording('en', LINES))).toEqual([
    'and 7 earlier contacts',
    'Decision group: too long to compare in full',
  ]);
});
