/**
 * The conditional-format rules the add-on owns, as data. Each formula
 * carries the marker "kad:risk" (a literal that never changes the result),
 * so a re-apply recognises its own rules and leaves every other rule alone.
 * Colours key off the band text the riskBand formula writes, so they follow
 * Settings thresholds live, and colour and text can never disagree.
 */
import { columnLetters } from '../a1';
import { stringLiteral as q } from '../formulas';
import type { Lang } from '../i18n';
import { FIRST_DATA_ROW } from '../schema/types';
import type { RiskBandKey } from './bands';
import { bandLabel } from './bands';
import type { Palette, Swatch } from './palette';

export const RULE_MARKER = 'kad:risk';
const MARK = `"${RULE_MARKER}"<>""`;

/** A block of cells; rows 'toEnd' runs to the sheet's last row. */
export interface Area {
  readonly row: number;
  readonly col: number;
  readonly rows: number | 'toEnd';
  readonly cols: number;
}

export interface RuleSpec {
  readonly areas: readonly Area[];
  /** Custom formula, relative to the first area's top-left cell. */
  readonly formula: string;
  readonly swatch: Swatch;
}

export function isOwnRuleFormula(formula: string | null | undefined): boolean {
  return typeof formula === 'string' && formula.includes(`"${RULE_MARKER}"`);
}

/** `=AND(<condition>,"kad:risk"<>"")` */
export function markedFormula(condition: string): string {
  return `=AND(${condition},${MARK})`;
}

/** An overdue date: the error mark's red (app/validation/marks.ts), so "late" reads the same everywhere. */
export const OVERDUE: Swatch = { background: '#f9d6d5', font: '#a50e0e' };
/** Something to look at again (an attitude not re-assessed): the warning mark's amber, which the rule is. */
export const STALE: Swatch = { background: '#fdefc3', font: '#7a4f01' };

export const STRONG_BANDS: readonly Exclude<RiskBandKey, 'below'>[] = ['mono', 'critical', 'key'];

/**
 * Rules for the Accounts tab: strong colours on the share and band cells
 * only. No whole-row tint: a conditional format paints over a cell's own
 * background, so a row tint would hide the error and warning marks that
 * onEdit and Validate put on the cells of exactly the rows that matter most.
 */
export function accountRules(
  lang: Lang,
  columns: { readonly share: number; readonly band: number; readonly width: number; readonly reviewDue?: number },
  bandLetters: string,
  palette: Palette,
): RuleSpec[] {
  const cond = (b: RiskBandKey) => markedFormula(`$${bandLetters}${FIRST_DATA_ROW}=${q(bandLabel(b)[lang])}`);
  const cells: Area[] = [
    { row: FIRST_DATA_ROW, col: columns.share, rows: 'toEnd', cols: 1 },
    { row: FIRST_DATA_ROW, col: columns.band, rows: 'toEnd', cols: 1 },
  ];
  const rules: RuleSpec[] = STRONG_BANDS.map((b) => ({ areas: cells, formula: cond(b), swatch: palette[b] }));
  if (columns.reviewDue !== undefined) {
    // Next review due in the past: the date cell itself turns red, live as days pass (TODAY in the rule).
    const due = `$${columnLetters(columns.reviewDue)}${FIRST_DATA_ROW}`;
    rules.push({
      areas: [{ row: FIRST_DATA_ROW, col: columns.reviewDue, rows: 'toEnd', cols: 1 }],
      formula: markedFormula(`ISNUMBER(${due}),${due}<TODAY()`),
      swatch: OVERDUE,
    });
  }
  return rules;
}
