/**
 * The one HyperFormula instance behind a spreadsheet. Every sheet's cells
 * live here (plain values too, so formulas see them). Where HyperFormula
 * differs from Sheets we patch it:
 *  - open-ended ranges (A3:A) are bounded to the sheet's row count (formulaText.ts);
 *  - bare TRUE / FALSE are named expressions for TRUE() / FALSE();
 *  - named ranges are named expressions with absolute references;
 *  - TODAY / NOW read the runtime clock in the spreadsheet time zone;
 *  - EDATE keeps 29 February in leap years (HF truncates to 28);
 *  - IMPORTRANGE reads the runtime's other spreadsheets (importRange.ts);
 *  - #SPILL! and #CYCLE! read as #REF! (Sheets' "Array result was not
 *    expanded" and "Circular dependency detected" are #REF! errors);
 *  - IF with a single-cell condition and single-cell branches evaluates only
 *    the branch it returns, as Sheets does (HF evaluates both): same values,
 *    far less work for `=IF($B$2="","",<lookup over a whole column>)`;
 *  - INDEX over a range reference reads just the cell it returns;
 *  - SUMIF/COUNTIF/COUNTIFS and the other criterion functions scan a range
 *    in a plain loop instead of HF's chain of generators (same lambdas, same
 *    order, same results; about ten times less work per cell).
 */
import type { CellValue, RawCellContent } from 'hyperformula';
import {
  CellError,
  CellType,
  DetailedCellError,
  ErrorType,
  HyperFormula,
  SimpleRangeValue,
  hfInternal,
  hfRows,
  hfShared,
  patchOnce,
} from './hyperformula';
import { ImportRangePlugin, type ImportContext, type ImportHost } from './importRange';
import { dateToSerial } from './values';

export type EngineValue = number | string | boolean | null;

export interface EngineClock {
  now(): Date;
  timeZone(): string;
}

interface PatchContext extends ImportContext {
  clock: EngineClock;
}

type PluginClass = (new (...args: never[]) => object) & { implementedFunctions: Record<string, unknown> };

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Builds the patch plugin by subclassing HF's own date plugin (same metadata, fixed bodies). */
function patchPlugin(): PluginClass {
  const base = HyperFormula.getFunctionPlugin('TODAY') as unknown as PluginClass;
  const meta = base.implementedFunctions;
  type Self = {
    config: { context: PatchContext };
    runFunction(args: unknown, state: unknown, metadata: unknown, fn: (...a: number[]) => unknown): unknown;
    metadata(name: string): unknown;
    dateTimeHelper: {
      numberToSimpleDate(n: number): { year: number; month: number; day: number };
      dateToNumber(d: { year: number; month: number; day: number }): number;
    };
  };
  const Base = base as unknown as new (...args: never[]) => Self;
  class SheetsDatePatches extends Base {
    static implementedFunctions = { TODAY: meta.TODAY, NOW: meta.NOW, EDATE: meta.EDATE };
    today(ast: { args: unknown }, state: unknown): unknown {
      return this.runFunction(ast.args, state, this.metadata('TODAY'), () => Math.floor(this.serialNow()));
    }
    now(ast: { args: unknown }, state: unknown): unknown {
      return this.runFunction(ast.args, state, this.metadata('NOW'), () => this.serialNow());
    }
    edate(ast: { args: unknown }, state: unknown): unknown {
      return this.runFunction(ast.args, state, this.metadata('EDATE'), (dateNumber: number, delta: number) => {
        const d = this.dateTimeHelper.numberToSimpleDate(dateNumber);
        const total = 12 * d.year + d.month - 1 + Math.trunc(delta);
        const year = Math.floor(total / 12);
        const month = (total % 12) + 1;
        const dim = [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 31;
        return this.dateTimeHelper.dateToNumber({ year, month, day: Math.min(d.day, dim) });
      });
    }
    private serialNow(): number {
      const { clock } = this.config.context;
      return dateToSerial(clock.now(), clock.timeZone());
    }
  }
  return SheetsDatePatches as unknown as PluginClass;
}

/** An argument already evaluated, handed back to runFunction in place of its AST (see lazyIfPlugin). */
const VALUE_NODE = 'RUNTIME_VALUE';
interface ValueNode {
  type: typeof VALUE_NODE;
  value: unknown;
}
/** Placeholder results telling which branch IF picked; never seen outside conditionalIf. */
const PICKED_TRUE = '\u0000runtime:if-true';
const PICKED_FALSE = '\u0000runtime:if-false';

/**
 * IF that evaluates only the branch it returns when the condition and both branches are single cells (HF's
 * own array-size prediction, which also sizes the formula's spill). Which branch is picked, and how the
 * result is coerced, stay HF's own: the condition's value runs through HF's IF with placeholders first.
 * Anything else (an array condition or branch) is HF's eager IF, unchanged.
 */
function lazyIfPlugin(): PluginClass {
  const base = HyperFormula.getFunctionPlugin('IF') as unknown as PluginClass;
  type Ast = { type: string; args: Ast[] };
  type Self = {
    runFunction(args: unknown[], state: unknown, metadata: unknown, fn: (...a: unknown[]) => unknown): unknown;
    metadata(name: string): unknown;
    arraySizeForAst(ast: Ast, state: unknown): { width: number; height: number };
    conditionalIf(ast: Ast, state: unknown): unknown;
    evaluateAst(ast: Ast, state: unknown): unknown;
  };
  const Base = base as unknown as new (...args: never[]) => Self;
  const pick = (condition: unknown, whenTrue: unknown, whenFalse: unknown): unknown => (condition ? whenTrue : whenFalse);
  const valueNode = (value: unknown): ValueNode => ({ type: VALUE_NODE, value });
  class LazyIf extends Base {
    static implementedFunctions = { IF: base.implementedFunctions.IF };
    override evaluateAst(ast: Ast | ValueNode, state: unknown): unknown {
      return ast.type === VALUE_NODE ? (ast as ValueNode).value : super.evaluateAst(ast as Ast, state);
    }
    override conditionalIf(ast: Ast, state: unknown): unknown {
      const args = ast.args;
      const single = (a: Ast): boolean => {
        const size = this.arraySizeForAst(a, state);
        return size.width === 1 && size.height === 1;
      };
      if (args.length < 2 || args.length > 3 || !args.every(single)) return super.conditionalIf(ast, state);
      const condition = valueNode(this.evaluateAst(args[0] as Ast, state));
      const meta = this.metadata('IF');
      if (condition.value instanceof SimpleRangeValue) return this.runFunction([condition, ...args.slice(1)], state, meta, pick);
      const probe = this.runFunction(
        [condition, valueNode(PICKED_TRUE), ...(args.length === 3 ? [valueNode(PICKED_FALSE)] : [])],
        state,
        meta,
        pick,
      );
      if (probe === PICKED_TRUE)
        return this.runFunction([condition, args[1], ...(args.length === 3 ? [valueNode('')] : [])], state, meta, pick);
      if (probe === PICKED_FALSE) return this.runFunction([condition, valueNode(''), args[2]], state, meta, pick);
      return probe; // an error in the condition, or FALSE from a two-argument IF
    }
  }
  return LazyIf as unknown as PluginClass;
}

/** HF's error texts for INDEX (its ErrorMessage is not exported; these are HF 3.5's words). */
function hfErrorMessages(): Record<'LessThanOne' | 'ValueLarge' | 'CellRangeExpected', string> {
  const fallback = {
    LessThanOne: 'Argument cannot be less than 1.',
    ValueLarge: 'Value too large.',
    CellRangeExpected: 'Cell range expected.',
  };
  const m = hfInternal('error-message.js').ErrorMessage ?? {};
  return {
    LessThanOne: m.LessThanOne ?? fallback.LessThanOne,
    ValueLarge: m.ValueLarge ?? fallback.ValueLarge,
    CellRangeExpected: m.CellRangeExpected ?? fallback.CellRangeExpected,
  };
}

/**
 * INDEX over a range reference reads the one cell it returns: HF's INDEX builds the whole range's values
 * first, and the Export block's `INDEX('Accounts'!$A:$A,3)` (240 of them) or the Dossier view's
 * `INDEX(tab!B3:B,$L45)` would copy a column each time. Everything else (an array argument, a position
 * outside the range, a cell holding an array) takes HF's own steps, written out as HF 3.5 has them.
 */
function directIndexPlugin(): PluginClass {
  const base = HyperFormula.getFunctionPlugin('INDEX') as unknown as PluginClass;
  type Range = { start: { sheet: number; row: number; col: number } };
  type RangeArg = { range?: Range; data?: unknown[][]; width(): number; height(): number } | undefined;
  type Self = {
    runFunction(args: unknown, state: unknown, metadata: unknown, fn: (...a: never[]) => unknown): unknown;
    metadata(name: string): unknown;
    dependencyGraph: { getCellValue(address: object): unknown };
  };
  const Base = base as unknown as new (...args: never[]) => Self;
  const messages = hfErrorMessages();
  class DirectIndex extends Base {
    static implementedFunctions = { INDEX: base.implementedFunctions.INDEX };
    index(ast: { args: unknown }, state: unknown): unknown {
      return this.runFunction(ast.args, state, this.metadata('INDEX'), (rangeValue: RangeArg, row: number, col: number) => {
        if (col < 1 || row < 1) return new CellError(ErrorType.VALUE, messages.LessThanOne);
        if (!rangeValue || col > rangeValue.width() || row > rangeValue.height()) return new CellError(ErrorType.NUM, messages.ValueLarge);
        const start = rangeValue.range?.start;
        if (start && Number.isInteger(row) && Number.isInteger(col)) {
          const v = this.dependencyGraph.getCellValue({ sheet: start.sheet, row: start.row + row - 1, col: start.col + col - 1 });
          if (v !== undefined && v !== null && !(v instanceof SimpleRangeValue)) return v;
        }
        return (
          rangeValue.data?.[row - 1]?.[col - 1] ?? rangeValue.data?.[0]?.[0] ?? new CellError(ErrorType.VALUE, messages.CellRangeExpected)
        );
      });
    }
  }
  return DirectIndex as unknown as PluginClass;
}

type CriterionLambda = (value: unknown) => boolean;
interface CriterionCompute {
  reduceInitialValue: unknown;
  composeFunction(acc: unknown, value: unknown): unknown;
  mapFunction(value: unknown): unknown;
}
interface ConditionArg {
  conditionRange: { valuesFromTopLeftCorner(): unknown[] };
  criterionPackage: { lambda: CriterionLambda };
}

/**
 * Replaces `proto[method]`, a function of one text, by one that remembers its answer per object (per engine
 * helper) and text, for methods whose answer depends on nothing else; a cache past 100,000 texts starts over.
 */
function memoizeTextMethod(proto: Record<string, unknown> | undefined, method: string): void {
  const original = proto?.[method];
  if (!proto || typeof original !== 'function') return;
  const memo = new WeakMap<object, Map<string, unknown>>();
  proto[method] = function (this: object, str: string): unknown {
    let cache = memo.get(this);
    if (!cache) memo.set(this, (cache = new Map()));
    if (cache.has(str)) return cache.get(str);
    const out: unknown = original.call(this, str);
    if (cache.size > 100_000) cache.clear();
    cache.set(str, out);
    return out;
  };
}

/**
 * HF's criterion functions filter a range through generators (one `split` and one `zip` per cell and
 * condition), which makes a SUMIF over a 1,000-row column cost as much as a recalculation of the rest.
 * The same filter as a loop over the arrays HF already builds. HF's package exports do not reach the
 * class, hence the path; without it (another HF version) HF's own code runs.
 */
function patchCriterionLoop(): void {
  const proto: { evaluateRangeValue?: unknown } | undefined = hfInternal('interpreter/CriterionFunctionCompute.js').CriterionFunctionCompute
    ?.prototype;
  const getRawValue: ((v: unknown) => unknown) | undefined = hfInternal('interpreter/InterpreterValue.js').getRawValue;
  // Text criteria compare each cell through normalizeString (lower case, accents stripped by a Unicode NFD
  // pass), once per cell and per distinct criterion: a SUMIF spread over 1,000 ids normalizes the same
  // 1,000 cells 1,000 times; the result depends only on the text and the engine's config.
  memoizeTextMethod(hfInternal('interpreter/ArithmeticHelper.js').ArithmeticHelper?.prototype, 'normalizeString');
  // HF compares a text with anything by first trying to read it as a date in each configured format
  // (`A3:A1000<>""` in an ARRAYFORMULA does it per cell, per recalculation), and reads every typed text the
  // same way; HF never changes the number objects it returns.
  memoizeTextMethod(hfInternal('DateTimeHelper.js').DateTimeHelper?.prototype, 'dateStringToDateNumber');
  if (!proto || typeof proto.evaluateRangeValue !== 'function' || typeof getRawValue !== 'function') return;
  const raw = getRawValue;
  proto.evaluateRangeValue = function (
    this: CriterionCompute,
    valuesRange: { valuesFromTopLeftCorner(): unknown[] },
    conditions: ConditionArg[],
  ) {
    const values = valuesRange.valuesFromTopLeftCorner();
    const lambdas = conditions.map((c) => c.criterionPackage.lambda);
    const columns = conditions.map((c) => c.conditionRange.valuesFromTopLeftCorner());
    // HF stops at the shortest condition range (its generators run dry there).
    const n = Math.min(values.length, ...columns.map((c) => c.length));
    let acc = this.reduceInitialValue;
    next: for (let i = 0; i < n; i++) {
      for (let k = 0; k < lambdas.length; k++) if (!(lambdas[k] as CriterionLambda)(raw((columns[k] as unknown[])[i]))) continue next;
      acc = this.composeFunction(acc, this.mapFunction(values[i]));
    }
    return acc;
  };
}

interface RangeDep {
  start: object;
  end: object;
}
interface DependencyGraphLike {
  getRange(start: object, end: object): { idInGraph?: number } | undefined;
  graph: { addEdge(from: number, to: number): void };
  processCellDependencies(deps: unknown[], endVertex: { idInGraph?: number }): void;
}

/**
 * A formula reading a range HF already has a vertex for (`'Accounts'!$A$3:$A$1000` in each of 240 INDEX
 * cells, a validation rule's list range per row) makes HF walk every cell of that range again, adding
 * edges that exist already: about 2 million cell visits to create a dossier. HF keeps an existing range
 * vertex's edges from its cells up to date itself (on writes, inserted and removed rows and columns; an
 * open-ended range's as cells appear), so such a range only needs its edge to the new formula; a new range
 * takes HF's own path.
 */
function patchRangeDependencies(): void {
  const proto: DependencyGraphLike | undefined = hfInternal('DependencyGraph/DependencyGraph.js').DependencyGraph?.prototype;
  const RangeClass: (new (...a: never[]) => RangeDep) | undefined = hfInternal('AbsoluteCellRange.js').AbsoluteCellRange;
  const original = proto?.processCellDependencies;
  if (!proto || !RangeClass || typeof original !== 'function') return;
  const Range = RangeClass;
  proto.processCellDependencies = function (this: DependencyGraphLike, deps: unknown[], endVertex: { idInGraph?: number }): void {
    const endId = endVertex.idInGraph;
    if (endId === undefined) return original.call(this, deps, endVertex);
    const rest: unknown[] = [];
    for (const dep of deps) {
      if (dep instanceof Range) {
        const id = this.getRange(dep.start, dep.end)?.idInGraph;
        if (id !== undefined) {
          this.graph.addEdge(id, endId);
          continue;
        }
      }
      rest.push(dep);
    }
    if (rest.length) original.call(this, rest, endVertex);
  };
}

interface LookupIndex {
  first: Map<unknown, number>;
  last: Map<unknown, number>;
}
interface FindOptions {
  ordering?: string;
  ifNoMatch?: string;
  returnOccurrence?: string;
}
interface AdvancedFindLike {
  dependencyGraph: { computeListOfValuesInRange(range: RangeDep): unknown[] };
  basicFind(searchKey: unknown, rangeValue: { range?: RangeDep }, coordinate: unknown, options: FindOptions): number;
}

/**
 * An exact-match lookup (VLOOKUP/HLOOKUP/MATCH with FALSE or 0, XLOOKUP) over a range makes HF copy and
 * normalize the whole range and scan it, once per looked-up value: the Reviews tab's
 * `ARRAYFORMULA(VLOOKUP(A3:A1000,Accounts!A3:P1000,...))` does that a thousand times per recalculation.
 * Here the range's normalized values become an index (value to first and last position) built once per
 * range while the engine's values stay as they are, with the same answer as HF's `indexOf`/`lastIndexOf`
 * over the same array. Sorted and approximate lookups take HF's own path.
 */
function patchLookupIndex(): void {
  const proto: AdvancedFindLike | undefined = hfInternal('Lookup/AdvancedFind.js').AdvancedFind?.prototype;
  const normalize: ((s: string) => string) | undefined = hfInternal('interpreter/ArithmeticHelper.js').forceNormalizeString;
  const raw: ((v: unknown) => unknown) | undefined = hfInternal('interpreter/InterpreterValue.js').getRawValue;
  const original = proto?.basicFind;
  if (!proto || typeof original !== 'function' || typeof normalize !== 'function' || typeof raw !== 'function') return;
  const norm = normalize;
  const rawOf = raw;
  const caches = new WeakMap<object, { epoch: number; byRange: Map<string, LookupIndex> }>();
  const indexOf = (finder: AdvancedFindLike, range: RangeDep): LookupIndex => {
    const graph = finder.dependencyGraph;
    let cache = caches.get(graph);
    if (!cache || cache.epoch !== hfShared.valuesEpoch) caches.set(graph, (cache = { epoch: hfShared.valuesEpoch, byRange: new Map() }));
    const s = range.start as { sheet: number; row: number; col: number };
    const e = range.end as { sheet: number; row: number; col: number };
    const key = `${s.sheet}:${s.row}:${s.col}:${e.row}:${e.col}`;
    let index = cache.byRange.get(key);
    if (!index) {
      index = { first: new Map(), last: new Map() };
      const values = graph.computeListOfValuesInRange(range);
      for (let i = 0; i < values.length; i++) {
        const r = rawOf(values[i]);
        const v = typeof r === 'string' ? norm(r) : r;
        if (!index.first.has(v)) index.first.set(v, i);
        index.last.set(v, i);
      }
      cache.byRange.set(key, index);
    }
    return index;
  };
  proto.basicFind = function (this: AdvancedFindLike, searchKey, rangeValue, coordinate, options) {
    const range = rangeValue.range;
    if (range === undefined || options.ordering !== 'none' || (options.ifNoMatch ?? 'returnNotFound') !== 'returnNotFound')
      return original.call(this, searchKey, rangeValue, coordinate, options);
    const key = typeof searchKey === 'string' ? norm(searchKey) : searchKey;
    if (typeof key === 'number' && Number.isNaN(key)) return -1; // indexOf never finds NaN
    const index = indexOf(this, range);
    return (options.returnOccurrence === 'last' ? index.last : index.first).get(key) ?? -1;
  };
}

interface ArrayValueLike {
  array: unknown[][];
  outOfBound(col: number, row: number): boolean;
}
interface ArrayVertexLike {
  array: unknown;
  cellAddress: { col: number; row: number };
  getArrayCellValue(address: { col: number; row: number }): unknown;
}

/**
 * A cell of an array formula's area beyond its actual result (a FILTER shorter than the area HF set aside)
 * reads as #REF!: HF finds that out by throwing and catching an Error per cell, stack trace included, and
 * whole-sheet reads (getLastRow, getDataRange) meet thousands of such cells. Same answer, without the throw.
 */
function patchArrayCellValue(): void {
  const proto: ArrayVertexLike | undefined = hfInternal('DependencyGraph/FormulaVertex.js').ArrayFormulaVertex?.prototype;
  const ArrayValueClass: (new (...a: never[]) => ArrayValueLike) | undefined = hfInternal('ArrayValue.js').ArrayValue;
  const original = proto?.getArrayCellValue;
  if (!proto || !ArrayValueClass || typeof original !== 'function') return;
  const ArrayValue = ArrayValueClass;
  proto.getArrayCellValue = function (this: ArrayVertexLike, address) {
    const values = this.array;
    if (values instanceof ArrayValue) {
      const col = address.col - this.cellAddress.col;
      const row = address.row - this.cellAddress.row;
      return values.outOfBound(col, row) ? new CellError(ErrorType.REF) : values.array[row]?.[col];
    }
    return original.call(this, address);
  };
}

let cachedPlugins: unknown[] | undefined;
function plugins(): unknown[] {
  if (!cachedPlugins) {
    patchOnce('arrayCellValue', patchArrayCellValue);
    patchOnce('criterionLoop', patchCriterionLoop);
    patchOnce('rangeDependencies', patchRangeDependencies);
    patchOnce('lookupIndex', patchLookupIndex);
    // A function name HF's language pack lacks is not parsed unless translated (enGB is the default language).
    HyperFormula.getLanguage('enGB').extendFunctions({ IMPORTRANGE: 'IMPORTRANGE' });
    cachedPlugins = [...HyperFormula.getAllFunctionPlugins(), patchPlugin(), lazyIfPlugin(), directIndexPlugin(), ImportRangePlugin];
  }
  return cachedPlugins;
}

const SCRATCH = '__runtime_scratch__';

/** The engine's contents at a mark, to rebuild it when undo cannot be trusted (see FormulaEngine.rollback). */
interface MarkedContents {
  readonly sheets: readonly { id: number; name: string; cells: RawCellContent[][] }[];
  readonly names: readonly { name: string; expression: RawCellContent }[];
}

function engineConfig(context: PatchContext): Parameters<typeof HyperFormula.buildEmpty>[0] {
  return {
    licenseKey: 'gpl-v3',
    useArrayArithmetic: true,
    functionArgSeparator: ',',
    decimalSeparator: '.',
    thousandSeparator: '',
    arrayColumnSeparator: ',',
    arrayRowSeparator: ';',
    leapYear1900: false,
    nullDate: { year: 1899, month: 12, day: 30 },
    // Sheets returns full doubles (getValues of =0.1+0.2 is 0.30000000000000004); HF would round to 10 digits.
    smartRounding: false,
    dateFormats: ['YYYY-MM-DD', 'MM/DD/YYYY', 'DD.MM.YYYY'],
    timeFormats: ['hh:mm', 'hh:mm:ss'],
    maxRows: 10_000_000,
    maxColumns: 18_278,
    caseSensitive: false,
    useWildcards: true,
    useRegularExpressions: false,
    context,
    functionPlugins: plugins(),
    // Runtime.restore() rolls the engine back by undoing (see mark); unmarked engines drop their history.
    undoLimit: Infinity,
  } as Parameters<typeof HyperFormula.buildEmpty>[0];
}

export class FormulaEngine {
  private engine: HyperFormula;
  private readonly scratchId: number;
  private lastClockMs: number;
  private readonly context: PatchContext;
  /** Whole-sheet values since the last write (getLastRow etc. read them again and again); callers only read. */
  private readonly sheetCache = new Map<number, EngineValue[][]>();
  /** Called before every read (the workbook re-reads its IMPORTRANGE formulas there). */
  beforeRead?: () => void;
  /** The current mark (see mark()); 0 while none: then HF's undo history is dropped as it grows. */
  private markId = 0;
  private static nextMark = 1;
  private marked: MarkedContents | undefined;
  /** Rows, columns or a sheet were removed since the mark: HF's undo loses array formulas there. */
  private removedSinceMark = false;

  constructor(private readonly clock: EngineClock) {
    const context: PatchContext = { clock };
    this.context = context;
    this.engine = HyperFormula.buildEmpty(engineConfig(context));
    this.hf.addNamedExpression('TRUE', '=TRUE()');
    this.hf.addNamedExpression('FALSE', '=FALSE()');
    this.scratchId = this.hf.getSheetId(this.hf.addSheet(SCRATCH))!;
    this.lastClockMs = clock.now().getTime();
  }

  /** The HyperFormula instance (a new one after a rollback that rebuilt the engine). */
  get hf(): HyperFormula {
    return this.engine;
  }

  /**
   * Writes only mark the engine dirty; it recomputes once before the next read
   * (Sheets too recalculates before a read returns values). Saves a full
   * dependency-graph pass after each of a bundle's many writes.
   */
  private write(): void {
    hfShared.valuesEpoch++;
    this.sheetCache.clear();
    if (this.markId === 0) this.hf.clearUndoStack();
    if (!this.hf.isEvaluationSuspended()) this.hf.suspendEvaluation();
  }

  /**
   * Remembers the engine's present state: every later change is kept in HF's undo history until
   * rollback(mark) undoes them all (cheaper than rebuilding a workbook: only what changed is redone and
   * recomputed). A new mark replaces the previous one.
   */
  mark(): number {
    this.evaluated();
    this.marked = undefined;
    this.removedSinceMark = false;
    this.hf.clearUndoStack();
    this.markId = FormulaEngine.nextMark++;
    return this.markId;
  }

  /**
   * Back to the state at `mark`; the mark stays valid for further rollbacks. HF's undo of a removed row,
   * column or sheet brings array formulas back as their values (or fails), so after a removal the engine
   * is rebuilt from the contents saved at the mark instead.
   */
  rollback(mark: number): void {
    if (mark !== this.markId) throw new Error('Runtime: this snapshot was replaced by a later one; restore the later snapshot');
    this.write();
    if (this.removedSinceMark && this.marked) this.rebuild(this.marked);
    else {
      while (this.hf.isThereSomethingToUndo()) this.hf.undo();
      this.hf.clearRedoStack();
    }
    this.removedSinceMark = false;
    // The clock cell went back too: write it again before the next read.
    this.lastClockMs = Number.NaN;
  }

  /**
   * Before the first removal since the mark: saves the mark's contents for rollback (undo to the mark, read,
   * redo), paid only by the rollbacks that need it.
   */
  private beforeRemoval(): void {
    if (this.markId === 0 || this.removedSinceMark) return;
    if (!this.marked) {
      let undone = 0;
      for (; this.hf.isThereSomethingToUndo(); undone++) this.hf.undo();
      this.evaluated();
      this.marked = this.contents();
      this.hf.suspendEvaluation();
      for (let i = 0; i < undone; i++) this.hf.redo();
    }
    this.removedSinceMark = true;
  }

  /** Every sheet's formulas and raw values (cells an array spills into left empty) and the named expressions. */
  private contents(): MarkedContents {
    const hf = this.hf;
    const sheets = hf.getSheetNames().map((name) => {
      const id = hf.getSheetId(name)!;
      const cells = hf.getSheetSerialized(id);
      cells.forEach((row, r) =>
        row.forEach((_v, c) => {
          if (hf.getCellType({ sheet: id, row: r, col: c }) === CellType.ARRAY) row[c] = null;
        }),
      );
      return { id, name, cells };
    });
    const names = hf.getAllNamedExpressionsSerialized().map((n) => ({ name: n.name, expression: n.expression }));
    return { sheets, names };
  }

  /** A new HF instance holding `m`, with the same sheet ids (the workbook's sheets refer to them). */
  private rebuild(m: MarkedContents): void {
    const hf = HyperFormula.buildEmpty(engineConfig(this.context));
    const fillers: number[] = [];
    for (const sheet of [...m.sheets].sort((a, b) => a.id - b.id)) {
      // HF numbers sheets in the order they are added; a removed sheet left a gap to keep.
      for (let next = hf.getSheetNames().length + fillers.length; next < sheet.id; next++) fillers.push(hf.getSheetId(hf.addSheet())!);
      const id = hf.getSheetId(hf.addSheet(sheet.name));
      if (id !== sheet.id) throw new Error(`Runtime: rebuilding the formula engine gave sheet ${sheet.name} id ${id}, not ${sheet.id}`);
    }
    for (const id of fillers) hf.removeSheet(id);
    hf.suspendEvaluation();
    for (const n of m.names) hf.addNamedExpression(n.name, n.expression);
    for (const sheet of m.sheets) if (sheet.cells.length) hf.setCellContents({ sheet: sheet.id, row: 0, col: 0 }, hfRows(sheet.cells));
    hf.clearUndoStack();
    hfShared.valuesEpoch++;
    this.engine = hf;
    this.sheetCache.clear();
  }

  private evaluated(): void {
    if (this.hf.isEvaluationSuspended()) {
      hfShared.valuesEpoch++;
      this.hf.resumeEvaluation();
    }
  }

  addSheet(name: string): number {
    this.write();
    return this.hf.getSheetId(this.hf.addSheet(name))!;
  }

  removeSheet(id: number): void {
    this.write();
    this.beforeRemoval();
    this.hf.removeSheet(id);
  }

  renameSheet(id: number, name: string): void {
    this.write();
    this.hf.renameSheet(id, name);
  }

  /** Writes a block of raw contents (strings must already be apostrophe-escaped). */
  setContents(sheet: number, row0: number, col0: number, data: RawCellContent[][]): void {
    this.write();
    this.hf.setCellContents({ sheet, row: row0, col: col0 }, hfRows(data));
  }

  /**
   * True when writing this plain content (a value, or nothing) to the cell would change nothing: the cell
   * holds that very value, or it is empty, or it is a spilled cell of an array formula (HF leaves the array
   * as it is, as Sheets does, when such a cell is cleared).
   */
  holdsValue(sheet: number, row0: number, col0: number, content: RawCellContent): boolean {
    const address = { sheet, row: row0, col: col0 };
    const type = this.hf.getCellType(address);
    if (content === null || content === undefined)
      return type === CellType.EMPTY || (type === CellType.ARRAY && this.hf.getCellFormula(address) === undefined);
    if (type !== CellType.VALUE) return false;
    // HF keeps a value cell's raw input; its public getters wait for evaluation, the graph does not.
    const graph = (this.hf as unknown as { dependencyGraph: { getCell(a: object): unknown } }).dependencyGraph;
    const vertex = graph.getCell(address) as { getValues?: () => { rawValue: unknown } } | undefined;
    return typeof vertex?.getValues === 'function' && vertex.getValues().rawValue === content;
  }

  /** Where IMPORTRANGE finds other spreadsheets (the runtime's registry). */
  setImportHost(host: ImportHost | undefined): void {
    this.context.imports = host;
  }

  /** Recomputes volatile functions (TODAY/NOW) when the runtime clock moved. */
  private refreshVolatile(): void {
    this.beforeRead?.();
    const ms = this.clock.now().getTime();
    if (ms !== this.lastClockMs) {
      this.lastClockMs = ms;
      this.write();
      this.hf.setCellContents({ sheet: this.scratchId, row: 0, col: 0 }, hfRows([[ms]]));
    }
    this.evaluated();
  }

  getValues(sheet: number, row0: number, col0: number, numRows: number, numCols: number): EngineValue[][] {
    this.refreshVolatile();
    const raw = this.hf.getRangeValues({
      start: { sheet, row: row0, col: col0 },
      end: { sheet, row: row0 + numRows - 1, col: col0 + numCols - 1 },
    });
    return raw.map((r) => r.map(toEngineValue));
  }

  sheetValues(sheet: number): EngineValue[][] {
    this.refreshVolatile();
    let values = this.sheetCache.get(sheet);
    if (!values) {
      values = this.hf.getSheetValues(sheet).map((r) => r.map(toEngineValue));
      this.sheetCache.set(sheet, values);
    }
    return values;
  }

  /** The message of an error value (e.g. IMPORTRANGE's), undefined when the cell holds no error. */
  errorMessage(sheet: number, row0: number, col0: number): string | undefined {
    this.refreshVolatile();
    const v = this.hf.getCellValue({ sheet, row: row0, col: col0 });
    return v instanceof DetailedCellError ? v.message : undefined;
  }

  formula(sheet: number, row0: number, col0: number): string | undefined {
    return this.hf.getCellFormula({ sheet, row: row0, col: col0 });
  }

  /** 'date' / 'datetime' / 'percent' when HF knows a formula result's number type. */
  numberKind(sheet: number, row0: number, col0: number): 'date' | 'datetime' | 'time' | 'percent' | undefined {
    this.evaluated();
    const t = this.hf.getCellValueDetailedType({ sheet, row: row0, col: col0 });
    switch (t) {
      case 'NUMBER_DATE':
        return 'date';
      case 'NUMBER_DATETIME':
        return 'datetime';
      case 'NUMBER_TIME':
        return 'time';
      case 'NUMBER_PERCENT':
        return 'percent';
      default:
        return undefined;
    }
  }

  addRows(sheet: number, index0: number, n: number): void {
    this.write();
    this.hf.addRows(sheet, [index0, n]);
  }
  removeRows(sheet: number, index0: number, n: number): void {
    this.write();
    this.beforeRemoval();
    this.hf.removeRows(sheet, [index0, n]);
  }
  addColumns(sheet: number, index0: number, n: number): void {
    this.write();
    this.hf.addColumns(sheet, [index0, n]);
  }
  removeColumns(sheet: number, index0: number, n: number): void {
    this.write();
    this.beforeRemoval();
    this.hf.removeColumns(sheet, [index0, n]);
  }

  setNamedExpression(name: string, expression: string): void {
    const current = this.hf.getNamedExpression(name);
    // The same range again changes nothing; HF would re-bind every formula using the name.
    if (current && this.hf.getNamedExpressionFormula(name) === expression) return;
    this.write();
    if (current) this.hf.changeNamedExpression(name, expression);
    else this.hf.addNamedExpression(name, expression);
  }

  removeNamedExpression(name: string): void {
    this.write();
    if (this.hf.getNamedExpression(name)) this.hf.removeNamedExpression(name);
  }

  /** Evaluates a formula in the context of a sheet (relative refs are plain A1 positions). */
  calculate(formula: string, sheet: number): EngineValue | EngineValue[][] {
    this.refreshVolatile();
    const v = this.hf.calculateFormula(formula, sheet);
    return Array.isArray(v) ? v.map((r) => r.map(toEngineValue)) : toEngineValue(v);
  }

  batch(fn: () => void): void {
    this.write();
    fn();
  }
}

/** Sheets shows these HF errors under other codes. */
function errorText(e: DetailedCellError): string {
  switch (e.type) {
    case 'SPILL':
    case 'CYCLE':
      return '#REF!';
    case 'LIC':
    case 'ERROR':
      return '#ERROR!';
    default:
      return e.value;
  }
}

export function toEngineValue(v: CellValue): EngineValue {
  if (v instanceof DetailedCellError) return errorText(v);
  if (v === undefined) return null;
  return v as EngineValue;
}

export const ERROR_STRINGS = new Set(['#DIV/0!', '#N/A', '#NAME?', '#NUM!', '#REF!', '#VALUE!', '#ERROR!', '#NULL!']);
