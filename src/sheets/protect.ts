/**
 * Warning-only protection for the ranges the add-on owns (header rows,
 * computed columns): users are warned before editing them, yet nobody is
 * locked out of their own dossier. Our protections are recognised by their
 * description, so a repair replaces them instead of piling up duplicates.
 * https://developers.google.com/apps-script/reference/spreadsheet/protection
 */
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
import type { SheetsApi } from './api';

export const PROTECTION_PREFIX = 'kad:';

export function protectOwnedRanges(
  sheet: Sheet,
  ranges: readonly { id: string; range: Range; description: string }[],
  api: SheetsApi,
): void {
  const existing = sheet.getProtections(api.protectionType.RANGE);
  const ours = new Map<string, GoogleAppsScript.Spreadsheet.Protection>();
  for (const p of existing) {
    const d = p.getDescription();
    if (d.startsWith(PROTECTION_PREFIX)) ours.set(d.split(' ')[0] ?? d, p);
  }
  for (const { id, range, description } of ranges) {
    const tag = `${PROTECTION_PREFIX}${id}`;
    const p = ours.get(tag);
    if (p) {
      p.setRange(range);
      ours.delete(tag);
    } else {
      range.protect().setDescription(`${tag} ${description}`).setWarningOnly(true);
    }
  }
  // Protections of ours that no longer match a range (e.g. a column removed from the schema).
  for (const stale of ours.values()) stale.remove();
}
