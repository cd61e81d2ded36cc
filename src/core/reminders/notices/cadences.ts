/**
 * The cadence rules (../shared/DOMAIN.md "Cadences") as data: who hears of
 * each, whether it counts as overdue in a subject line, and whether it is
 * repeated while it stays open.
 */
import type { Label, TextKey } from '../../i18n';
import { lazyLabel } from '../../i18n';
import { DUE_SOURCE_KEYS, dueOverdueRule, dueSoonRule } from './dueItems';
import type { Role, RuleKey } from './types';

/** The rules of every due source (dueItems.ts), named rule.<key> in the catalogues (external texts: lazy labels). */
const dueRules = (rule: typeof dueSoonRule, overdue: boolean): RuleSpec[] =>
  DUE_SOURCE_KEYS.map((k) => ({
    key: rule(k),
    role: 'manager',
    overdue,
    repeats: overdue,
    label: lazyLabel(`rule.${rule(k)}` as TextKey),
  }));

export interface RuleSpec {
  readonly key: RuleKey;
  readonly role: Role;
  /** Counted in the subject's "N overdue". */
  readonly overdue: boolean;
  /** Re-sent every REPEAT_DAYS while still open (see noticeKey.ts). */
  readonly repeats: boolean;
  readonly label: Label;
}

export const RULES: readonly RuleSpec[] = [
  {
    key: 'review_escalation',
    role: 'supervisor',
    overdue: true,
    repeats: true,
    label: lazyLabel('rule.review_escalation'),
  },
  {
    key: 'share_crossing',
    role: 'supervisor',
    overdue: false,
    repeats: false,
    label: lazyLabel('rule.share_crossing'),
  },
  {
    key: 'manager_unusable',
    role: 'supervisor',
    overdue: false,
    repeats: false,
    label: lazyLabel('rule.manager_unusable'),
  },
  {
    key: 'review_overdue',
    role: 'manager',
    overdue: true,
    repeats: true,
    label: lazyLabel('rule.review_overdue'),
  },
  {
    key: 'review_missing',
    role: 'manager',
    overdue: true,
    repeats: true,
    label: lazyLabel('rule.review_missing'),
  },
  {
    key: 'positive_contact_overdue',
    role: 'manager',
    overdue: true,
    repeats: true,
    label: lazyLabel('rule.positive_contact_overdue'),
  },
  ...dueRules(dueOverdueRule, true),
  {
    key: 'pause_breach',
    role: 'manager',
    overdue: false,
    repeats: false,
    label: lazyLabel('rule.pause_breach'),
  },
  {
    key: 'negative_pause',
    role: 'manager',
    overdue: false,
    repeats: false,
    label: lazyLabel('rule.negative_pause'),
  },
  {
    key: 'review_recorded',
    role: 'supervisor',
    overdue: false,
    repeats: false,
    label: lazyLabel('rule.review_recorded'),
  },
  {
    key: 'review_due_soon',
    role: 'manager',
    overdue: false,
    repeats: false,
    label: lazyLabel('rule.review_due_soon'),
  },
  ...dueRules(dueSoonRule, false),
];

export function ruleSpec(key: RuleKey): RuleSpec {
  const r = RULES.find((x) => x.key === key);
  if (!r) throw new Error(`Unknown rule ${key}`);
  return r;
}

/** Position in RULES: digests list the most urgent rules first. */
export function ruleOrder(key: RuleKey): number {
  return RULES.findIndex((x) => x.key === key);
}
