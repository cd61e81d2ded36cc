/**
 * A plain description of the whole workbook, for exporters (ExcelJS) and
 * for comparing states in tests. Rows and columns are 1-based.
 */
import type { ChartSpec } from './charts';

export type CellScalar = number | string | boolean | null;

export interface ValidationModel {
  criteria: string;
  /** Criteria values; for VALUE_IN_RANGE the first is the source range as 'Sheet'!A1 text. */
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

export interface CellModel {
  row: number;
  col: number;
  a1: string;
  /** Computed value; date/time cells hold the serial number (see isDate). Errors are their text, e.g. '#N/A'. */
  value: CellScalar;
  isDate: boolean;
  isError: boolean;
  /** Anchor cells of formulas only (spilled cells have none). */
  formula?: string;
  numberFormat?: string;
  note?: string;
  background?: string;
  fontWeight?: string;
  fontColor?: string;
  fontStyle?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrap?: string;
  validation?: ValidationModel;
}

export interface ConditionalFormatModel {
  ranges: string[];
  condition: string;
  values: unknown[];
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
}

export interface ProtectionModel {
  type: 'RANGE' | 'SHEET';
  sheet: string;
  range: string;
  description: string;
  warningOnly: boolean;
  editors: string[];
}

export interface SheetExportModel {
  name: string;
  index: number;
  sheetId: number;
  hidden: boolean;
  tabColor: string | null;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  /** Column (1-based) to width in pixels, only for columns with a set width. */
  columnWidths: Record<number, number>;
  rowHeights: Record<number, number>;
  hiddenRows: number[];
  hiddenColumns: number[];
  lastRow: number;
  lastColumn: number;
  cells: CellModel[];
  conditionalFormats: ConditionalFormatModel[];
  charts: ChartSpec[];
}

export interface NamedRangeModel {
  name: string;
  sheet: string;
  range: string;
}

export interface MetadataModel {
  id: number;
  key: string;
  value: string | null;
  visibility: string;
  location: { type: string; sheet?: string; range?: string };
}

export interface WorkbookModel {
  id: string;
  name: string;
  locale: string;
  timeZone: string;
  sheets: SheetExportModel[];
  namedRanges: NamedRangeModel[];
  protections: ProtectionModel[];
  developerMetadata: MetadataModel[];
}

export type { ChartSpec };
