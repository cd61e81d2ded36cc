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
  const [only] = unique;
  if (unique.length === 1 && only !== undefined) got.set(only, sheet.getRange(only));
  else if (unique.length > 1)
    sheet
      .getRangeList(unique)
      .getRanges()
      .forEach((r, i) => got.set(unique[i] ?? '', r));
  return (a1: string): Range => {
    const r = got.get(a1);
    if (!r) throw new Error(`range ${a1} was not fetched`);
    return r;
  };
}

/** What one value is written to: the range itself when there is one, else one RangeList over them all. */
export function targetOf(sheet: Sheet, a1s: readonly string[], ranges: Ranges): Range | RangeList {
  const [only] = a1s;
  return a1s.length === 1 && only !== undefined ? ranges(only) : sheet.getRangeList([...a1s]);
}
