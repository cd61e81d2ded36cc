/**
 * The export block every dossier file publishes for the portfolio rollup:
 * a hidden tab whose data rows are formulas only, one row per Accounts row
 * (bounded: EXPORT_ROWS), columns fixed by the schema keys below whatever
 * order the user gave the Accounts columns. The rollup imports the named
 * range EXPORT_RANGE with IMPORTRANGE, so its layout never moves.
 */
import { columnLetters, quoteSheet } from '../a1';
import { CONTACT_OUTCOMES, optionLabel } from '../domain';
import { stringLiteral as q } from '../formulas';
import type { Lang } from '../i18n';
import { settingRangeName } from '../schema/settings';
import { loadCondition } from '../workload';
import { FIRST_DATA_ROW } from '../schema/types';

export const EXPORT_RANGE = 'KAD_EXPORT';
/** Key accounts per KAM are 1-3 (DOMAIN.md); 20 rows leave room without an open-ended import. */
export const EXPORT_ROWS = 20;

/** Accounts columns copied as they are, then two derived ones. The order is the block's contract. */
export const EXPORT_COPIED = [
  'account_id',
  'name',
  'manager_email',
  'supervisor_email',
  'key_type',
  'annual_revenue',
  'revenue_share',
  'risk_band',
  'last_review',
  'next_review_due',
] as const;
export const EXPORT_COLUMNS = [...EXPORT_COPIED, 'last_positive_contact', 'open_escalations', 'load'] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

/** 1-based position of a column in the block (the rollup reads by it). */
export const exportIndex = (key: ExportColumn): number => EXPORT_COLUMNS.indexOf(key) + 1;

export interface ExportSources {
  readonly accountsSheet: string;
  /** Column of each Accounts key, found by the shared column lookup. */
  readonly accountsColumnOf: Readonly<Record<string, number>>;
  readonly contactsSheet: string | null;
  readonly contactsColumnOf: Readonly<Record<string, number>>;
}

/** EXPORT_ROWS rows of formulas, Export row r reading Accounts row r. */
export function exportFormulas(src: ExportSources, lang: Lang): string[][] {
  const acc = quoteSheet(src.accountsSheet);
  const at = (key: string, r: number): string | null => {
    const c = src.accountsColumnOf[key];
    // INDEX over the whole column: rows inserted or deleted on Accounts do not shift which row is exported.
    return c ? `INDEX(${acc}!$${columnLetters(c)}:$${columnLetters(c)},${r})` : null;
  };
  const cc = src.contactsColumnOf;
  const contacts = src.contactsSheet ? quoteSheet(src.contactsSheet) : null;
  const col = (key: string): string | null => {
    const c = cc[key];
    return contacts && c ? `${contacts}!$${columnLetters(c)}$${FIRST_DATA_ROW}:$${columnLetters(c)}` : null;
  };
  const out: string[][] = [];
  for (let i = 0; i < EXPORT_ROWS; i++) {
    const r = FIRST_DATA_ROW + i;
    const id = at('account_id', r);
    const row = EXPORT_COLUMNS.map((key): string => {
      if (!id) return '';
      const guard = (expr: string): string => `=IF(${id}="","",${expr})`;
      if (key === 'account_id') return guard(id);
      if (key === 'last_positive_contact') {
        const [d, a, o] = [col('date'), col('account'), col('outcome')];
        if (!d || !a || !o) return guard('""');
        const positive = q(optionLabel(CONTACT_OUTCOMES, 'positive')[lang]);
        // MAXIFS gives 0 when nothing matches: 1/(1/x) turns that into an error, then "".
        return guard(`IFERROR(1/(1/MAXIFS(${d},${a},${id},${o},${positive})),"")`);
      }
      if (key === 'open_escalations') {
        const due = at('next_review_due', r);
        if (!due) return guard('0');
        // The scheduler's review_escalation: the review is overdue by more than the grace days.
        return guard(`IF(ISNUMBER(${due}),IF(TODAY()-${due}>${settingRangeName('escalation_grace_days')},1,0),0)`);
      }
      if (key === 'load') {
        const [type, status] = [at('key_type', r), at('status', r)];
        // The one workload rule (core/workload.ts): a revenue key client that is not closed.
        return guard(type && status ? `IF(${loadCondition(type, status)},1,0)` : '0');
      }
      const cell = at(key, r);
      return cell ? guard(`IF(${cell}="","",${cell})`) : guard('""');
    });
    out.push(row);
  }
  return out;
}
