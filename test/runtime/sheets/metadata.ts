/**
 * Developer metadata on the spreadsheet, a sheet, or whole rows/columns.
 * Row/column metadata moves with inserted and deleted rows/columns and is
 * dropped when its rows/columns are deleted, as in Sheets.
 * https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata
 */
type GMeta = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
type GFinder = GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
type GLocation = GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation;

import type { GridRect } from './a1';
import { DeveloperMetadataLocationType, DeveloperMetadataVisibility, enumName, isEnumValue } from './enums';
import { sheetsError } from './errors';
import { Facade, unwrap, wrap } from './facade';
import { RangeImpl, rangeFromRect } from './range';
import { newSheet, SheetImpl } from './sheet';
import { newSpreadsheet } from './spreadsheet';
import type { MetadataData, MetadataLocation, SheetModel } from './store';
import type { Workbook } from './workbook';

const VISIBILITIES = new Set(['DOCUMENT', 'PROJECT']);

/** addDeveloperMetadata(key[, value][, visibility]): a 2nd argument that is a visibility enum is the visibility. */
export function addMetadata(
  wb: Workbook,
  location: MetadataLocation,
  key: string,
  valueOrVisibility?: unknown,
  visibility?: unknown,
): void {
  if (typeof key !== 'string' || key === '') throw sheetsError('Invalid argument: key');
  let value: string | null = null;
  let vis = 'DOCUMENT';
  if (visibility !== undefined) {
    value = valueOrVisibility === null || valueOrVisibility === undefined ? null : String(valueOrVisibility);
    vis = enumName(visibility);
  } else if (isEnumValue(valueOrVisibility) && VISIBILITIES.has(enumName(valueOrVisibility))) vis = enumName(valueOrVisibility);
  else if (valueOrVisibility !== undefined && valueOrVisibility !== null) value = String(valueOrVisibility);
  wb.metadata.push({ id: wb.newId(), key, value, visibility: vis, location, removed: false });
}

/** Range metadata must cover whole rows or whole columns. */
export function rangeMetadataLocation(wb: Workbook, sheet: SheetModel, rect: GridRect): MetadataLocation {
  const wholeCols = rect.row === 1 && rect.numRows === sheet.maxRows;
  const wholeRows = rect.col === 1 && rect.numCols === sheet.maxCols;
  // Tracked over the whole column (row): deleting row 1 or column A must not drop it, as in Sheets, where
  // column metadata moves with its column whatever rows are deleted (DeveloperMetadataLocation.getColumn,
  // https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-location).
  if (wholeCols) {
    return { type: 'COLUMN', range: wb.track(sheet, { row: 1, col: rect.col, numRows: sheet.maxRows, numCols: rect.numCols }) };
  }
  if (wholeRows) return { type: 'ROW', range: wb.track(sheet, { row: rect.row, col: 1, numRows: rect.numRows, numCols: sheet.maxCols }) };
  throw sheetsError(
    'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.',
  );
}

function locationSheet(loc: MetadataLocation): SheetModel | undefined {
  if (loc.type === 'SPREADSHEET') return undefined;
  return loc.type === 'SHEET' ? loc.sheet : loc.range.sheet;
}

function locationRect(loc: MetadataLocation): GridRect | undefined {
  if (loc.type !== 'ROW' && loc.type !== 'COLUMN') return undefined;
  const t = loc.range;
  return loc.type === 'COLUMN'
    ? { row: 1, col: t.col, numRows: t.sheet.maxRows, numCols: t.numCols }
    : { row: t.row, col: 1, numRows: t.numRows, numCols: t.sheet.maxCols };
}

function sameRect(a: GridRect, b: GridRect): boolean {
  return a.row === b.row && a.col === b.col && a.numRows === b.numRows && a.numCols === b.numCols;
}

function intersects(a: GridRect, b: GridRect): boolean {
  return a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.col < b.col + b.numCols && b.col < a.col + a.numCols;
}

export function wrapMetadata(wb: Workbook, m: MetadataData): GMeta {
  return wrap(new DeveloperMetadataImpl(wb, m), 'DeveloperMetadata');
}

/** Metadata located exactly on a range's rows/columns (Range.getDeveloperMetadata). */
export function metadataForRange(wb: Workbook, sheet: SheetModel, rect: GridRect): GMeta[] {
  return wb.metadata
    .filter((m) => {
      const r = locationRect(m.location);
      return r !== undefined && locationSheet(m.location) === sheet && sameRect(r, rect);
    })
    .map((m) => wrapMetadata(wb, m));
}

export function metadataForSheet(wb: Workbook, sheet: SheetModel): GMeta[] {
  return wb.metadata.filter((m) => m.location.type === 'SHEET' && m.location.sheet === sheet).map((m) => wrapMetadata(wb, m));
}

export function metadataForSpreadsheet(wb: Workbook): GMeta[] {
  return wb.metadata.filter((m) => m.location.type === 'SPREADSHEET').map((m) => wrapMetadata(wb, m));
}

export class DeveloperMetadataImpl extends Facade<GMeta> implements Partial<GMeta> {
  constructor(
    wb: Workbook,
    readonly _m: MetadataData,
  ) {
    super(wb);
  }
  getId(): number {
    return this._m.id;
  }
  getKey(): string {
    return this._m.key;
  }
  setKey(key: string): GMeta {
    this._m.key = key;
    return this._self;
  }
  getValue(): string | null {
    return this._m.value;
  }
  setValue(value: string): GMeta {
    this._m.value = value === null ? null : String(value);
    return this._self;
  }
  getVisibility(): GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility {
    return DeveloperMetadataVisibility[
      this._m.visibility as 'DOCUMENT'
    ] as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;
  }
  setVisibility(visibility: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility): GMeta {
    this._m.visibility = enumName(visibility);
    return this._self;
  }
  getLocation(): GLocation {
    return wrap(new DeveloperMetadataLocationImpl(this._wb, this._m.location), 'DeveloperMetadataLocation');
  }
  moveToSpreadsheet(): GMeta {
    this._m.location = { type: 'SPREADSHEET' };
    return this._self;
  }
  moveToSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): GMeta {
    this._m.location = { type: 'SHEET', sheet: unwrap(sheet, SheetImpl, 'sheet')._sheet };
    return this._self;
  }
  moveToColumn(column: GoogleAppsScript.Spreadsheet.Range): GMeta {
    const r = unwrap(column, RangeImpl, 'column');
    this._m.location = rangeMetadataLocation(this._wb, r._sheet, {
      row: 1,
      col: r._rect.col,
      numRows: r._sheet.maxRows,
      numCols: r._rect.numCols,
    });
    return this._self;
  }
  moveToRow(row: GoogleAppsScript.Spreadsheet.Range): GMeta {
    const r = unwrap(row, RangeImpl, 'row');
    this._m.location = rangeMetadataLocation(this._wb, r._sheet, {
      row: r._rect.row,
      col: 1,
      numRows: r._rect.numRows,
      numCols: r._sheet.maxCols,
    });
    return this._self;
  }
  remove(): void {
    this._m.removed = true;
    this._wb.metadata = this._wb.metadata.filter((m) => m !== this._m);
  }
}

export class DeveloperMetadataLocationImpl extends Facade<GLocation> implements Partial<GLocation> {
  constructor(
    wb: Workbook,
    readonly _loc: MetadataLocation,
  ) {
    super(wb);
  }
  getLocationType(): GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType {
    return DeveloperMetadataLocationType[this._loc.type] as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType;
  }
  getColumn(): GoogleAppsScript.Spreadsheet.Range | null {
    const r = locationRect(this._loc);
    return this._loc.type === 'COLUMN' && r ? rangeFromRect(this._wb, this._loc.range.sheet, r) : null;
  }
  getRow(): GoogleAppsScript.Spreadsheet.Range | null {
    const r = locationRect(this._loc);
    return this._loc.type === 'ROW' && r ? rangeFromRect(this._wb, this._loc.range.sheet, r) : null;
  }
  getSheet(): GoogleAppsScript.Spreadsheet.Sheet | null {
    return this._loc.type === 'SHEET' ? newSheet(this._wb, this._loc.sheet) : null;
  }
  getSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet | null {
    return this._loc.type === 'SPREADSHEET' ? newSpreadsheet(this._wb) : null;
  }
}

export type FinderScope =
  { kind: 'spreadsheet' } | { kind: 'sheet'; sheet: SheetModel } | { kind: 'range'; sheet: SheetModel; rect: GridRect };

export function metadataFinder(wb: Workbook, scope: FinderScope): GFinder {
  return wrap(new DeveloperMetadataFinderImpl(wb, scope), 'DeveloperMetadataFinder');
}

export class DeveloperMetadataFinderImpl extends Facade<GFinder> implements Partial<GFinder> {
  private readonly filters: ((m: MetadataData) => boolean)[] = [];
  private intersecting = false;
  constructor(
    wb: Workbook,
    readonly _scope: FinderScope,
  ) {
    super(wb);
  }
  withKey(key: string): GFinder {
    this.filters.push((m) => m.key === key);
    return this._self;
  }
  withValue(value: string): GFinder {
    this.filters.push((m) => m.value === value);
    return this._self;
  }
  withId(id: number): GFinder {
    this.filters.push((m) => m.id === id);
    return this._self;
  }
  withLocationType(locationType: GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType): GFinder {
    const t = enumName(locationType);
    this.filters.push((m) => m.location.type === t);
    return this._self;
  }
  withVisibility(visibility: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility): GFinder {
    const v = enumName(visibility);
    this.filters.push((m) => m.visibility === v);
    return this._self;
  }
  onIntersectingLocations(): GFinder {
    this.intersecting = true;
    return this._self;
  }
  find(): GMeta[] {
    return this._wb.metadata.filter((m) => this.inScope(m) && this.filters.every((f) => f(m))).map((m) => wrapMetadata(this._wb, m));
  }
  private inScope(m: MetadataData): boolean {
    const s = this._scope;
    if (s.kind === 'spreadsheet') return true;
    if (s.kind === 'sheet') return locationSheet(m.location) === s.sheet;
    const r = locationRect(m.location);
    if (!r || locationSheet(m.location) !== s.sheet) return false;
    return this.intersecting ? intersects(r, s.rect) : sameRect(r, s.rect);
  }
}
