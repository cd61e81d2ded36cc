/** Every sentence of a digest, per language (texts digest.*); {placeholders} are filled with fill(). */
import type { Label, Lang, TextKey } from '../../i18n';
import { lazyLabel } from '../../i18n';
import { DUE_SOURCE_KEYS, dueOverdueRule, dueSoonRule } from '../notices/dueItems';
import type { DueRuleKey } from '../notices/dueItems';
import type { RuleKey } from '../notices/types';

/**
 * `<prefix>.<rule>` for both rules of every due source. Lazy labels: digest.* texts live in
 * Texts.html in the bundle (texts/external.ts); test/core/reminders covers every rule's words.
 */
const dueTexts = (prefix: string): Record<DueRuleKey, Label> =>
  Object.fromEntries(
    DUE_SOURCE_KEYS.flatMap((k) => [dueSoonRule(k), dueOverdueRule(k)]).map((r) => [r, lazyLabel(`${prefix}.${r}` as TextKey)]),
  ) as Record<DueRuleKey, Label>;

export const DIGEST_TEXT = {
  subjectOverdue: lazyLabel('digest.subjectOverdue'),
  subjectNone: lazyLabel('digest.subjectNone'),
  greeting: lazyLabel('digest.greeting'),
  asManager: lazyLabel('digest.asManager'),
  asSupervisor: lazyLabel('digest.asSupervisor'),
  ask: lazyLabel('digest.ask'),
  footer: lazyLabel('digest.footer'),
  step: lazyLabel('digest.step'),
  open: lazyLabel('digest.open'),
  owner: lazyLabel('digest.owner'),
  replySupervisor: lazyLabel('digest.reply.supervisor'),
  replySender: lazyLabel('digest.reply.sender'),
  replyUnknown: lazyLabel('digest.reply.unknown'),
} as const satisfies Record<string, Label>;

/** One line per rule: the fact; {due}, {days}, {manager}, {title} … are filled per item. */
export const ITEM_TEXT: Readonly<Record<RuleKey, Label>> = {
  review_due_soon: lazyLabel('digest.item.review_due_soon'),
  review_overdue: lazyLabel('digest.item.review_overdue'),
  review_missing: lazyLabel('digest.item.review_missing'),
  // The overdue line plus who the manager is.
  review_escalation: lazyLabel('digest.item.review_escalation'),
  manager_unusable: lazyLabel('digest.item.manager_unusable'),
  positive_contact_overdue: lazyLabel('digest.item.positive_contact_overdue'),
  negative_pause: lazyLabel('digest.item.negative_pause'),
  pause_breach: lazyLabel('digest.item.pause_breach'),
  share_crossing: lazyLabel('digest.item.share_crossing'),
  review_recorded: lazyLabel('digest.item.review_recorded'),
  ...dueTexts('digest.item'),
};

/** What to do about it: one concrete action per rule, same placeholders as ITEM_TEXT. */
export const NEXT_STEP: Readonly<Record<RuleKey, Label>> = {
  review_due_soon: lazyLabel('digest.step.review_due_soon'),
  review_overdue: lazyLabel('digest.step.review_overdue'),
  review_missing: lazyLabel('digest.step.review_missing'),
  review_escalation: lazyLabel('digest.step.review_escalation'),
  manager_unusable: lazyLabel('digest.step.manager_unusable'),
  positive_contact_overdue: lazyLabel('digest.step.positive_contact_overdue'),
  negative_pause: lazyLabel('digest.step.negative_pause'),
  pause_breach: lazyLabel('digest.step.pause_breach'),
  share_crossing: lazyLabel('digest.step.share_crossing'),
  review_recorded: lazyLabel('digest.step.review_recorded'),
  ...dueTexts('digest.step'),
};
/** A client over half of revenue calls for more than a lighter weight: new clients now (DOMAIN.md). */
export const NEXT_STEP_MONO: Label = lazyLabel('digest.step.share_crossing_mono');

/** Variants for items without a date or due today. */
export const ITEM_TEXT_NEVER: Partial<Record<RuleKey, Label>> = {
  positive_contact_overdue: lazyLabel('digest.itemNever.positive_contact_overdue'),
};
export const DUE_TODAY: Label = lazyLabel('digest.dueToday');

/** 2025-03-07 as the language writes it. */
export function formatCivil(d: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  if (!m) return d;
  return lang === 'ru' ? `${m[3]}.${m[2]}.${m[1]}` : d;
}
