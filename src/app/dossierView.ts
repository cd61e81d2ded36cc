import type { Lang } from '../core/i18n';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The "Dossier view" tab: pick an account, see every part of its dossier. (Filled in later.) */
export function buildDossierView(
  _ss: Spreadsheet,
  _lang: Lang,
  _layout: Readonly<Record<string, { sheet: Sheet; columnOf: Readonly<Record<string, number>> }>>,
): void {
  // Intentionally empty for now.
}
