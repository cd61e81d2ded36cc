/**
 * A located problem: which tab, sheet row and column, the value as the user
 * sees it, and a code whose words (en/ru) live in ../messages.ts. Parsers
 * and rules produce these; the app layer renders and writes them.
 */
import type { Label } from '../i18n';
import type { TabKey } from '../schema/types';
import type { CellProblem } from './coerce';

export type Severity = 'error' | 'warning';

export type RuleCode =
  | 'futureDate'
  | 'reviewOrder'
  | 'opportunityOverBudget'
  | 'opportunityShrinks'
  | 'unknownAccount'
  | 'duplicate'
  | 'managerOverLimit'
  | 'noDecisionMaker'
  | 'opponentUncovered'
  | 'onlyGatekeeper'
  | 'singleThreaded'
  | 'noIndirectCompetitor'
  | 'contactInPause'
  | 'attitudeStale'
  | 'lowShareRevenue'
  | 'prospectNoBudget'
  | 'noSponsor'
  | 'negativeDecider'
  | 'contactsTooOften'
  | 'competitorStale'
  | 'methodNotOfApproach'
  | 'missingColumn'
  | 'reminderInQuietHours';

export type IssueCode = CellProblem | RuleCode;

/** Message parameters; a Label is shown in the reader's language. */
export type IssueParams = Readonly<Record<string, string | number | Label>>;

export interface Issue {
  readonly severity: Severity;
  readonly code: IssueCode;
  readonly tab: TabKey;
  /** 1-based sheet row. */
  readonly row: number;
  /** Column key from the tab's schema. */
  readonly column: string;
  /** The cell's value as shown to the user ('' for empty). */
  readonly value: string;
  readonly params: IssueParams;
}

const MAX_SHOWN = 60;

/** How a raw or parsed value is quoted in a message: short, one line, never a live formula. */
export function showValue(v: unknown, civilOf?: (d: Date) => string): string {
  if (v === null || v === undefined || v === '') return '';
  if (v instanceof Date) return isNaN(v.getTime()) ? 'Invalid Date' : civilOf ? civilOf(v) : v.toISOString();
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  const s = String(v).replace(/\s+/g, ' ').trim();
  return s.length > MAX_SHOWN ? `${s.slice(0, MAX_SHOWN - 1)}…` : s;
}
