/** Finds the Accounts tab and its columns with one read of its key and header rows. */
import type { ColumnKey } from '../../core/schema/tabs';
import { tabSpec } from '../../core/schema/tabs';
import { HEADER_ROW, KEY_ROW } from '../../core/schema/types';
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

/** What the risk step needs of the Accounts tab: its name (formulas quote it), columns and grid. */
export interface AccountsShape {
  readonly name: string;
  readonly columnOf: Readonly<Record<RiskColumn, number>> & Readonly<Record<string, number>>;
  /** Columns the account row spans (for the row tint). */
  readonly width: number;
  readonly maxRows: number;
}

export interface AccountsLayout extends AccountsShape {
  readonly sheet: Sheet;
}

/** The shape from columns already located (e.g. by the template repair); the missing column keys otherwise. */
export function accountsShape(
  name: string,
  columnOf: Readonly<Record<string, number>>,
  lastColumn: number,
  maxRows: number,
): AccountsShape | { missing: readonly string[] } {
  const missing = RISK_COLUMNS.filter((k) => !(k in columnOf));
  if (missing.length) return { missing };
  const width = Math.max(lastColumn, ...tabSpec('accounts').columns.map((c) => columnOf[c.key] ?? 0));
  return { name, columnOf: columnOf as AccountsShape['columnOf'], width, maxRows };
}

/** The missing column keys when the template needs a repair first. */
export function locateAccounts(ss: Spreadsheet): AccountsLayout | { missing: readonly string[] } {
  const spec = tabSpec('accounts');
  const sheet = findTabSheet(ss, spec.key, spec.name);
  if (!sheet) return { missing: [spec.key] };
  // The key and header rows only: the rows below are the Portfolio formulas' business, not this step's.
  const lastColumn = sheet.getLastColumn();
  const [keyRow = [], headerRow = []] = sheet.getRange(KEY_ROW, 1, HEADER_ROW - KEY_ROW + 1, Math.max(lastColumn, 1)).getValues();
  let columnOf = locateColumns(spec, keyRow, headerRow);
  // A header cleared by accident: the column metadata still knows the column (one extra call, only then).
  if (RISK_COLUMNS.some((k) => !(k in columnOf))) columnOf = locateColumns(spec, keyRow, headerRow, taggedColumns(sheet));
  const shape = accountsShape(sheet.getName(), columnOf, lastColumn, sheet.getMaxRows());
  return 'missing' in shape ? shape : { ...shape, sheet };
}
