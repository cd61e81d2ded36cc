/**
 * What the scheduler reads and what it derives. Inputs are already typed
 * (civil dates, option keys, e-mails); the adapters in app/reminders turn
 * sheet rows into these, so the rules below never see a Date or a label.
 */
import type { CivilDate } from '../../civilDate';
import type { RecordedReview } from '../../review/recorded';
import type { Settings } from '../../settingsValues';
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
}

export interface ScheduleReview {
  readonly account: string;
  readonly date: CivilDate;
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
  | 'commitment_due'
  | 'commitment_overdue';

/** Tabs a digest item links to. */
export type LinkTab = 'accounts' | 'contacts' | 'commitments';

export type Role = 'manager' | 'supervisor';

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
  /** Which tab and row the item links to. */
  readonly link: { readonly tab: LinkTab; readonly row: number };
  /** Days past due (overdue rules), days left (due soon, pause), else 0. */
  readonly days: number;
  /** Re-notify round: 0 for the first notice, +1 every REPEAT_DAYS while still overdue. */
  readonly round: number;
  /** The account's manager and supervisor (lower-case): escalations name the manager, reply-to names the supervisor. */
  readonly manager: string;
  readonly supervisor: string;
  /** Words of the item when the rule needs more than a date (share_crossing: band and share). */
  readonly detail?: string;
  /** Due items: which item of the source (a hash of what it says), the notice key's sixth part. */
  readonly item?: string;
  /** review_recorded: the review and what changed since the one before. */
  readonly review?: RecordedReview;
}
