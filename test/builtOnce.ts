/**
 * A dossier built through the bundle (create, then sample rows) costs far
 * more than what most tests then do with it. `builtOnce(key, build)` builds
 * it on the first call of a test file and snapshots it (Runtime.snapshot);
 * later calls restore that snapshot in place and hand back the same runtime,
 * exactly as built. A test asking twice for the same key gets a fresh build
 * the second time, and calls outside a test (describe blocks, beforeAll) or
 * inside another build always build, so no test ever holds two names for one
 * workbook.
 */
import type { Runtime, RuntimeSnapshot } from './runtime';

interface Built {
  readonly rt: Runtime;
  readonly snapshot: RuntimeSnapshot;
  /** The test that last received it. */
  test: string;
}

// One map per test file: jest gives every file its own module registry.
const built = new Map<string, Built>();

/** Inside a build, a nested builtOnce builds too: one runtime must never serve two keys. */
let building = 0;

function buildNow(build: () => Runtime): Runtime {
  building++;
  try {
    return build();
  } finally {
    building--;
  }
}

export function builtOnce(key: string, build: () => Runtime): Runtime {
  const state = expect.getState();
  const test = state.currentTestName === undefined ? undefined : `${state.testPath ?? ''} ${state.currentTestName}`;
  if (test === undefined || building > 0) return buildNow(build);
  const hit = built.get(key);
  if (hit && hit.test !== test) {
    hit.rt.restore(hit.snapshot);
    hit.test = test;
    return hit.rt;
  }
  if (hit) return buildNow(build); // the same test asks again: a second, separate workbook
  const rt = buildNow(build);
  built.set(key, { rt, snapshot: rt.snapshot(), test });
  return rt;
}

/**
 * Puts a runtime handed out by builtOnce back as it was built, within the same test: for a test that first
 * reads the untouched workbook (a baseline) and then works on it.
 */
export function restoreBuilt(rt: Runtime): void {
  const hit = [...built.values()].find((b) => b.rt === rt);
  if (!hit) throw new Error('restoreBuilt: this runtime was not handed out by builtOnce');
  rt.restore(hit.snapshot);
}
