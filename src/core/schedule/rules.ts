/**
 * The cadence rules (../shared/DOMAIN.md "Cadences") as data: who hears of
 * each, whether it counts as overdue in a subject line, and whether it is
 * repeated while it stays open.
 */
import type { Label } from '../i18n';
import type { Role, RuleKey } from './types';

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
    label: { en: 'Escalation: dossier review overdue', ru: 'Эскалация: пересмотр досье просрочен' },
  },
  {
    key: 'manager_unusable',
    role: 'supervisor',
    overdue: false,
    repeats: false,
    label: { en: 'Manager address unusable', ru: 'Адрес менеджера непригоден' },
  },
  {
    key: 'review_overdue',
    role: 'manager',
    overdue: true,
    repeats: true,
    label: { en: 'Dossier review overdue', ru: 'Пересмотр досье просрочен' },
  },
  {
    key: 'review_missing',
    role: 'manager',
    overdue: true,
    repeats: true,
    label: { en: 'Dossier never reviewed', ru: 'Досье ни разу не пересматривалось' },
  },
  {
    key: 'positive_contact_overdue',
    role: 'manager',
    overdue: true,
    repeats: true,
    label: { en: 'Positive contact overdue', ru: 'Давно не было позитивного контакта' },
  },
  {
    key: 'pause_breach',
    role: 'manager',
    overdue: false,
    repeats: false,
    label: { en: 'Contact logged during the pause', ru: 'Контакт во время паузы' },
  },
  {
    key: 'negative_pause',
    role: 'manager',
    overdue: false,
    repeats: false,
    label: { en: 'Pause after a negative contact', ru: 'Пауза после негативного контакта' },
  },
  {
    key: 'review_due_soon',
    role: 'manager',
    overdue: false,
    repeats: false,
    label: { en: 'Dossier review due soon', ru: 'Скоро срок пересмотра досье' },
  },
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
