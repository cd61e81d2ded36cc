// `npm test`: the bundle first (the tests run it), then jest alongside the static checks (typecheck,
// ESLint, Prettier, at a lower priority), so that on two cores nothing waits for anything else. The checks
// keep their caches in .cache/ (gitignored): a second run re-checks only what changed. Arguments go to jest
// (`npm test -- test/views.test.ts`). Exits non-zero when jest or any check fails.
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const node = process.execPath;
/** A package's command-line script (its package.json `bin`), run with this node. */
function bin(pkg, name = pkg) {
  const dir = path.join(root, 'node_modules', pkg);
  const spec = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).bin;
  return path.join(dir, typeof spec === 'string' ? spec : spec[name]);
}
const cache = (name) => path.join(root, '.cache', name);

execFileSync(node, [path.join(root, 'scripts/ensure-deps.mjs'), '--test-tools'], { cwd: root, stdio: 'inherit' });
execFileSync(node, [path.join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });

const checks = [
  [
    'typecheck',
    bin('typescript', 'tsc'),
    ['--noEmit', '-p', 'tsconfig.json', '--incremental', '--tsBuildInfoFile', cache('tsconfig.tsbuildinfo')],
  ],
  ['eslint', bin('eslint'), ['.', '--cache', '--cache-location', cache('eslint')]],
  ['prettier', bin('prettier'), ['--check', '.', '--cache', '--cache-location', cache('prettier')]],
];

/**
 * Runs a check with its output held back, so jest's report is not interleaved with it. The checks run at a
 * lower priority: on two cores they take what jest's two workers leave (its last, longest files), rather
 * than slowing every test file from the start.
 */
function check([name, bin, args]) {
  return new Promise((resolve) => {
    const child = spawn(node, [bin, ...args], { cwd: root });
    try {
      if (child.pid !== undefined) os.setPriority(child.pid, 10);
    } catch {
      // Not permitted here: the check just runs at jest's priority.
    }
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => resolve({ name, code: code ?? 1, out }));
  });
}

// A young generation larger than V8's default: HyperFormula's recalculations make short-lived objects by the
// million, and a small one spends much of the tests' time in scavenges.
const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-semi-space-size=64`.trim() };
const jest = new Promise((resolve) => {
  const child = spawn(node, [bin('jest'), ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env });
  child.on('close', (code) => resolve(code ?? 1));
});

const [jestCode, ...results] = await Promise.all([jest, ...checks.map(check)]);
for (const r of results) {
  if (r.code !== 0) process.stdout.write(`\n${r.name} failed:\n${r.out}`);
  else process.stdout.write(`${r.name}: ok\n`);
}
process.exit(jestCode !== 0 || results.some((r) => r.code !== 0) ? 1 : 0);
