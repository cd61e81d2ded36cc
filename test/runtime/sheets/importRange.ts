/**
 * IMPORTRANGE for HyperFormula: pulls a range of another spreadsheet of the
 * runtime through the importing engine's host (SpreadsheetRegistry).
 * https://support.google.com/docs/answer/3093340 : IMPORTRANGE(spreadsheet_url,
 * range_string), the URL may be a cell reference, range_string is
 * "[sheet_name!]range" (the first sheet when the name is left out) or a named
 * range; the result spills.
 *
 * HF sizes an array result when the formula is parsed, so the size method
 * asks the host too (a cell-reference argument is read from the graph); the
 * Workbook re-enters its IMPORTRANGE formulas when any spreadsheet of the
 * runtime changed, which re-sizes and re-reads them (recalculate on read).
 */
import { ArraySize, CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, SimpleRangeValue } from './hyperformula';
import type { EngineValue } from './formulaEngine';

/** What an IMPORTRANGE call resolves to: the source's values, or a Sheets error with its message. */
export type ImportResult = { values: EngineValue[][] } | { error: '#REF!' | '#N/A' | '#VALUE!'; message: string };

/** Supplied per engine by whoever owns the spreadsheets (the registry). */
export interface ImportHost {
  importRange(urlOrId: string, rangeString: string): ImportResult;
}

export interface ImportContext {
  imports?: ImportHost;
}

const ERROR_TYPES: Record<string, ErrorType> = {
  '#DIV/0!': ErrorType.DIV_BY_ZERO,
  '#N/A': ErrorType.NA,
  '#NAME?': ErrorType.NAME,
  '#NUM!': ErrorType.NUM,
  '#REF!': ErrorType.REF,
  '#VALUE!': ErrorType.VALUE,
  '#ERROR!': ErrorType.ERROR,
};

/** A source cell's value as HF holds it: errors stay errors of the same type. */
function toHf(v: EngineValue): unknown {
  if (v === null || v === '') return v === null ? EmptyValue : '';
  if (typeof v === 'string' && ERROR_TYPES[v] !== undefined) return new CellError(ERROR_TYPES[v]);
  return v;
}

/** Reads a literal or a single-cell reference argument without evaluating the formula. */
type Ast = { type: string; value?: unknown; reference?: { toSimpleCellAddress(base: unknown): unknown } };

interface PluginSelf {
  config: { context: ImportContext };
  dependencyGraph: { getCellValue(addr: unknown): unknown };
  runFunction(args: unknown, state: unknown, metadata: unknown, fn: (...a: string[]) => unknown): unknown;
  metadata(name: string): unknown;
}

export class ImportRangePlugin extends FunctionPlugin {
  static override implementedFunctions = {
    IMPORTRANGE: {
      method: 'importrange',
      sizeOfResultArrayMethod: 'importrangeSize',
      parameters: [{ argumentType: FunctionArgumentType.STRING }, { argumentType: FunctionArgumentType.STRING }],
    },
  };

  private importHost(): ImportHost | undefined {
    return (this as unknown as PluginSelf).config.context?.imports;
  }

  private lookUp(url: string, range: string): ImportResult {
    const host = this.importHost();
    if (!host) return { error: '#REF!', message: 'IMPORTRANGE: no other spreadsheets in this runtime.' };
    return host.importRange(url, range);
  }

  importrange(ast: { args: unknown }, state: unknown): unknown {
    const self = this as unknown as PluginSelf;
    return self.runFunction(ast.args, state, self.metadata('IMPORTRANGE'), (url: string, range: string) => {
      const r = this.lookUp(url, range);
      if ('error' in r) return new CellError(ERROR_TYPES[r.error] ?? ErrorType.REF, r.message);
      const data = r.values.map((row) => row.map(toHf));
      if (data.length === 1 && data[0]!.length === 1) return data[0]![0];
      return SimpleRangeValue.onlyValues(data as never);
    });
  }

  importrangeSize(ast: { args: Ast[] }, state: { formulaAddress: unknown }): ArraySize {
    const args = ast.args.map((a) => this.peek(a, state.formulaAddress));
    if (args.length !== 2 || typeof args[0] !== 'string' || typeof args[1] !== 'string') return ArraySize.scalar();
    const r = this.lookUp(args[0], args[1]);
    if ('error' in r || r.values.length === 0) return ArraySize.scalar();
    return new ArraySize(r.values[0]!.length, r.values.length);
  }

  private peek(a: Ast, base: unknown): unknown {
    if (a.type === 'STRING') return a.value;
    if (a.type === 'CELL_REFERENCE' && a.reference) {
      const v = (this as unknown as PluginSelf).dependencyGraph.getCellValue(a.reference.toSimpleCellAddress(base));
      return typeof v === 'string' ? v : undefined;
    }
    return undefined;
  }
}
