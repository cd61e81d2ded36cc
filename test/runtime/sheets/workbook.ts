/**
 * Workbook state shared by all facade objects: the sheets, the formula
 * engine, tracked ranges, named ranges, protections and developer metadata.
 */
import type { RuntimeContext } from '../context';
import { parseA1, quoteSheetName, rectToA1, resolveA1, RANGE_NOT_FOUND, type GridRect } from './a1';
import { captureOwn, restoreOwn, type CopyRules, type Keep } from '../snapshot';
import { FormulaEngine } from './formulaEngine';
import { mapOutsideStrings } from './formulaText';
import { sheetsError } from './errors';
import type { Sharing, SpreadsheetRegistry } from './registry';
import {
  copyCells,
  TrackedRange,
  type CellMeta,
  type FormulaInfo,
  type MetadataData,
  type NamedRangeData,
  type ProtectionData,
  type SheetModel,
} from './store';

export interface WorkbookOptions {
  id?: string;
  name?: string;
  /** Name of the first sheet (Sheets' default depends on locale; en: "Sheet1"). */
  firstSheetName?: string;
  rows?: number;
  columns?: number;
}

const copyRules = (keep: Keep): CopyRules => ({ keep, byKey: { cells: (v, copy) => copyCells(v as SheetModel['cells'], copy) } });

/** What Workbook.saveState returns; opaque to callers. */
export interface WorkbookState {
  readonly own: Record<string, unknown>;
  readonly context: { locale: string; timeZone: string };
  readonly mark: number;
}

export class Workbook {
  readonly engine: FormulaEngine;
  readonly id: string;
  name: string;
  sheets: SheetModel[] = [];
  active: SheetModel;
  activeRange: { sheet: SheetModel; rect: GridRect } | null = null;
  readonly tracked = new Set<TrackedRange>();
  readonly namedRanges = new Map<string, NamedRangeData>();
  protections: ProtectionData[] = [];
  metadata: MetadataData[] = [];
  /** Bumped on every content or structure change (caches key on it). */
  version = 0;
  /** Who may open the file (the registry's Drive model); the owner defaults to the user who created it. */
  sharing: Sharing;
  /** The runtime's spreadsheets, once registered (IMPORTRANGE and openById go through it). */
  registry: SpreadsheetRegistry | undefined;
  /** Bumped each time IMPORTRANGE formulas were re-read because a spreadsheet changed. */
  importEpoch = 0;
  private importKey = '';
  private refreshingImports = false;
  private nextGid = 0;
  private nextId = 1;

  constructor(
    readonly ctx: RuntimeContext,
    opts: WorkbookOptions = {},
  ) {
    this.engine = new FormulaEngine({ now: () => ctx.clock.now(), timeZone: () => ctx.timeZone });
    this.id = opts.id ?? '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-local';
    this.name = opts.name ?? 'Untitled spreadsheet';
    this.sharing = { owner: ctx.user.email, editors: [], viewers: [] };
    this.active = this.addSheet(opts.firstSheetName ?? 'Sheet1', 0, opts.rows ?? 1000, opts.columns ?? 26);
  }

  /**
   * This workbook's state for Runtime.snapshot(): a copy of the sheets, their cell metadata, rules, named
   * ranges, protections and metadata, plus a mark in the formula engine (values and formulas come back by
   * undo, see FormulaEngine.mark).
   */
  saveState(keep: Keep): WorkbookState {
    return {
      own: captureOwn(this, copyRules(keep), ['engine', 'ctx', 'registry', 'id', 'version', 'importKey', 'refreshingImports']),
      context: { locale: this.ctx.locale, timeZone: this.ctx.timeZone },
      mark: this.engine.mark(),
    };
  }

  /** Back to a saved state; objects handed out before (sheets, ranges) refer to the old copies. */
  loadState(state: WorkbookState, keep: Keep): void {
    this.engine.rollback(state.mark);
    restoreOwn(this, state.own, copyRules(keep));
    Object.assign(this.ctx, state.context);
    // Caches key on the version: never go back to a number a cache has seen.
    this.version++;
    this.importKey = '';
  }

  /** Joins the runtime's registry: IMPORTRANGE resolves there, and is re-read before reads when anything changed. */
  attach(registry: SpreadsheetRegistry): void {
    this.registry = registry;
    this.engine.setImportHost(registry.importHost(this));
    this.engine.beforeRead = () => this.refreshImports();
  }

  /**
   * Recalculate on read: when any spreadsheet, connection or the user changed
   * since the last read, enter every IMPORTRANGE formula again so HF re-sizes
   * its spill and re-reads the source (HF cannot see other engines' changes).
   */
  refreshImports(): void {
    // A lone file has nothing to import: single-spreadsheet runtimes skip the scan.
    if (!this.registry || this.refreshingImports || this.registry.files.size < 2) return;
    const key = this.registry.stateKey(this);
    if (key === this.importKey) return;
    this.importKey = key;
    this.refreshingImports = true;
    try {
      const cells = [...this.formulaCells()].filter((f) => /IMPORTRANGE\s*\(/i.test(f.info.text));
      if (cells.length === 0) return;
      this.engine.batch(() => {
        for (const { sheet, row, col } of cells) {
          const text = this.engine.formula(sheet.hfId, row - 1, col - 1);
          if (text !== undefined) this.engine.setContents(sheet.hfId, row - 1, col - 1, [[text]]);
        }
      });
      this.importEpoch++;
    } finally {
      this.refreshingImports = false;
    }
  }

  newId(): number {
    return this.nextId++;
  }

  addSheet(name: string, index: number, rows = 1000, cols = 26): SheetModel {
    if (this.sheetByName(name)) throw sheetsError(`A sheet with the name "${name}" already exists. Please enter another name.`);
    const gid = this.nextGid === 0 ? 0 : (this.nextGid * 2654435761) % 2147483647;
    this.nextGid++;
    const sheet: SheetModel = {
      gid,
      hfId: this.engine.addSheet(name),
      name,
      maxRows: rows,
      maxCols: cols,
      frozenRows: 0,
      frozenCols: 0,
      colWidths: [],
      rowHeights: [],
      hiddenRows: [],
      hiddenCols: [],
      tabColor: null,
      hidden: false,
      cells: [],
      cfRules: [],
      charts: [],
      deleted: false,
    };
    this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, sheet);
    this.version++;
    return sheet;
  }

  /** Sheets matches sheet names case-insensitively (no two sheets may differ only by case). */
  sheetByName(name: string): SheetModel | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  sheetByGid(gid: number): SheetModel | undefined {
    return this.sheets.find((s) => s.gid === gid);
  }

  nextSheetName(): string {
    for (let i = this.sheets.length + 1; ; i++) if (!this.sheetByName(`Sheet${i}`)) return `Sheet${i}`;
  }

  removeSheet(sheet: SheetModel): void {
    if (this.sheets.length <= 1) throw sheetsError("You can't remove all the sheets in a document.");
    this.snapshotFormulas();
    const dependents = this.formulasReferencing(sheet);
    this.engine.removeSheet(sheet.hfId);
    this.breakReferences(sheet.name, dependents);
    this.sheets = this.sheets.filter((s) => s !== sheet);
    sheet.deleted = true;
    for (const t of this.tracked) if (t.sheet === sheet) t.valid = false;
    this.protections = this.protections.filter((p) => p.range.sheet !== sheet);
    this.metadata = this.metadata.filter(
      (m) =>
        !(m.location.type === 'SHEET' ? m.location.sheet === sheet : m.location.type !== 'SPREADSHEET' && m.location.range.sheet === sheet),
    );
    for (const [key, nr] of this.namedRanges) if (nr.range.sheet === sheet) this.deleteNamedRange(key);
    if (this.active === sheet) this.active = this.sheets[0]!;
    if (this.activeRange?.sheet === sheet) this.activeRange = null;
    this.version++;
  }

  renameSheet(sheet: SheetModel, name: string): void {
    const other = this.sheetByName(name);
    if (other && other !== sheet) throw sheetsError(`A sheet with the name "${name}" already exists. Please enter another name.`);
    this.snapshotFormulas();
    this.engine.renameSheet(sheet.hfId, name);
    sheet.name = name;
    this.syncNamedRanges();
    this.version++;
  }

  /** Formula cells on other sheets whose text names the sheet. */
  private formulasReferencing(sheet: SheetModel): { sheet: SheetModel; row: number; col: number; info: FormulaInfo; hfText: string }[] {
    const re = sheetRefPattern(sheet.name);
    const out: { sheet: SheetModel; row: number; col: number; info: FormulaInfo; hfText: string }[] = [];
    for (const f of this.formulaCells()) {
      if (f.sheet === sheet) continue;
      const hfText = this.engine.formula(f.sheet.hfId, f.row - 1, f.col - 1) ?? '';
      if (re.test(hfText)) out.push({ ...f, hfText });
    }
    return out;
  }

  /**
   * Sheets turns references to a deleted sheet into #REF! for good; HF would
   * re-bind them if a sheet of that name came back, so rewrite them.
   */
  private breakReferences(name: string, cells: { sheet: SheetModel; row: number; col: number; info: FormulaInfo; hfText: string }[]): void {
    const re = sheetRefPattern(name, 'g');
    const cut = (text: string) => mapOutsideStrings(text, (code) => code.replace(re, '$1#REF!'));
    // HF cannot even print a formula that points at a removed sheet, so the text was read before removal.
    for (const { sheet, row, col, info, hfText } of cells) {
      this.engine.setContents(sheet.hfId, row - 1, col - 1, [[cut(hfText)]]);
      info.text = cut(info.text);
      info.hfText = this.engine.formula(sheet.hfId, row - 1, col - 1) ?? '';
    }
  }

  track(sheet: SheetModel, rect: GridRect): TrackedRange {
    const t = new TrackedRange(sheet, rect.row, rect.col, rect.numRows, rect.numCols);
    this.tracked.add(t);
    return t;
  }

  untrack(t: TrackedRange): void {
    this.tracked.delete(t);
  }

  /** Resolves A1 text (optionally sheet-qualified) against the workbook; throws "Range not found". */
  resolve(a1: string, defaultSheet: SheetModel): { sheet: SheetModel; rect: GridRect } {
    const named = this.namedRanges.get(a1.toLowerCase());
    if (named && named.range.valid) return { sheet: named.range.sheet, rect: named.range.rect() };
    const p = parseA1(a1);
    if (!p) throw sheetsError(RANGE_NOT_FOUND);
    const sheet = p.sheetName !== undefined ? this.sheetByName(p.sheetName) : defaultSheet;
    if (!sheet) throw sheetsError(RANGE_NOT_FOUND);
    const rect = resolveA1(p, sheet.maxRows, sheet.maxCols);
    if (rect.row + rect.numRows - 1 > sheet.maxRows || rect.col + rect.numCols - 1 > sheet.maxCols) throw sheetsError(RANGE_NOT_FOUND);
    return { sheet, rect };
  }

  // ------------------------------------------------------------ cell meta

  meta(sheet: SheetModel, row: number, col: number): CellMeta | undefined {
    return sheet.cells[row - 1]?.[col - 1];
  }

  metaForWrite(sheet: SheetModel, row: number, col: number): CellMeta {
    let r = sheet.cells[row - 1];
    if (!r) {
      r = [];
      sheet.cells[row - 1] = r;
    }
    let m = r[col - 1];
    if (!m) {
      m = {};
      r[col - 1] = m;
    }
    return m;
  }

  /** Iterates every formula anchor with its 1-based position. */
  *formulaCells(): Generator<{ sheet: SheetModel; row: number; col: number; info: FormulaInfo }> {
    for (const sheet of this.sheets) {
      for (let r = 0; r < sheet.cells.length; r++) {
        const cells = sheet.cells[r];
        if (!cells) continue;
        for (let c = 0; c < cells.length; c++) {
          const info = cells[c]?.formula;
          if (info) yield { sheet, row: r + 1, col: c + 1, info };
        }
      }
    }
  }

  /**
   * Before a structural change, remember HF's text for formulas whose text
   * is still the script's own, so later reads can tell whether HF rewrote it.
   */
  snapshotFormulas(): void {
    for (const { sheet, row, col, info } of this.formulaCells()) {
      if (info.hfText === undefined) info.hfText = this.engine.formula(sheet.hfId, row - 1, col - 1) ?? '';
    }
  }

  // --------------------------------------------------------- named ranges

  namedRangeExpression(nr: NamedRangeData): string {
    return `=${quoteSheetName(nr.range.sheet.name)}!${rectToA1(nr.range.rect(), true)}`;
  }

  setNamedRange(name: string, sheet: SheetModel, rect: GridRect): void {
    if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || /^(TRUE|FALSE)$/i.test(name)) {
      throw sheetsError(`The name "${name}" is not a valid name for a named range.`);
    }
    const key = name.toLowerCase();
    const old = this.namedRanges.get(key);
    if (old) this.untrack(old.range);
    const nr: NamedRangeData = { name: old?.name ?? name, range: this.track(sheet, rect) };
    this.namedRanges.set(key, nr);
    this.engine.setNamedExpression(nr.name, this.namedRangeExpression(nr));
    this.version++;
  }

  deleteNamedRange(key: string): void {
    const nr = this.namedRanges.get(key.toLowerCase());
    if (!nr) return;
    this.namedRanges.delete(key.toLowerCase());
    this.untrack(nr.range);
    this.engine.removeNamedExpression(nr.name);
    this.version++;
  }

  /** Re-points HF named expressions at the tracked ranges after structural edits. */
  syncNamedRanges(): void {
    for (const [key, nr] of [...this.namedRanges]) {
      if (!nr.range.valid) {
        this.deleteNamedRange(key);
        continue;
      }
      const expr = this.namedRangeExpression(nr);
      if (this.engine.hf.getNamedExpressionFormula(nr.name) !== expr) this.engine.setNamedExpression(nr.name, expr);
    }
  }

  /** Drops protections, metadata and rule ranges whose cells were all deleted. */
  pruneInvalid(): void {
    this.protections = this.protections.filter((p) => p.range.valid);
    this.metadata = this.metadata.filter((m) => m.location.type === 'SPREADSHEET' || m.location.type === 'SHEET' || m.location.range.valid);
    for (const sheet of this.sheets) {
      for (const rule of sheet.cfRules) rule.ranges = rule.ranges.filter((r) => r.valid);
      sheet.cfRules = sheet.cfRules.filter((r) => r.ranges.length > 0);
    }
    for (const t of [...this.tracked]) if (!t.valid) this.tracked.delete(t);
  }
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Matches `Name!A1`, `'My name'!A1:B`, `Name!A:A` (group 1 is the left boundary). */
function sheetRefPattern(name: string, flags = ''): RegExp {
  const bare = escapeRe(name);
  const quoted = escapeRe(`'${name.replace(/'/g, "''")}'`);
  const ref = String.raw`\$?[A-Za-z]{0,3}\$?\d*(?::\$?[A-Za-z]{0,3}\$?\d*)?`;
  return new RegExp(String.raw`(^|[^A-Za-z0-9_.'])(?:${quoted}|${bare})!${ref}`, 'i' + flags);
}
