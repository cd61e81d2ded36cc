/** Every sentence of a digest, per language (texts digest.*); {placeholders} are filled with fill(). */
import type { Label, Lang } from '../../i18n';
import { label, labelOf } from '../../i18n';
import { DUE_SOURCE_KEYS, dueOverdueRule, dueSoonRule } from '../notices/dueItems';
import type { DueRuleKey } from '../notices/dueItems';
import type { RuleKey } from '../notices/types';

/** `<prefix>.<rule>` for both rules of every due source (a missing text fails when the module loads). */
const dueTexts = (prefix: string): Record<DueRuleKey, Label> =>
  Object.fromEntries(
    DUE_SOURCE_KEYS.flatMap((k) => [dueSoonRule(k), dueOverdueRule(k)]).map((r) => [r, labelOf(`${prefix}.${r}`)]),
  ) as Record<DueRuleKey, Label>;

export const DIGEST_TEXT = {
  subjectOverdue: label('digest.subjectOverdue'),
  subjectNone: label('digest.subjectNone'),
  greeting: label('digest.greeting'),
  asManager: label('digest.asManager'),
  asSupervisor: label('digest.asSupervisor'),
  ask: label('digest.ask'),
  footer: label('digest.footer'),
  step: label('digest.step'),
  open: label('digest.open'),
  owner: label('digest.owner'),
  replySupervisor: label('digest.reply.supervisor'),
  replySender: label('digest.reply.sender'),
  replyUnknown: label('digest.reply.unknown'),
} as const satisfies Record<string, Label>;

/** One line per rule: the fact; {due}, {days}, {manager}, {title} … are filled per item. */
export const ITEM_TEXT: Readonly<Record<RuleKey, Label>> = {
  review_due_soon: label('digest.item.review_due_soon'),
  review_overdue: label('digest.item.review_overdue'),
  review_missing: label('digest.item.review_missing'),
  // The overdue line plus who the manager is.
  review_escalation: label('digest.item.review_escalation'),
  manager_unusable: label('digest.item.manager_unusable'),
  positive_contact_overdue: label('digest.item.positive_contact_overdue'),
  negative_pause: label('digest.item.negative_pause'),
  pause_breach: label('digest.item.pause_breach'),
  share_crossing: label('digest.item.share_crossing'),
  review_recorded: label('digest.item.review_recorded'),
  ...dueTexts('digest.item'),
};

/** What to do about it: one concrete action per rule, same placeholders as ITEM_TEXT. */
export const NEXT_STEP: Readonly<Record<RuleKey, Label>> = {
  review_due_soon: label('digest.step.review_due_soon'),
  review_overdue: label('digest.step.review_overdue'),
  review_missing: label('digest.step.review_missing'),
  review_escalation: label('digest.step.review_escalation'),
  manager_unusable: label('digest.step.manager_unusable'),
  positive_contact_overdue: label('digest.step.positive_contact_overdue'),
  negative_pause: label('digest.step.negative_pause'),
  pause_breach: label('digest.step.pause_breach'),
  share_crossing: label('digest.step.share_crossing'),
  review_recorded: label('digest.step.review_recorded'),
  ...dueTexts('digest.step'),
};
/** A client over half of revenue calls for more than a lighter weight: new clients now (DOMAIN.md). */
export const NEXT_STEP_MONO: Label = label('digest.step.share_crossing_mono');

/** Variants for items without a date or due today. */
export const ITEM_TEXT_NEVER: Partial<Record<RuleKey, Label>> = {
  positive_contact_overdue: label('digest.itemNever.positive_contact_overdue'),
};
export const DUE_TODAY: Label = label('digest.dueToday');

/** 2025-03-07 as the language writes it. */
export function formatCivil(d: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  if (!m) return d;
  return lang === 'ru' ? `${m[3]}.${m[2]}.${m[1]}` : d;
}
