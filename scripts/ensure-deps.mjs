// Makes `npm run demo` and `npm test` work on a fresh clone: installs the
// locked npm packages when they are missing or stale, and (for the tests)
// Debian's Chromium and LibreOffice when missing and we may install them.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const lock = path.join(root, 'package-lock.json');
const installed = path.join(root, 'node_modules/.package-lock.json');
const run = (cmd) => execSync(cmd, { cwd: root, stdio: 'inherit' });

if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(lock).mtimeMs) {
  // npm install follows the lock file; --no-save guarantees it never rewrites
  // package-lock.json, so tests leave tracked files as they are (see .ci/run).
  console.log('Installing npm packages…');
  run('npm install --no-save --no-audit --no-fund');
}

// The tests render HTML in Chromium and open the exported workbook in LibreOffice.
if (process.argv.includes('--test-tools')) {
  const missing = [
    ['chromium', ['/usr/bin/chromium', '/usr/lib/chromium/chromium']],
    ['libreoffice-calc-nogui', ['/usr/bin/soffice']],
  ]
    .filter(([, paths]) => !paths.some((p) => existsSync(p)))
    .map(([pkg]) => pkg);
  if (missing.length) {
    if (process.getuid && process.getuid() === 0 && existsSync('/usr/bin/apt-get')) {
      console.log(`Installing Debian ${missing.join(', ')} for the tests…`);
      run(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`);
    } else {
      console.error(`The tests need: sudo apt-get install -y ${missing.join(' ')}`);
      process.exit(1);
    }
  }
}
