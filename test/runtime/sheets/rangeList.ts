/**
 * RangeList: one or more ranges of the same sheet, each operation applied to
 * every range. One call to a RangeList method is one counted call
 * (`RangeList.setValue`), however many ranges it holds; the ranges it works on
 * are not counted again. Members Range does not implement here are not
 * implemented either (they throw NotImplementedError).
 * https://developers.google.com/apps-script/reference/spreadsheet/range-list
 */
type GRange = GoogleAppsScript.Spreadsheet.Range;
type GRangeList = GoogleAppsScript.Spreadsheet.RangeList;

import { sheetsError } from './errors';
import { Facade, wrap } from './facade';
import { RangeImpl, newRange } from './range';
import type { SheetModel } from './store';
import type { Workbook } from './workbook';

/**
 * Sheet.getRangeList / Spreadsheet.getRangeList (on the active sheet): "a
 * non-empty list of A1 notations" of ranges "in the same sheet"
 * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRangeList(String)).
 * The messages for an empty list and for another sheet's range are not quoted
 * from Google: an empty list is an invalid argument, another sheet's range is
 * not found, as with Sheet.getRange.
 */
export function newRangeList(wb: Workbook, sheet: SheetModel, a1Notations: readonly string[]): GRangeList {
  if (!Array.isArray(a1Notations) || a1Notations.length === 0) throw sheetsError('Invalid argument: a1Notations');
  const ranges = a1Notations.map((a1) => {
    const { sheet: s, rect } = wb.resolve(String(a1), sheet);
    if (s !== sheet) throw sheetsError('Range not found');
    return newRange(wb, s, rect.row, rect.col, rect.numRows, rect.numCols);
  });
  return wrap(new RangeListImpl(wb, ranges), 'RangeList');
}

export class RangeListImpl extends Facade<GRangeList> implements Partial<GRangeList> {
  constructor(
    wb: Workbook,
    private readonly ranges: readonly GRange[],
  ) {
    super(wb);
  }

  /** Applies fn to each range's implementation, so the ranges' own methods are not counted. */
  private _each(fn: (r: RangeImpl) => unknown): GRangeList {
    for (const r of this.ranges) fn((r as unknown as { _raw: RangeImpl })._raw);
    return this._self;
  }

  getRanges(): GRange[] {
    return [...this.ranges];
  }
  /** "Selects the list of Range instances"; the selection here is one range, so the last one becomes the active range. */
  activate(): GRangeList {
    return this._each((r) => r.activate());
  }

  clear(options?: {
    commentsOnly?: boolean;
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
    skipFilteredRows?: boolean;
  }): GRangeList {
    return this._each((r) => r.clear(options));
  }
  clearContent(): GRangeList {
    return this._each((r) => r.clearContent());
  }
  clearDataValidations(): GRangeList {
    return this._each((r) => r.clearDataValidations());
  }
  clearFormat(): GRangeList {
    return this._each((r) => r.clearFormat());
  }
  clearNote(): GRangeList {
    return this._each((r) => r.clearNote());
  }
  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): GRangeList {
    return this._each((r) => r.insertCheckboxes(checkedValue, uncheckedValue));
  }

  setValue(value: unknown): GRangeList {
    return this._each((r) => r.setValue(value));
  }
  setFormula(formula: string): GRangeList {
    return this._each((r) => r.setFormula(formula));
  }
  setNote(note: string | null): GRangeList {
    return this._each((r) => r.setNote(note));
  }
  setNumberFormat(numberFormat: string): GRangeList {
    return this._each((r) => r.setNumberFormat(numberFormat));
  }
  setBackground(color: string | null): GRangeList {
    return this._each((r) => r.setBackground(color));
  }
  setBackgroundRGB(red: number, green: number, blue: number): GRangeList {
    return this._each((r) => r.setBackgroundRGB(red, green, blue));
  }
  setFontColor(color: string | null): GRangeList {
    return this._each((r) => r.setFontColor(color));
  }
  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): GRangeList {
    return this._each((r) => r.setFontWeight(fontWeight));
  }
  setFontStyle(fontStyle: GoogleAppsScript.Spreadsheet.FontStyle | null): GRangeList {
    return this._each((r) => r.setFontStyle(fontStyle));
  }
  setFontLine(fontLine: GoogleAppsScript.Spreadsheet.FontLine | null): GRangeList {
    return this._each((r) => r.setFontLine(fontLine));
  }
  setFontFamily(fontFamily: string | null): GRangeList {
    return this._each((r) => r.setFontFamily(fontFamily));
  }
  setFontSize(size: number): GRangeList {
    return this._each((r) => r.setFontSize(size));
  }
  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): GRangeList {
    return this._each((r) => r.setHorizontalAlignment(alignment));
  }
  setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): GRangeList {
    return this._each((r) => r.setVerticalAlignment(alignment));
  }
  setWrap(isWrapEnabled: boolean): GRangeList {
    return this._each((r) => r.setWrap(isWrapEnabled));
  }
  setWrapStrategy(strategy: GoogleAppsScript.Spreadsheet.WrapStrategy): GRangeList {
    return this._each((r) => r.setWrapStrategy(strategy));
  }
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color?: string | null,
    style?: GoogleAppsScript.Spreadsheet.BorderStyle | null,
  ): GRangeList {
    return this._each((r) => r.setBorder(top, left, bottom, right, vertical, horizontal, color, style));
  }
}
