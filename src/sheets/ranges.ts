/**
 * Range handles in bulk: every range a step addresses on one sheet comes from
 * one getRange, or from getRangeList + getRanges when there are several (two
 * calls whatever their number), and one value given to several ranges is one
 * RangeList call. https://developers.google.com/apps-script/reference/spreadsheet/range-list
 */
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type RangeList = GoogleAppsScript.Spreadsheet.RangeList;

export interface Ranges {
  /** The handle of one of the A1 ranges asked for. */
  (a1: string): Range;
}

/** Handles of the sheet's ranges given in A1 notation (duplicates allowed), fetched together. */
export function rangesOf(sheet: Sheet, a1s: readonly string[]): Ranges {
  const unique = [...new Set(a1s)];
  const got = new Map<string, Range>();
  if (unique.length === 1) got.set(unique[0] as string, sheet.getRange(unique[0] as string));
  else if (unique.length > 1) sheet.getRangeList(unique).getRanges().forEach((r, i) => got.set(unique[i] as string, r));
  return (a1: string): Range => {
    const r = got.get(a1);
    if (!r) throw new Error(`range ${a1} was not fetched`);
    return r;
  };
}

/** What one value is written to: the range itself when there is one, else one RangeList over them all. */
export function targetOf(sheet: Sheet, a1s: readonly string[], ranges: Ranges): Range | RangeList {
  return a1s.length === 1 ? ranges(a1s[0] as string) : sheet.getRangeList([...a1s]);
}
