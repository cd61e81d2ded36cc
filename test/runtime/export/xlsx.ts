/**
 * Writes the runtime's workbook model (rt.spreadsheet.toWorkbookModel()) to
 * an .xlsx file with ExcelJS: values, formulas with their computed results,
 * dropdowns and other data validation, conditional formats, number formats,
 * frozen panes, hidden rows/columns, widths, notes, tab colours and named
 * ranges.
 *
 * ExcelJS never computes, and LibreOffice shows a formula's stored result
 * when it opens the file, so every formula goes out with the value the
 * runtime evaluated. A formula is written only when Excel understands it;
 * otherwise the cell holds its value alone. An ARRAYFORMULA over open-ended
 * ranges becomes one ordinary formula per filled row (Excel has no
 * ARRAYFORMULA and no `G3:G` ranges).
 *
 * Not exported: protections (Excel has no warning-only protection), charts
 * (ExcelJS cannot write them), developer metadata.
 */
import ExcelJS from 'exceljs';
import type { CellModel, ConditionalFormatModel, SheetExportModel, ValidationModel, WorkbookModel } from '../sheets/model';

export interface XlsxReport {
  readonly sheets: number;
  readonly cells: number;
  readonly formulas: number;
  /** Formulas Excel cannot read, written as their values. */
  readonly valueOnlyFormulas: number;
  readonly validations: number;
  readonly conditionalFormats: number;
  /** Conditional format rules that could not be expressed in Excel. */
  readonly skippedConditionalFormats: number;
  readonly notes: number;
}

/** Hidden sheet holding dropdown lists: a list literal breaks on commas and 255 characters. */
export const LISTS_SHEET = 'lists';

export interface XlsxOptions {
  /** The workbook's creator property (default: none). */
  readonly creator?: string;
  /** The hidden sheet holding dropdown lists (default LISTS_SHEET); pick a name no sheet of the workbook uses. */
  readonly listsSheet?: string;
}

/**
 * Functions Excel (2010+) and LibreOffice read under the same name and
 * meaning as Google Sheets. Anything else (FILTER, QUERY, REGEXMATCH, SPLIT,
 * IFS, TEXTJOIN, ...) keeps the cell's value only.
 */
const EXCEL_FUNCTIONS = new Set(
  (
    'ABS AND AVERAGE AVERAGEIF CEILING CHOOSE COLUMN COLUMNS CONCATENATE COUNT COUNTA COUNTBLANK COUNTIF COUNTIFS DATE ' +
    'DATEDIF DAY EDATE EOMONTH EXACT FIND FLOOR HLOOKUP HYPERLINK IF IFERROR INDEX INT ISBLANK ISERROR ISNA ISNUMBER ' +
    'ISTEXT LARGE LEFT LEN LOWER MATCH MAX MID MIN MOD MONTH N NA NOT NOW OR POWER PRODUCT PROPER RANK RIGHT ROUND ' +
    'ROUNDDOWN ROUNDUP ROW ROWS SEARCH SMALL SQRT SUBSTITUTE SUM SUMIF SUMIFS SUMPRODUCT T TEXT TODAY TRIM UPPER VALUE ' +
    'VLOOKUP WEEKDAY YEAR'
  ).split(' '),
);

const argb = (hex: string | null | undefined): string | undefined => {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex ?? '');
  return m ? `FF${(m[1] as string).toUpperCase()}` : undefined;
};

/** Sheets pixel widths to Excel character widths (Calibri 11: ~7 px per character plus padding). */
const excelWidth = (px: number): number => Math.max(1, Math.round(((px - 5) / 7) * 100) / 100);

function columnLetters(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** Text outside string literals, for scanning function names and ranges. */
function codeOnly(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"/g, '""');
}

/** Applies fn to the parts of a formula outside string literals and quoted sheet names. */
function mapCode(formula: string, fn: (code: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, i) => (i % 2 === 1 ? part : fn(part)))
    .join('');
}

/** `G3:G` (open-ended, Sheets only) to `G3:G<rows>`. */
function boundOpenRanges(formula: string, rows: number): string {
  return mapCode(formula, (code) => code.replace(/(\$?[A-Z]{1,3})(\$?\d+):(\$?[A-Z]{1,3})(?![\w$(!])/g, `$1$2:$3${rows}`));
}

function excelCompatible(formula: string): boolean {
  const code = codeOnly(formula);
  if (/[{}]/.test(code)) return false; // Sheets array literals
  for (const m of code.matchAll(/([A-Za-z_][A-Za-z0-9_.]*)\s*\(/g)) {
    if (!EXCEL_FUNCTIONS.has((m[1] as string).toUpperCase())) return false;
  }
  return true;
}

/**
 * An ARRAYFORMULA whose ranges all start on its own row, as the per-row
 * formula for row `row`: `=ARRAYFORMULA(IF(G3:G="",...))` on row 5 gives
 * `IF(G5="",...)`. Null when the formula is not of that shape.
 */
export function arrayFormulaForRow(formula: string, anchorRow: number, row: number): string | null {
  const m = /^=\s*ARRAYFORMULA\s*\(([\s\S]*)\)\s*$/i.exec(formula);
  if (!m) return null;
  let ok = true;
  const body = mapCode(m[1] as string, (code) =>
    code.replace(
      /(\$?[A-Z]{1,3})\$?(\d+):(\$?[A-Z]{1,3})(\$?\d+)?(?![\w$(!])/g,
      (whole, c1: string, r1: string, c2: string, r2?: string) => {
        if (
          Number(r1) !== anchorRow ||
          c1.replace('$', '') !== c2.replace('$', '') ||
          (r2 !== undefined && Number(r2.replace('$', '')) < anchorRow)
        ) {
          ok = false;
          return whole;
        }
        return `${c1}${row}`;
      },
    ),
  );
  return ok ? body : null;
}

type Result = ExcelJS.CellValue;

function scalar(cell: CellModel): Result {
  if (cell.value === null) return null;
  if (cell.isError && typeof cell.value === 'string') return { error: cell.value as ExcelJS.ErrorValue };
  return cell.value;
}

function formulaValue(formula: string, cell: CellModel): Result {
  const v = scalar(cell);
  const result = v === null ? '' : v;
  return { formula, result } as ExcelJS.CellFormulaValue;
}

/** Collects dropdown lists while sheets are written; the hidden sheet goes last so sheet order stays the workbook's. */
class ListsSheet {
  constructor(private readonly name: string) {}
  private readonly lists = new Map<string, { ref: string; values: readonly unknown[] }>();

  /** An absolute reference to a column of the hidden sheet holding these values. */
  ref(values: readonly unknown[]): string {
    const key = JSON.stringify(values);
    const found = this.lists.get(key);
    if (found) return found.ref;
    const letters = columnLetters(this.lists.size + 1);
    const ref = `${this.name}!$${letters}$1:$${letters}$${Math.max(values.length, 1)}`;
    this.lists.set(key, { ref, values });
    return ref;
  }

  write(wb: ExcelJS.Workbook): void {
    if (this.lists.size === 0) return;
    const ws = wb.addWorksheet(this.name, { state: 'hidden' });
    [...this.lists.values()].forEach(({ values }, i) => values.forEach((v, r) => (ws.getCell(r + 1, i + 1).value = v as Result)));
  }
}

function stripEq(v: unknown): string {
  const s = String(v);
  return s.startsWith('=') ? s.slice(1) : /^-?\d+(\.\d+)?$/.test(s) ? s : `"${s.replace(/"/g, '""')}"`;
}

function absolute(rangeA1: string): string {
  return rangeA1.replace(/(^|!|:)\$?([A-Z]{1,3})\$?(\d+)/g, '$1$$$2$$$3');
}

function dataValidation(v: ValidationModel, a1: string, lists: ListsSheet, rows: number): ExcelJS.DataValidation | null {
  const common = {
    allowBlank: true,
    showInputMessage: !!v.helpText,
    prompt: v.helpText ? v.helpText.slice(0, 255) : undefined,
    showErrorMessage: true,
    // Sheets' "show a warning" lets the value in; Excel's warning style does too.
    errorStyle: v.allowInvalid ? 'warning' : 'stop',
    error: v.helpText ? v.helpText.slice(0, 255) : undefined,
  };
  const n = (i: number): number => Number(v.values[i]);
  switch (v.criteria) {
    case 'VALUE_IN_LIST':
      return { ...common, type: 'list', formulae: [lists.ref((v.values[0] as unknown[]) ?? [])] };
    case 'VALUE_IN_RANGE': {
      const src = String(v.values[0] ?? '');
      if (src === '#REF!') return null;
      return { ...common, type: 'list', formulae: [boundOpenRanges(absolute(src), rows)] };
    }
    case 'TEXT_IS_VALID_EMAIL':
      return { ...common, type: 'custom', formulae: [`ISNUMBER(MATCH("*?@?*.?*",${a1},0))`] };
    case 'DATE_IS_VALID_DATE':
      return { ...common, type: 'date', operator: 'greaterThan', formulae: [new Date(Date.UTC(1900, 0, 1))] };
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return { ...common, type: 'decimal', operator: 'greaterThanOrEqual', formulae: [n(0)] };
    case 'NUMBER_GREATER_THAN':
      return { ...common, type: 'decimal', operator: 'greaterThan', formulae: [n(0)] };
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return { ...common, type: 'decimal', operator: 'lessThanOrEqual', formulae: [n(0)] };
    case 'NUMBER_LESS_THAN':
      return { ...common, type: 'decimal', operator: 'lessThan', formulae: [n(0)] };
    case 'NUMBER_BETWEEN':
      return { ...common, type: 'decimal', operator: 'between', formulae: [n(0), n(1)] };
    case 'NUMBER_NOT_BETWEEN':
      return { ...common, type: 'decimal', operator: 'notBetween', formulae: [n(0), n(1)] };
    case 'NUMBER_EQUAL_TO':
      return { ...common, type: 'decimal', operator: 'equal', formulae: [n(0)] };
    case 'CUSTOM_FORMULA': {
      const f = String(v.values[0] ?? '');
      return excelCompatible(f) ? { ...common, type: 'custom', formulae: [boundOpenRanges(f.replace(/^=/, ''), rows)] } : null;
    }
    default:
      return null;
  }
}

/** A Sheets boolean condition as an Excel formula on the rule's top-left cell, or null. */
function cfExpression(cf: ConditionalFormatModel, topLeft: string, rows: number): string | null {
  const v = cf.values;
  const x = topLeft;
  const num = (i: number): string => stripEq(v[i]);
  const text = (i: number): string => `"${String(v[i] ?? '').replace(/"/g, '""')}"`;
  const expr = ((): string | null => {
    switch (cf.condition) {
      case 'CUSTOM_FORMULA': {
        const f = String(v[0] ?? '');
        return excelCompatible(f) ? f.replace(/^=/, '') : null;
      }
      case 'NUMBER_GREATER_THAN':
        return `AND(ISNUMBER(${x}),${x}>${num(0)})`;
      case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
        return `AND(ISNUMBER(${x}),${x}>=${num(0)})`;
      case 'NUMBER_LESS_THAN':
        return `AND(ISNUMBER(${x}),${x}<${num(0)})`;
      case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
        return `AND(ISNUMBER(${x}),${x}<=${num(0)})`;
      case 'NUMBER_EQUAL_TO':
        return `AND(ISNUMBER(${x}),${x}=${num(0)})`;
      case 'NUMBER_NOT_EQUAL_TO':
        return `AND(ISNUMBER(${x}),${x}<>${num(0)})`;
      case 'NUMBER_BETWEEN':
        return `AND(ISNUMBER(${x}),${x}>=${num(0)},${x}<=${num(1)})`;
      case 'NUMBER_NOT_BETWEEN':
        return `AND(ISNUMBER(${x}),OR(${x}<${num(0)},${x}>${num(1)}))`;
      case 'TEXT_EQUAL_TO':
        return `${x}=${text(0)}`;
      case 'TEXT_CONTAINS':
        return `ISNUMBER(SEARCH(${text(0)},${x}))`;
      case 'TEXT_NOT_CONTAINS':
        return `NOT(ISNUMBER(SEARCH(${text(0)},${x})))`;
      case 'TEXT_STARTS_WITH':
        return `LEFT(${x},LEN(${text(0)}))=${text(0)}`;
      case 'TEXT_ENDS_WITH':
        return `RIGHT(${x},LEN(${text(0)}))=${text(0)}`;
      case 'CELL_EMPTY':
        return `LEN(${x})=0`;
      case 'CELL_NOT_EMPTY':
        return `LEN(${x})>0`;
      default:
        return null;
    }
  })();
  return expr === null ? null : boundOpenRanges(expr, rows);
}

/** A cell's own look (number format, fill, font, alignment) as ExcelJS style properties. */
function cellStyle(c: CellModel): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  if (c.numberFormat && c.numberFormat !== 'General') style.numFmt = c.numberFormat;
  const bg = argb(c.background);
  if (bg && bg !== 'FFFFFFFF') style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: bg } };
  const font: Partial<ExcelJS.Font> = {};
  if (c.fontWeight === 'bold') font.bold = true;
  if (c.fontStyle === 'italic') font.italic = true;
  const fc = argb(c.fontColor);
  if (fc && fc !== 'FF000000') font.color = { argb: fc };
  if (Object.keys(font).length) style.font = font;
  const align: Partial<ExcelJS.Alignment> = {};
  if (c.wrap === 'WRAP') align.wrapText = true;
  const h = c.horizontalAlignment?.toLowerCase();
  if (h === 'left' || h === 'center' || h === 'right') align.horizontal = h;
  const va = c.verticalAlignment?.toLowerCase();
  if (va === 'top' || va === 'middle' || va === 'bottom') align.vertical = va;
  if (Object.keys(align).length) style.alignment = align;
  return style;
}

/**
 * A column whose empty cells mostly share one look gets it as the column's style, so the empty rows below a
 * table cost no cell each (a dossier tab formats all its 1,000 rows: ~130,000 cells, most of the export's
 * and of a re-read's time). Excel and LibreOffice show an absent cell in its column's style; a cell that is
 * written carries its whole own style. Only an empty cell left plain in such a column would now show the
 * column's style, when someone types into it.
 */
function setColumnStyles(ws: ExcelJS.Worksheet, sheet: SheetExportModel, styles: Map<CellModel, string>): Map<number, string> {
  const counts = new Map<number, Map<string, number>>();
  for (const c of sheet.cells) {
    const key = styles.get(c) as string;
    if (key === '{}' || !isBlank(c)) continue;
    const byKey = counts.get(c.col) ?? new Map<string, number>();
    byKey.set(key, (byKey.get(key) ?? 0) + 1);
    counts.set(c.col, byKey);
  }
  const columns = new Map<number, string>();
  for (const [col, byKey] of counts) {
    const [key, n] = [...byKey].reduce((a, b) => (b[1] > a[1] ? b : a));
    if (n * 2 < sheet.maxRows) continue; // a few styled cells stay cells
    ws.getColumn(col).style = JSON.parse(key) as Partial<ExcelJS.Style>;
    columns.set(col, key);
  }
  return columns;
}

/** Nothing but look and validation: no value, formula or note. */
const isBlank = (c: CellModel): boolean => (c.value === null || c.value === '') && !c.formula && !c.note;

interface ExcelRule {
  readonly dv: ExcelJS.DataValidation;
  readonly key: string;
  /** The rule's formula names its own cell: written for a range, it names the range's top-left cell. */
  readonly relative?: (a1: string) => ExcelJS.DataValidation;
}

function writeSheetCells(
  ws: ExcelJS.Worksheet,
  sheet: SheetExportModel,
  lists: ListsSheet,
  rows: number,
  counts: Record<keyof XlsxReport, number>,
): void {
  const validated: ({ row: number; col: number } & ExcelRule)[] = [];
  // Cells sharing a rule share its model (sheetModel): its Excel form is worked out once.
  const excelRules = new Map<ValidationModel, ExcelRule | null>();
  const excelRule = (v: ValidationModel): ExcelRule | null => {
    const known = excelRules.get(v);
    if (known !== undefined) return known;
    let made: ExcelRule | null = null;
    if (v.criteria === 'TEXT_IS_VALID_EMAIL') {
      // Excel reads a validation formula relative to the range's top-left cell, as Sheets does.
      const relative = (a1: string): ExcelJS.DataValidation => dataValidation(v, a1, lists, rows) as ExcelJS.DataValidation;
      made = { dv: relative('A1'), key: JSON.stringify(relative('A1')), relative };
    } else {
      const dv = dataValidation(v, '', lists, rows);
      made = dv ? { dv, key: JSON.stringify(dv) } : null;
    }
    excelRules.set(v, made);
    return made;
  };
  // Most cells share their look: each distinct one is worked out once.
  const byFields = new Map<string, string>();
  const styles = new Map<CellModel, string>();
  for (const c of sheet.cells) {
    const fields = `${c.numberFormat}|${c.background}|${c.fontWeight}|${c.fontStyle}|${c.fontColor}|${c.wrap}|${c.horizontalAlignment}|${c.verticalAlignment}`;
    let style = byFields.get(fields);
    if (style === undefined) byFields.set(fields, (style = JSON.stringify(cellStyle(c))));
    styles.set(c, style);
  }
  const columnStyles = setColumnStyles(ws, sheet, styles);
  // ARRAYFORMULA anchors by column, so the filled cells below get per-row formulas.
  const arrayAnchors = new Map<number, CellModel>();
  for (const c of sheet.cells) {
    if (c.formula && /^=\s*ARRAYFORMULA\s*\(/i.test(c.formula) && !c.isError) arrayAnchors.set(c.col, c);
  }
  for (const c of sheet.cells) {
    const style = styles.get(c) as string;
    const columnStyle = columnStyles.get(c.col);
    // A cell with only validation, or only its column's style, needs no ExcelJS cell: validations are
    // written per range below, column styles as the column's. A written cell gets its own style alone.
    let made: ExcelJS.Cell | undefined;
    const cell = (): ExcelJS.Cell => {
      if (made) return made;
      made = ws.getCell(c.row, c.col);
      made.style = JSON.parse(style) as Partial<ExcelJS.Style>;
      return made;
    };
    if (style !== '{}' && style !== columnStyle) cell();
    const anchor = arrayAnchors.get(c.col);
    const inSpill = anchor && c.row >= anchor.row && (c.row === anchor.row || !c.formula);
    const filled = c.value !== null && c.value !== '';
    if (inSpill && anchor && filled) {
      const perRow = arrayFormulaForRow(anchor.formula as string, anchor.row, c.row);
      if (perRow !== null && excelCompatible(perRow)) {
        cell().value = formulaValue(boundOpenRanges(perRow, rows), c);
        counts.formulas++;
      } else {
        cell().value = scalar(c);
        if (c.row === anchor.row) counts.valueOnlyFormulas++;
      }
    } else if (c.formula && !inSpill) {
      const f = c.formula.replace(/^=/, '');
      if (excelCompatible(f)) {
        cell().value = formulaValue(boundOpenRanges(f, rows), c);
        counts.formulas++;
      } else {
        cell().value = scalar(c);
        counts.valueOnlyFormulas++;
      }
    } else if (filled) {
      cell().value = scalar(c);
    }
    if (filled) counts.cells++;
    if (c.note) {
      cell().note = c.note;
      counts.notes++;
    }
    if (c.validation) {
      const rule = excelRule(c.validation);
      if (rule) {
        validated.push({ row: c.row, col: c.col, ...rule });
        counts.validations++;
      }
    }
  }
  addValidations(ws, validated);
}

/**
 * Data validation as one range per run of equal rules down a column: ExcelJS would otherwise squeeze a rule
 * per cell into ranges itself at write time, comparing them pairwise (most of the export's time for a
 * 1,000-row dossier). Same ranges and rules in the file.
 */
function addValidations(ws: ExcelJS.Worksheet, cells: ({ row: number; col: number } & ExcelRule)[]): void {
  // Worksheet.dataValidations (add(address, rule), address a cell or a range) is not in ExcelJS's typings.
  const target = (ws as unknown as { dataValidations: { add(address: string, dv: ExcelJS.DataValidation): void } }).dataValidations;
  cells.sort((a, b) => a.col - b.col || a.row - b.row);
  for (let i = 0; i < cells.length;) {
    const first = cells[i]!;
    let j = i + 1;
    while (j < cells.length && cells[j]!.col === first.col && cells[j]!.row === cells[j - 1]!.row + 1 && cells[j]!.key === first.key) j++;
    const last = cells[j - 1]!;
    const top = `${columnLetters(first.col)}${first.row}`;
    target.add(
      last.row === first.row ? top : `${top}:${columnLetters(last.col)}${last.row}`,
      first.relative ? first.relative(top) : first.dv,
    );
    i = j;
  }
}

function writeConditionalFormats(
  ws: ExcelJS.Worksheet,
  sheet: SheetExportModel,
  rows: number,
  counts: Record<keyof XlsxReport, number>,
): void {
  sheet.conditionalFormats.forEach((cf, i) => {
    const first = cf.ranges[0];
    const topLeft = first?.split(':')[0];
    const expr = topLeft ? cfExpression(cf, topLeft.replace(/\$/g, ''), rows) : null;
    if (!first || expr === null) {
      counts.skippedConditionalFormats++;
      return;
    }
    const style: Partial<ExcelJS.Style> = {};
    const bg = argb(cf.background);
    // Differential fills are read from bgColor by Excel and LibreOffice; fgColor is set too for older readers.
    if (bg) style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: bg }, fgColor: { argb: bg } };
    const font: Partial<ExcelJS.Font> = {};
    const fc = argb(cf.fontColor);
    if (fc) font.color = { argb: fc };
    if (cf.bold) font.bold = true;
    if (cf.italic) font.italic = true;
    if (Object.keys(font).length) style.font = font;
    // In Sheets the first matching rule wins; Excel lets the lowest priority number win.
    ws.addConditionalFormatting({
      ref: cf.ranges.join(' '),
      rules: [{ type: 'expression', priority: i + 1, formulae: [expr], style }],
    });
    counts.conditionalFormats++;
  });
}

/** Builds the ExcelJS workbook for a runtime workbook model. */
export function toExcel(model: WorkbookModel, options: XlsxOptions = {}): { workbook: ExcelJS.Workbook; report: XlsxReport } {
  const wb = new ExcelJS.Workbook();
  if (options.creator !== undefined) wb.creator = options.creator;
  const lists = new ListsSheet(options.listsSheet ?? LISTS_SHEET);
  const rows = Math.max(1000, ...model.sheets.map((s) => s.maxRows));
  const counts: Record<keyof XlsxReport, number> = {
    sheets: 0,
    cells: 0,
    formulas: 0,
    valueOnlyFormulas: 0,
    validations: 0,
    conditionalFormats: 0,
    skippedConditionalFormats: 0,
    notes: 0,
  };
  const sorted = [...model.sheets].sort((a, b) => a.index - b.index);
  for (const sheet of sorted) {
    const tab = argb(sheet.tabColor);
    const ws = wb.addWorksheet(sheet.name, {
      state: sheet.hidden ? 'hidden' : 'visible',
      ...(tab ? { properties: { tabColor: { argb: tab } } } : {}),
    });
    if (sheet.frozenRows || sheet.frozenColumns) {
      ws.views = [
        {
          state: 'frozen',
          xSplit: sheet.frozenColumns,
          ySplit: sheet.frozenRows,
          topLeftCell: `${columnLetters(sheet.frozenColumns + 1)}${sheet.frozenRows + 1}`,
        },
      ];
    }
    for (const [col, px] of Object.entries(sheet.columnWidths)) ws.getColumn(Number(col)).width = excelWidth(px);
    for (const [row, px] of Object.entries(sheet.rowHeights)) ws.getRow(Number(row)).height = px * 0.75; // px to points
    for (const c of sheet.hiddenColumns) ws.getColumn(c).hidden = true;
    for (const r of sheet.hiddenRows) ws.getRow(r).hidden = true;
    writeSheetCells(ws, sheet, lists, rows, counts);
    writeConditionalFormats(ws, sheet, rows, counts);
    counts.sheets++;
  }
  lists.write(wb);
  for (const nr of model.namedRanges) {
    if (!wb.getWorksheet(nr.sheet)) continue;
    const quoted = `'${nr.sheet.replace(/'/g, "''")}'`;
    wb.definedNames.add(`${quoted}!${absolute(nr.range)}`, nr.name);
  }
  return { workbook: wb, report: counts };
}

/** Writes the model to `file` and says what went in. */
export async function writeXlsx(model: WorkbookModel, file: string, options: XlsxOptions = {}): Promise<XlsxReport> {
  const { workbook, report } = toExcel(model, options);
  await workbook.xlsx.writeFile(file);
  return report;
}
