/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // Type checking is `npm run typecheck`; esbuild only transpiles (isolatedModules in tsconfig), ~15x faster than ts-jest.
  transform: { '^.+\\.ts$': '<rootDir>/scripts/jest-esbuild.js' },
  // Two cores here: run two test files at once, the longest first.
  maxWorkers: 2,
  testSequencer: '<rootDir>/scripts/jest-sequencer.js',
  // Whole-workbook tests on a loaded 2-core machine; a safety net, not a speed assertion.
  testTimeout: 300000,
  // A worker that ran Chromium needs more than jest's default 500 ms to exit after its browser is killed
  // (test/browser.ts killOnWorkerEnd): at 500 ms jest force-killed one such worker per run, at 5 s none.
  workerGracefulExitTimeout: 5000,
  reporters: ['default', '<rootDir>/scripts/jest-plain-summary.js'],
};
