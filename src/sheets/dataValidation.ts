/**
 * Native data validation per column type, so the sheet itself flags bad
 * input while no script runs. Invalid values are allowed (with a warning
 * mark) rather than rejected: a rejected paste loses what the user typed,
 * and our own validator explains the problem in words.
 * https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder
 */
import type { Lang } from '../core/i18n';
import type { Notes } from '../core/notes';
import type { ColumnSpec } from '../core/schema/types';
import type { SheetsApi } from './api';

type Range = GoogleAppsScript.Spreadsheet.Range;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

export interface ValidationContext {
  readonly lang: Lang;
  /** The Accounts tab's id column (data rows), for account dropdowns. */
  readonly accountIds: Range | null;
  readonly api: SheetsApi;
  /** The column notes (html/Notes.html), for the help text. */
  readonly notes: Notes;
}

export function dataValidationFor(col: ColumnSpec, ctx: ValidationContext): DataValidation | null {
  const help = ctx.notes.note(col.noteKey);
  const b = ctx.api.newDataValidation().setAllowInvalid(true).setHelpText(help);
  // A dependent dropdown's list follows another cell of its row: app/dependentLists.ts sets it per row.
  if (col.dependent) return null;
  switch (col.type) {
    case 'enum':
      return b
        .requireValueInList(
          (col.options ?? []).map((o) => o.label[ctx.lang]),
          true,
        )
        .build();
    case 'accountRef':
      return ctx.accountIds ? b.requireValueInRange(ctx.accountIds, true).build() : null;
    case 'email':
      return b.requireTextIsEmail().build();
    case 'date':
      return b.requireDate().build();
    case 'money':
    case 'integer':
    case 'number':
      return b.requireNumberGreaterThanOrEqualTo(0).build();
    case 'percent':
      return b.requireNumberBetween(0, 1).build();
    default:
      return null;
  }
}

/** Number format per column type; '@' keeps text as typed (no formulas, no "+370" turning into a number). */
export function numberFormatFor(col: ColumnSpec): string | null {
  if (col.type === 'computed' && col.yields === 'text') return null;
  const t = col.type === 'computed' ? col.yields : col.type;
  switch (t) {
    case 'date':
      return 'yyyy-mm-dd';
    case 'money':
      return '#,##0';
    case 'integer':
      return '0';
    case 'percent':
      return '0.0%';
    case 'number':
      return '#,##0.##';
    case 'text':
    case 'longtext':
    case 'email':
    case 'enum':
    case 'accountRef':
      return '@';
    default:
      return null;
  }
}
