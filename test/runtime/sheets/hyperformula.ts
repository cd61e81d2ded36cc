/**
 * HyperFormula, loaded once per process. A test runner that gives every test file a fresh module registry
 * (jest does) would otherwise evaluate HF anew in each file and lose V8's optimised code for it, and HF's
 * engine is most of what a runtime costs: loaded by Node's own loader (`Module._load`, which jest's `module`
 * keeps), it stays warm for the life of the worker. The runtime patches HF's prototypes (formulaEngine.ts),
 * so patches run once per loaded HF (`patchOnce`) and share their state through `hfShared`, whichever copy
 * of the runtime's modules asks.
 */
import Module from 'node:module';
import { dirname, join } from 'node:path';

type Loader = (request: string, parent: null, isMain: boolean) => unknown;
// Without Node's `_load` (another test runner), the ordinary require: slower under jest, same results.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const load: Loader = (Module as unknown as { _load?: Loader })._load ?? ((request) => require(request));

const entry = require.resolve('hyperformula');
const root = dirname(entry);

const HF = load(entry, null, false) as typeof import('hyperformula');

// The values the runtime uses, and their types under the same names (as `import { X } from 'hyperformula'`).
export const {
  ArraySize,
  CellError,
  CellType,
  DetailedCellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} = HF;
export type ArraySize = import('hyperformula').ArraySize;
export type CellError = import('hyperformula').CellError;
export type CellType = import('hyperformula').CellType;
export type DetailedCellError = import('hyperformula').DetailedCellError;
export type ErrorType = import('hyperformula').ErrorType;
export type FunctionArgumentType = import('hyperformula').FunctionArgumentType;
export type FunctionPlugin = import('hyperformula').FunctionPlugin;
export type HyperFormula = import('hyperformula').HyperFormula;
export type SimpleRangeValue = import('hyperformula').SimpleRangeValue;

/**
 * One of HF's internal modules (commonjs/<relative>), from the same copy as HF; untyped, as HF ships it. Empty
 * when this HF version has no such file: each patch then finds nothing to patch and HF's own code runs.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function hfInternal(relative: string): Record<string, any> {
  try {
    return load(join(root, relative), null, false) as Record<string, never>;
  } catch {
    return {};
  }
}

/**
 * HF's own Array: setCellContents tells a block from a single value with `instanceof Array`, which is false
 * for an array made in another realm (a jest test file's context), so such blocks are copied into HF's.
 */
const HfArray = (HyperFormula.getAllFunctionPlugins() as unknown[]).constructor as ArrayConstructor;
export function hfRows<T>(rows: readonly (readonly T[])[]): T[][] {
  if (HfArray === Array) return rows as T[][];
  return HfArray.from(rows, (row) => HfArray.from(row));
}

/** State shared by every copy of the runtime's modules that uses this HF (see the top comment). */
export interface HfShared {
  /** Bumped whenever an engine's values may change (see FormulaEngine); lookup indexes check it. */
  valuesEpoch: number;
  readonly patched: Set<string>;
}
const SHARED = Symbol.for('apps-script-runtime.hyperformula.shared');
const holder = HyperFormula as unknown as Record<symbol, HfShared | undefined>;
export const hfShared: HfShared = (holder[SHARED] ??= { valuesEpoch: 0, patched: new Set() });

/** Runs `patch` once per loaded HF. */
export function patchOnce(name: string, patch: () => void): void {
  if (hfShared.patched.has(name)) return;
  hfShared.patched.add(name);
  patch();
}
