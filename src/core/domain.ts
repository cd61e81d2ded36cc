/**
 * The lists the product enforces (../shared/DOMAIN.md). Each option has a
 * stable key (stored nowhere but code) and a label per language (what the
 * dropdown shows) from the text catalogues (texts/*.ts). Every dropdown, parser and help text reads them from here.
 */
import type { Label } from './i18n';
import { foldLabel, isTextKey, label, labelOf } from './i18n';

export interface EnumOption {
  readonly key: string;
  readonly label: Label;
  /** One line of help in the catalogue (the risk bands: the Portfolio legend shows it). */
  readonly hint?: Label;
  /** Its line in header notes, when src/html/Notes.html has one: hint.<group>.<key> (core/notes.ts). */
  readonly hintKey: string;
}

/**
 * An option of `group`: its label is text option.<group>.<key>; its hint hint.<group>.<key> is in the catalogue
 * when the Portfolio legend shows it (risk bands), else in html/Notes.html for header notes.
 */
function opt(group: string, key: string): EnumOption {
  const hintKey = `hint.${group}.${key}`;
  const base = { key, label: labelOf(`option.${group}.${key}`), hintKey };
  return isTextKey(hintKey) ? { ...base, hint: label(hintKey) } : base;
}
const opts = (group: string, keys: readonly string[]): readonly EnumOption[] => keys.map((k) => opt(group, k));

/** Why a client is key: a key client need not be large. */
export const KEY_CLIENT_TYPES = opts('key_client_type', ['revenue', 'prospective', 'image', 'expert']);

/** Roles in the client's decision-making group. */
export const DMU_ROLES = opts('dmu_role', [
  'decision_maker',
  'gatekeeper',
  'technical',
  'economic',
  'user',
  'supporter',
  'opponent',
  'advisor',
  'informant',
]);

export const ATTITUDES = opts('attitude', ['positive', 'neutral', 'negative']);

export const LEVELS = opts('level', ['high', 'medium', 'low']);

/** The four kinds of competitor; direct competitors are not the most dangerous. */
export const COMPETITOR_KINDS = opts('competitor_kind', ['direct', 'same_budget', 'inertia', 'diy']);

export const CONTACT_CHANNELS = opts('contact_channel', ['meeting', 'call', 'email', 'visit', 'event', 'other']);

export const CONTACT_OUTCOMES = opts('contact_outcome', ['positive', 'neutral', 'negative']);

/** The five approaches to building the relationship, to plan and cost. */
export const APPROACHES = opts('approach', ['trust', 'technical', 'resources', 'service', 'risk']);

/**
 * The concrete methods of each approach (DOMAIN.md, "five approaches"), defined once: the Relationship plan's
 * method dropdown follows the row's approach (app/planMethods.ts), the parser accepts any of them, and a
 * validation rule flags a method that belongs to another approach.
 */
export const APPROACH_METHODS: Readonly<Record<string, readonly EnumOption[]>> = {
  trust: opts('method', ['keep_promises', 'fast_response', 'contact_rhythm', 'site_visits', 'social', 'early_warning']),
  technical: opts('method', ['joint_rnd', 'service_support', 'staff_training', 'help_client_sell']),
  resources: opts('method', ['credit', 'loan_help', 'joint_promotion', 'countertrade']),
  service: opts('method', ['reliable_delivery', 'fast_delivery', 'auto_reorder', 'fast_quotes', 'fewer_defects']),
  risk: opts('method', ['free_demo', 'free_trial', 'guarantees', 'maintenance_contract', 'follow_up', 'references']),
};

/** Every method, approach by approach (the column's options). */
export const METHODS: readonly EnumOption[] = APPROACHES.flatMap((a) => APPROACH_METHODS[a.key] ?? []);

/** The approach a method key belongs to. */
export function approachOfMethod(method: string): string | null {
  return APPROACHES.find((a) => (APPROACH_METHODS[a.key] ?? []).some((m) => m.key === method))?.key ?? null;
}

/** The supervisor's checklist answers. */
export const CHECK_ANSWERS = opts('check', ['yes', 'partly', 'no']);

/** How a check of the dossier reports: as an error, a warning, or not at all (Settings). */
export const CHECK_SEVERITIES = opts('check_severity', ['error', 'warning', 'off']);

export const PLAN_STATUSES = opts('plan_status', ['planned', 'in_progress', 'done', 'dropped']);

export const ACCOUNT_STATUSES = opts('account_status', ['active', 'at_risk', 'dormant', 'closed']);

export const YES_NO = opts('yes_no', ['yes', 'no']);

/** Weekend choices for the reminder window (core/reminders/notices/window.ts maps them to weekdays). */
export const WEEKEND_DAYS = opts('weekend_days', ['sat_sun', 'fri_sat', 'fri', 'sat', 'sun']);

/** Where supervisors' escalations come from: this dossier file, or the head of sales' rollup (one digest per supervisor). */
export const ESCALATIONS_FROM = opts('escalations_from', ['file', 'rollup']);

/** Concentration bands, lowest first; thresholds come from Settings. */
export const RISK_BANDS = opts('risk_band', ['below', 'key', 'critical', 'mono']);

/** The labels of the option with this key; an unknown key is a programming error. */
export function optionLabel(options: readonly EnumOption[], key: string): Label {
  const o = options.find((x) => x.key === key);
  if (!o) throw new Error(`No option ${key}`);
  return o.label;
}

/** The option a cell value names: its key or its label in any language (case and spacing ignored). */
export function optionKey(options: readonly EnumOption[], value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const v = foldLabel(String(value));
  if (v === '') return null;
  for (const o of options) {
    if (foldLabel(o.key) === v || Object.values(o.label).some((l) => foldLabel(l) === v)) return o.key;
  }
  return null;
}
