/** Every sentence of a digest, per language (texts digest.*); {placeholders} are filled with fill(). */
import type { Label, Lang } from '../../i18n';
import { label } from '../../i18n';
import type { RuleKey } from '../notices/types';

export const DIGEST_TEXT = {
  subjectOverdue: label('digest.subjectOverdue'),
  subjectNone: label('digest.subjectNone'),
  greeting: label('digest.greeting'),
  asManager: label('digest.asManager'),
  asSupervisor: label('digest.asSupervisor'),
  footer: label('digest.footer'),
} as const satisfies Record<string, Label>;

/** One line per rule; {due}, {days}, {manager} are filled per item. */
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
  commitment_due: label('digest.item.commitment_due'),
  commitment_overdue: label('digest.item.commitment_overdue'),
};

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
