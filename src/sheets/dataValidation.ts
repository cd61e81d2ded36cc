/**
 * Native data validation per column type, so the sheet itself flags bad
 * input while no script runs. Invalid values are allowed (with a warning
 * mark) rather than rejected: a rejected paste loses what the user typed,
 * and our own validator explains the problem in words. A builder is started
 * only for a column that gets a rule (core/schema/columnPlan.ts says which).
 * https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder
 */
import type { Lang } from '../core/i18n';
import type { Notes } from '../core/notes';
import { ruleKindFor } from '../core/schema/columnPlan';
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
  const kind = ruleKindFor(col);
  if (kind === null || (kind === 'accountRef' && !ctx.accountIds)) return null;
  const b = ctx.api.newDataValidation().setAllowInvalid(true).setHelpText(ctx.notes.note(col.noteKey));
  switch (kind) {
    case 'list':
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
    case 'nonNegative':
      return b.requireNumberGreaterThanOrEqualTo(0).build();
    case 'fraction':
      return b.requireNumberBetween(0, 1).build();
  }
}
