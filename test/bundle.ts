/**
 * Tests run the built bundle. `npm test` builds first; a single test file run
 * on its own rebuilds dist/ when any source (TypeScript or HTML) is newer.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');

function newest(dir: string): number {
  return Math.max(
    ...readdirSync(dir, { withFileTypes: true }).map((d) =>
      d.isDirectory() ? newest(path.join(dir, d.name)) : statSync(path.join(dir, d.name)).mtimeMs,
    ),
  );
}

export function ensureBundle(): void {
  const code = path.join(ROOT, 'dist', 'Code.js');
  if (!existsSync(code) || statSync(code).mtimeMs < newest(path.join(ROOT, 'src'))) {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'ignore' });
  }
}
