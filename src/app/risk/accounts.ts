/** Finds the Accounts tab and its columns with one read of the key and header rows. */
import type { ColumnKey } from '../../core/schema/tabs';
import { tabSpec } from '../../core/schema/tabs';
import { KEY_ROW } from '../../core/schema/types';
import { taggedColumns } from '../../sheets/identity';
import { findTabSheet } from '../../sheets/locate';
import { locateColumns } from '../../sheets/table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const RISK_COLUMNS = [
  'account_id',
  'name',
  'key_type',
  'manager_email',
  'status',
  'annual_revenue',
  'revenue_share',
  'risk_band',
] as const satisfies readonly ColumnKey<'accounts'>[];
export type RiskColumn = (typeof RISK_COLUMNS)[number];

export interface AccountsLayout {
  readonly sheet: Sheet;
  readonly columnOf: Readonly<Record<RiskColumn, number>>;
  /** Columns the account row spans (for the row tint). */
  readonly width: number;
  readonly maxRows: number;
}

/** The layout from columns already located (e.g. by the template repair); the missing column keys otherwise. */
export function accountsLayout(
  sheet: Sheet,
  columnOf: Readonly<Record<string, number>>,
  lastColumn: number,
  maxRows: number,
): AccountsLayout | { missing: readonly string[] } {
  const missing = RISK_COLUMNS.filter((k) => !(k in columnOf));
  if (missing.length) return { missing };
  const width = Math.max(lastColumn, ...tabSpec('accounts').columns.map((c) => columnOf[c.key] ?? 0));
  return { sheet, columnOf: columnOf as Record<RiskColumn, number>, width, maxRows };
}

/** The missing column keys when the template needs a repair first. */
export function locateAccounts(ss: Spreadsheet): AccountsLayout | { missing: readonly string[] } {
  const spec = tabSpec('accounts');
  const sheet = findTabSheet(ss, spec.key, spec.name);
  if (!sheet) return { missing: [spec.key] };
  const lastColumn = Math.max(sheet.getLastColumn(), 1);
  const head = sheet.getRange(KEY_ROW, 1, 2, lastColumn).getValues();
  let columnOf = locateColumns(spec, head[0] ?? [], head[1] ?? []);
  // A header cleared by accident: the column metadata still knows the column (one extra call, only then).
  if (RISK_COLUMNS.some((k) => !(k in columnOf))) columnOf = locateColumns(spec, head[0] ?? [], head[1] ?? [], taggedColumns(sheet));
  return accountsLayout(sheet, columnOf, lastColumn, sheet.getMaxRows());
}
