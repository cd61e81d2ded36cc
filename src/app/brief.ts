/**
 * The meeting-brief sidebar: kadShowBrief opens it, and the page asks
 * kadBriefData for the chosen account through google.script.run. Reads one
 * range per tab, whatever the number of rows.
 */
import { sameAccount } from '../core/accounts';
import type { Brief, Row } from '../core/brief';
import { buildBrief } from '../core/brief';
import type { Lang } from '../core/i18n';
import { text, textsWithPrefix } from '../core/i18n';
import { paletteOf } from '../core/risk/palette';
import { CAPTION } from '../core/menuCaptions';
import { tabSpec } from '../core/schema/tabs';
import type { TabKey, TabSpec } from '../core/schema/types';
import { civilOf, civilOrNull } from '../sheets/dates';
import { readSettings } from '../sheets/settings';
import type { TableData } from '../sheets/table';
import { findTable } from '../sheets/table';
import type { Env } from './env';
import type { SinceReview } from './review/world';
import { readDossierRows, readReviews, sinceLatestReview, thresholdsOf } from './review/world';

export interface BriefPayload extends Brief {
  readonly lang: Env['lang'];
  /** Column labels in the sheet's language, by tab and key, for the page's headings. */
  readonly labels: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly today: string;
  /** What changed since the account's latest review (its date null when there is none). */
  readonly sinceReview: SinceReview;
}

/** A tab's non-empty rows as column key → value, dates made civil in the sheet's zone; one read. */
export function records(env: Env, key: TabKey): Row[] {
  const spec = tabSpec(key);
  const table = findTable(env.spreadsheet, spec);
  return table ? tableRecords(table, spec, env.timeZone) : [];
}

/** A table already read, as records(). */
export function tableRecords(table: TableData, spec: TabSpec, timeZone: string): Row[] {
  const out: Row[] = [];
  for (const raw of table.rows) {
    const rec: Record<string, string | number | boolean | null> = {};
    let any = false;
    for (const c of spec.columns) {
      const col = table.columnOf[c.key];
      const v = col ? raw[col - 1] : '';
      if (v instanceof Date) rec[c.key] = civilOrNull(v, timeZone);
      else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') rec[c.key] = v;
      else rec[c.key] = null;
      if (c.type !== 'computed' && v !== '' && v !== null && v !== undefined) any = true;
    }
    if (any) out.push(rec);
  }
  return out;
}

export function briefData(env: Env, accountId: string): BriefPayload {
  const settings = readSettings(env.spreadsheet);
  const today = civilOf(env.now(), env.timeZone);
  const tabs: TabKey[] = ['accounts', 'general', 'decisionGroup', 'competitors', 'contacts', 'plan'];
  const labels: Record<string, Record<string, string>> = {};
  for (const t of tabs) {
    labels[t] = Object.fromEntries(tabSpec(t).columns.map((c) => [c.key, c.label[env.lang]]));
  }
  // One read per tab: the brief and "what changed since the review" share the same rows.
  const d = readDossierRows(env, settings);
  const r = readReviews(env);
  const brief = buildBrief({
    accountId,
    today,
    negativePauseDays: settings.negative_pause_days,
    positiveContactDays: settings.positive_contact_days,
    reviewIntervalMonths: settings.review_interval_months,
    ...d.rows,
    reviews: r.records,
    thresholds: thresholdsOf(settings),
    palette: paletteOf(settings),
  });
  const id = brief.account ? String(brief.account['account_id'] ?? '') : '';
  const since: SinceReview =
    id === '' ? { since: null, noSnapshot: false, lines: [], diff: null } : sinceLatestReview(env, d, r, id, today);
  return { ...brief, lang: env.lang, labels, today, sinceReview: { ...since, diff: null } };
}

/** The page's own words (texts brief.*) in the sheet's language, as a script literal (no "</script>" can end it early). */
export function briefTexts(lang: Lang): string {
  return JSON.stringify({ lang, ...textsWithPrefix(lang, 'brief.'), record: CAPTION.review[lang] }).replace(/</g, '\\u003c');
}

/**
 * "Open in sheet": selects the account's row on the Accounts tab (Range.activate from a sidebar call moves the
 * user's selection: https://developers.google.com/apps-script/reference/spreadsheet/range#activate). Returns the row.
 */
export function openAccountRow(env: Env, accountId: string): number {
  const spec = tabSpec('accounts');
  const table = findTable(env.spreadsheet, spec);
  const col = table?.columnOf['account_id'];
  const i = table && col ? table.rows.findIndex((r) => sameAccount(r[col - 1], accountId)) : -1;
  if (!table || i < 0) throw new Error(text(env.lang, 'brief.notFound', { account: accountId }));
  const row = table.firstRow + i;
  table.sheet.getRange(row, 1, 1, Math.max(table.width, 1)).activate();
  return row;
}

export function showBrief(env: Env): void {
  // A template, so the page speaks the sheet's language from its first paint (errors included), not the browser's.
  // <?!= ?> force-prints the JSON unescaped (https://developers.google.com/apps-script/guides/html/templates).
  env.showSidebar('Brief', CAPTION.brief[env.lang], { texts: briefTexts(env.lang) });
}
