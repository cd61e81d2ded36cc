/**
 * What the scheduler reads and what it derives. Inputs are already typed
 * (civil dates, option keys, e-mails); the adapters in app/reminders turn
 * sheet rows into these, so the rules below never see a Date or a label.
 */
import type { CivilDate } from '../../civilDate';
import type { RecordedReview } from '../../review/recorded';
import type { Settings } from '../../settingsValues';
import type { DueRuleKey } from './dueItems';
import { DEFAULT_SETTINGS } from '../../settingsValues';

export interface ScheduleAccount {
  readonly id: string;
  readonly name: string;
  /** 1-based sheet row on the Accounts tab, for links. */
  readonly row: number;
  readonly managerEmail: string;
  /** Set (to the cell's text) when the manager cell holds no usable address: empty, several or invalid. */
  readonly managerUnusable?: string;
  readonly supervisorEmail: string;
  /** ACCOUNT_STATUSES key ('closed' gets nothing). */
  readonly status: string;
  /** Accounts!last_review, if filled. */
  readonly lastReview: CivilDate | null;
  /** Share of company revenue (core/risk/measures shareOf), null when unknown; drives share_crossing. */
  readonly share?: number | null;
}

export interface ScheduleReview {
  readonly account: string;
  readonly date: CivilDate;
  /** 1-based sheet row on the Reviews tab, for links. */
  readonly row?: number;
}

export interface ScheduleContact {
  readonly account: string;
  readonly date: CivilDate;
  /** CONTACT_OUTCOMES key. */
  readonly outcome: string;
  /** 1-based sheet row on the Contacts tab, for links. */
  readonly row: number;
}

export interface ScheduleSettings {
  readonly reviewIntervalMonths: number;
  readonly reviewLeadDays: number;
  readonly escalationGraceDays: number;
  readonly positiveContactDays: number;
  readonly negativePauseDays: number;
}

/** The cadence part of the typed Settings. */
export function scheduleSettings(s: Settings): ScheduleSettings {
  return {
    reviewIntervalMonths: s.review_interval_months,
    reviewLeadDays: s.review_lead_days,
    escalationGraceDays: s.escalation_grace_days,
    positiveContactDays: s.positive_contact_days,
    negativePauseDays: s.negative_pause_days,
  };
}

export const DEFAULT_SCHEDULE_SETTINGS: ScheduleSettings = scheduleSettings(DEFAULT_SETTINGS);

export type RuleKey =
  | 'review_due_soon'
  | 'review_overdue'
  | 'review_missing'
  | 'review_escalation'
  | 'manager_unusable'
  | 'positive_contact_overdue'
  | 'negative_pause'
  | 'pause_breach'
  | 'share_crossing'
  | 'review_recorded'
  // Due items of every source (dueItems.ts): plan_due_soon, plan_overdue, …
  | DueRuleKey;

export type Role = 'manager' | 'supervisor';

/** The tabs a digest item links to: where one acts on it. 'rollup' is the head of sales' Rollup tab. */
export type LinkTab = 'accounts' | 'contacts' | 'reviews' | 'plan' | 'commitments' | 'decisionGroup' | 'rollup';

/** A link to the row where one acts. */
export interface NoticeLink {
  readonly tab: LinkTab;
  readonly row: number;
}

/** One thing one person should hear about one account. */
export interface Notice {
  readonly account: string;
  readonly accountName: string;
  readonly rule: RuleKey;
  /**
   * The date the rule is about: review due date, positive contact due date,
   * pause end, or the breaching contact's date. 'never' when there is none
   * (no review / no positive contact ever logged).
   */
  readonly due: CivilDate | 'never';
  readonly recipient: string;
  readonly role: Role;
  /** Which tab and row the item links to: where one acts on it. */
  readonly link: NoticeLink;
  /** Days past due (overdue rules), days left (due soon, pause), else 0. */
  readonly days: number;
  /** Re-notify round: 0 for the first notice, +1 every REPEAT_DAYS while still overdue. */
  readonly round: number;
  /** The account's manager and supervisor (lower-case): escalations name the manager, reply-to names the supervisor. */
  readonly manager: string;
  readonly supervisor: string;
  /** review_recorded: the review and what changed since the one before. */
  readonly review?: RecordedReview;
  /** share_crossing: which threshold was crossed, and the share (0.3 = 30 %). */
  readonly band?: 'critical' | 'mono';
  readonly share?: number;
  /** Due items (plan steps, …): what the item says and who owns it, as typed. */
  readonly title?: string;
  readonly owner?: string;
  /**
   * Due items: a fingerprint of the item's identity, the sixth part of its notice key, so two items of one
   * account due the same day are two notices.
   */
  readonly item?: string;
}
