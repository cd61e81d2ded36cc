/**
 * Cold compile-and-evaluate time of a bundle file: each sample runs in a new
 * Node process (a fresh V8 isolate, so no compilation cache) that compiles the
 * file as a classic script and evaluates it in a fresh vm context holding the
 * ECMAScript built-ins only. Apps Script does this on every execution, before
 * the called function runs. For benchmarks, never for assertions.
 */
import { execFileSync } from 'node:child_process';

export interface ColdStart {
  /** Medians over the samples, in milliseconds. */
  readonly compileMs: number;
  readonly evaluateMs: number;
  readonly totalMs: number;
  readonly samples: number;
  /** Set when evaluation threw (for example a top-level reference to a service). */
  readonly error?: string;
}

const CHILD = `
const vm = require('node:vm');
const code = require('node:fs').readFileSync(process.argv[1], 'utf8');
const context = vm.createContext({});
new vm.Script('0').runInContext(context); // the vm machinery's own first-use cost is not the bundle's
const t0 = process.hrtime.bigint();
const script = new vm.Script(code, { filename: process.argv[1] });
const t1 = process.hrtime.bigint();
let error;
try { script.runInContext(context); } catch (e) { error = String(e && e.message || e); }
const t2 = process.hrtime.bigint();
process.stdout.write(JSON.stringify({ compileMs: Number(t1 - t0) / 1e6, evaluateMs: Number(t2 - t1) / 1e6, error }));
`;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const round = (ms: number): number => Math.round(ms * 100) / 100;

export function measureColdStart(file: string, samples = 5): ColdStart {
  const runs: { compileMs: number; evaluateMs: number; error?: string }[] = [];
  for (let i = 0; i < samples; i++) runs.push(JSON.parse(execFileSync(process.execPath, ['-e', CHILD, file], { encoding: 'utf8' })));
  const compileMs = median(runs.map((r) => r.compileMs));
  const evaluateMs = median(runs.map((r) => r.evaluateMs));
  const totalMs = median(runs.map((r) => r.compileMs + r.evaluateMs));
  const error = runs.find((r) => r.error)?.error;
  return { compileMs: round(compileMs), evaluateMs: round(evaluateMs), totalMs: round(totalMs), samples, ...(error ? { error } : {}) };
}
