/**
 * One declarative spec per tab. Everything the template, the validators and
 * the exports know about columns comes from here.
 */
import {
  ACCOUNT_STATUSES,
  APPROACH_METHODS,
  APPROACHES,
  ATTITUDES,
  CHECK_ANSWERS,
  COMPETITOR_KINDS,
  CONTACT_CHANNELS,
  CONTACT_OUTCOMES,
  DMU_ROLES,
  KEY_CLIENT_TYPES,
  LEVELS,
  METHODS,
  PLAN_STATUSES,
} from '../domain';
import { label, labelOf } from '../i18n';
import type { ColumnSpec, ColumnType, TabKey, TabSpec } from './types';

type Extra = Omit<ColumnSpec, 'key' | 'type' | 'label' | 'noteKey'>;
/** A column as declared here: its words come from the catalogue by key. */
type ColumnDraft<K extends string = string> = Omit<ColumnSpec<K>, 'label' | 'noteKey'> & {
  /** Catalogue id when several tabs share the column's words: col.<text>, note.<text>. */
  readonly text?: string;
};

/** col(key, type, extra): label col.<tab>.<key> (texts/en.ts), header note note.<tab>.<key> (html/Notes.html). */
function col<K extends string>(key: K, type: ColumnType, extra: Extra = {}): ColumnDraft<K> {
  return { key, type, ...extra };
}

/** A tab's spec with its name (tab.<key>) and column words from the catalogue; a missing text fails at load. */
function tab<T extends TabKey, K extends string>(
  t: Omit<TabSpec<T>, 'name' | 'columns'> & { readonly columns: readonly ColumnDraft<K>[] },
): TabSpec<T, K> {
  const columns = t.columns.map(({ text, ...c }): ColumnSpec<K> => {
    const id = text ?? `${t.key}.${c.key}`;
    return { ...c, label: labelOf(`col.${id}`), noteKey: `note.${id}` };
  });
  return { ...t, name: label(`tab.${t.key}`), columns };
}

/** Every child tab starts with the account it belongs to. */
const accountCol: ColumnDraft<'account'> = { ...col('account', 'accountRef', { required: true, width: 110 }), text: 'account' };

const SETTINGS_TAB = tab({
  key: 'settings',
  frozenColumns: 0,
  tabColor: '#5f6368',
  role: 'input',
  columns: [
    col('setting_key', 'text', { width: 40 }),
    col('setting', 'text', { width: 280 }),
    col('value', 'text', { width: 160 }),
    col('about', 'longtext', { width: 420 }),
  ],
});

const ACCOUNTS_TAB = tab({
  key: 'accounts',
  frozenColumns: 2,
  tabColor: '#1a73e8',
  role: 'input',
  columns: [
    col('account_id', 'text', { required: true, unique: true, width: 100 }),
    col('name', 'text', { required: true, unique: true, width: 200 }),
    col('key_type', 'enum', { required: true, options: KEY_CLIENT_TYPES, width: 150 }),
    col('manager_email', 'email', { required: true, width: 200 }),
    col('supervisor_email', 'email', { required: true, width: 200 }),
    col('executive_sponsor', 'text', { width: 160 }),
    col('annual_revenue', 'money', { width: 140 }),
    col('revenue_share', 'computed', { formula: 'revenueShare', yields: 'percent', width: 110 }),
    col('risk_band', 'computed', { formula: 'riskBand', yields: 'text', width: 170 }),
    col('category_budget', 'money', { width: 150 }),
    col('opportunity_next_year', 'money', { width: 150 }),
    col('opportunity_3_5_years', 'money', { width: 150 }),
    col('last_review', 'date', { width: 120 }),
    col('next_review_due', 'computed', { formula: 'nextReviewDue', yields: 'date', width: 130 }),
    col('status', 'enum', { required: true, options: ACCOUNT_STATUSES, width: 110 }),
    // Share of wallet and the account's targets (appended, so existing columns keep their letters).
    col('share_of_wallet', 'computed', { formula: 'shareOfWallet', yields: 'percent', width: 120 }),
    col('revenue_target', 'money', { width: 140 }),
    col('revenue_vs_target', 'computed', { formula: 'revenueVsTarget', yields: 'percent', width: 120 }),
    col('sow_target', 'percent', { width: 120 }),
    col('sow_vs_target', 'computed', { formula: 'sowVsTarget', yields: 'percent', width: 130 }),
  ],
});

const GENERAL_TAB = tab({
  key: 'general',
  frozenColumns: 1,
  tabColor: '#34a853',
  role: 'input',
  columns: [
    accountCol,
    col('description', 'longtext'),
    col('history', 'longtext'),
    col('headcount', 'integer', { width: 100 }),
    col('structure', 'longtext'),
    col('environment', 'longtext'),
    col('mission', 'longtext'),
    col('trends', 'longtext'),
    col('culture', 'longtext'),
    col('financials', 'longtext'),
  ],
});

const OUR_VIEW_TAB = tab({
  key: 'ourView',
  frozenColumns: 1,
  tabColor: '#34a853',
  role: 'input',
  columns: [
    accountCol,
    col('supply_history', 'longtext'),
    col('tenders_entered', 'integer', { width: 100 }),
    col('tenders_won', 'integer', {
      width: 100,
    }),
    col('tenders_lost', 'integer', {
      width: 100,
    }),
    col('our_team', 'longtext'),
    col('previous_suppliers', 'longtext'),
    col('decision_process', 'longtext'),
    col('relationship_now', 'longtext'),
    col('relationship_ahead', 'longtext'),
  ],
});

const DECISION_GROUP_TAB = tab({
  key: 'decisionGroup',
  frozenColumns: 2,
  tabColor: '#fbbc04',
  role: 'input',
  columns: [
    accountCol,
    col('person', 'text', { required: true, width: 180 }),
    col('position', 'text', { width: 180 }),
    col('role', 'enum', {
      required: true,
      options: DMU_ROLES,
      width: 190,
    }),
    col('attitude', 'enum', {
      required: true,
      options: ATTITUDES,
      width: 120,
    }),
    col('influence', 'enum', {
      required: true,
      options: LEVELS,
      width: 100,
    }),
    col('contact', 'text', { width: 180 }),
    col('attitude_assessed', 'date', { width: 130 }),
    col('reports_to', 'text', { width: 180 }),
    col('our_owner', 'text', { width: 180 }),
  ],
});

const COMPETITORS_TAB = tab({
  key: 'competitors',
  frozenColumns: 2,
  tabColor: '#ea4335',
  role: 'input',
  columns: [
    accountCol,
    col('competitor', 'text', { required: true, width: 180 }),
    col('kind', 'enum', { required: true, options: COMPETITOR_KINDS, width: 200 }),
    col('strengths', 'longtext'),
    col('weaknesses', 'longtext'),
    col('threat', 'enum', {
      required: true,
      options: LEVELS,
      width: 100,
    }),
    col('checked_on', 'date', { width: 120 }),
  ],
});

const CONTACTS_TAB = tab({
  key: 'contacts',
  frozenColumns: 2,
  tabColor: '#a142f4',
  role: 'input',
  columns: [
    accountCol,
    col('date', 'date', {
      required: true,
      width: 110,
    }),
    col('person', 'text', { width: 180 }),
    col('channel', 'enum', {
      required: true,
      options: CONTACT_CHANNELS,
      width: 120,
    }),
    col('outcome', 'enum', { required: true, options: CONTACT_OUTCOMES, width: 110 }),
    col('summary', 'longtext'),
    col('next_step', 'longtext'),
  ],
});

const PLAN_TAB = tab({
  key: 'plan',
  frozenColumns: 2,
  tabColor: '#00897b',
  role: 'input',
  columns: [
    accountCol,
    col('approach', 'enum', { required: true, options: APPROACHES, width: 170 }),
    col('method', 'enum', { options: METHODS, dependent: { on: 'approach', lists: APPROACH_METHODS }, width: 220 }),
    col('cost', 'money', { width: 110 }),
    col('benefit', 'money', { width: 120 }),
    col('client_value', 'enum', { options: LEVELS, width: 120 }),
    col('owner', 'text', { width: 160 }),
    col('due', 'date', { width: 110 }),
    col('status', 'enum', {
      required: true,
      options: PLAN_STATUSES,
      width: 120,
    }),
    col('cost_hours', 'number', { width: 110 }),
    col('benefit_per_cost', 'computed', { formula: 'benefitPerCost', yields: 'number', width: 120 }),
    col('priority', 'computed', { formula: 'planPriority', yields: 'number', width: 100 }),
  ],
});

/** Promises made to the client: what, to whom, when, and whether kept ("keep every promise"). */
const COMMITMENTS_TAB = tab({
  key: 'commitments',
  frozenColumns: 2,
  tabColor: '#00897b',
  role: 'input',
  columns: [
    accountCol,
    col('what', 'longtext', { required: true }),
    col('to_whom', 'text', { width: 180 }),
    col('promised_on', 'date', { width: 120 }),
    col('due', 'date', { required: true, width: 110 }),
    col('done', 'date', { width: 110 }),
    col('owner', 'text', { width: 160 }),
  ],
});

/**
 * The supervisor's review of the KAM's work on an account: a tab of its own rather than Reviews columns, since
 * the supervisor checks on their own cadence and is not the reviewer of the dossier, and Reviews' "latest
 * review" rule must not count a supervisor's check as a dossier review.
 */
const SUPERVISION_TAB = tab({
  key: 'supervision',
  frozenColumns: 2,
  tabColor: '#5f6368',
  role: 'input',
  columns: [
    accountCol,
    col('date', 'date', { required: true, width: 110 }),
    col('supervisor', 'email', { required: true, width: 200 }),
    col('resources_used', 'enum', { options: CHECK_ANSWERS, width: 140 }),
    col('needs_found', 'enum', { options: CHECK_ANSWERS, width: 140 }),
    col('departments_coordinated', 'enum', { options: CHECK_ANSWERS, width: 140 }),
    col('kam_score', 'integer', { width: 100 }),
    col('comment', 'longtext'),
  ],
});

const REVIEWS_TAB = tab({
  key: 'reviews',
  frozenColumns: 2,
  tabColor: '#5f6368',
  role: 'input',
  columns: [
    accountCol,
    col('date', 'date', { required: true, width: 120 }),
    col('reviewer', 'email', { required: true, width: 200 }),
    col('summary', 'longtext'),
    col('next_steps', 'longtext'),
    // Share of wallet when the review was recorded (Record a review fills it), beside the other typed columns so
    // the review is written in one block; its change since is computed at the end.
    col('sow_at_review', 'percent', { width: 120 }),
    col('latest_of', 'computed', { formula: 'latestReviewOf', yields: 'text', width: 110 }),
    col('due_if_latest', 'computed', { formula: 'reviewDueIfLatest', yields: 'date', width: 130 }),
    col('sow_since', 'computed', { formula: 'sowSinceReview', yields: 'percent', width: 120 }),
  ],
});

/**
 * One row per review: its identity and the snapshot (core/review/codec.ts) in at most four plain-text cells of at
 * most 50,000 characters. Hidden and warning-protected; read and written only by app/review.
 */
const SNAPSHOTS_TAB = tab({
  key: 'snapshots',
  frozenColumns: 0,
  tabColor: '#9aa0a6',
  role: 'output',
  system: true,
  columns: [
    col('account', 'text', { width: 100 }),
    col('review_date', 'text', { width: 110 }),
    col('review_key', 'text', { width: 240 }),
    // The four chunk columns share their words (col.snapshots.chunk).
    ...[1, 2, 3, 4].map((n) => ({ ...col(`chunk_${n}`, 'text', { width: 160 }), text: 'snapshots.chunk' })),
  ],
});

const PROBLEMS_TAB = tab({
  key: 'problems',
  frozenColumns: 0,
  tabColor: '#d93025',
  role: 'output',
  columns: [
    col('severity', 'text', { width: 110 }),
    col('tab', 'text', { width: 140 }),
    col('cell', 'text', { width: 90 }),
    col('field', 'text', { width: 180 }),
    col('message', 'longtext', { width: 380 }),
    col('hint', 'longtext', { width: 320 }),
  ],
});

const NOTICES_TAB = tab({
  key: 'notices',
  frozenColumns: 0,
  tabColor: '#5f6368',
  role: 'output',
  columns: [
    col('logged_at', 'date', { width: 150 }),
    col('notice_key', 'text', { width: 300 }),
    col('recipient', 'email', { width: 200 }),
    col('account', 'text', { width: 100 }),
    col('rule', 'text', { width: 160 }),
    col('due', 'date', { width: 110 }),
    col('status', 'text', { width: 100 }),
    col('detail', 'longtext', {
      width: 300,
    }),
  ],
});

/** All table tabs, in the order they appear in the workbook. */
/** The tabs by key, with their column keys as literal types. */
const SCHEMA = {
  settings: SETTINGS_TAB,
  accounts: ACCOUNTS_TAB,
  general: GENERAL_TAB,
  ourView: OUR_VIEW_TAB,
  decisionGroup: DECISION_GROUP_TAB,
  competitors: COMPETITORS_TAB,
  contacts: CONTACTS_TAB,
  plan: PLAN_TAB,
  commitments: COMMITMENTS_TAB,
  reviews: REVIEWS_TAB,
  supervision: SUPERVISION_TAB,
  problems: PROBLEMS_TAB,
  notices: NOTICES_TAB,
  snapshots: SNAPSHOTS_TAB,
} as const satisfies { readonly [T in TabKey]: TabSpec<T> };

/** The column keys of one tab, derived from its spec: `ColumnKey<'accounts'>` is 'account_id' | 'name' | … */
export type ColumnKey<T extends TabKey> = (typeof SCHEMA)[T]['columns'][number]['key'];

/** A column's 1-based position by key, for code that must have every column of the tab. */
export type ColumnPositions<T extends TabKey> = Readonly<Record<ColumnKey<T>, number>>;

/** Every table tab, in the order they are created (SCHEMA's order). */
export const TABLE_TABS: readonly TabSpec[] = Object.values(SCHEMA);

export const INPUT_TABS: readonly TabSpec[] = TABLE_TABS.filter((t) => t.role === 'input');

export function tabSpec(key: TabKey): TabSpec {
  const t = TABLE_TABS.find((x) => x.key === key);
  if (!t) throw new Error(`Unknown tab ${key}`);
  return t;
}

export function columnSpec(tab: TabSpec, key: string): ColumnSpec {
  const c = tab.columns.find((x) => x.key === key);
  if (!c) throw new Error(`Tab ${tab.key} has no column ${key}`);
  return c;
}

/** Views the add-on builds from formulas (no user data of their own). */
export const VIEW_TABS = {
  dossier: label('tab.dossier'),
  portfolio: label('tab.portfolio'),
  preview: label('tab.preview'),
} as const;
