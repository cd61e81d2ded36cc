// Makes `npm run demo` and `npm test` work on a fresh clone: installs the
// locked npm packages when they are missing or stale, and Debian's Chromium
// (used by the browser tests) when it is missing and we may install it.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const lock = path.join(root, 'package-lock.json');
const installed = path.join(root, 'node_modules/.package-lock.json');
const run = (cmd) => execSync(cmd, { cwd: root, stdio: 'inherit' });

if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(lock).mtimeMs) {
  console.log('Installing npm packages (npm ci)…');
  run('npm ci --no-audit --no-fund');
}

const needsBrowser = process.argv.includes('--browser');
const hasChromium = ['/usr/bin/chromium', '/usr/lib/chromium/chromium'].some((p) => existsSync(p));
if (needsBrowser && !hasChromium) {
  if (process.getuid && process.getuid() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('Installing Debian chromium for the browser tests…');
    run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
  } else {
    console.error('The browser tests need Chromium: run `sudo apt-get install -y chromium`.');
    process.exit(1);
  }
}
