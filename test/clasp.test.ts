/**
 * clasp can list what it would push without credentials: this proves that
 * .clasp.json points at dist/ and that exactly the bundle, the manifest and
 * the HTML files would reach Apps Script.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..');

test('clasp would push the built bundle, the manifest and the HTML files (sidebar, help, notes), nothing else', () => {
  const out = execFileSync(path.join(root, 'node_modules/.bin/clasp'), ['status', '--json'], { cwd: root, encoding: 'utf8' });
  const status = JSON.parse(out.slice(out.indexOf('{'))) as { filesToPush: string[] };
  expect([...status.filesToPush].sort()).toEqual([
    'dist/AccessTexts.html',
    'dist/Brief.html',
    'dist/Checks.html',
    'dist/Code.js',
    'dist/Home.html',
    'dist/HomeTexts.html',
    'dist/KamHelp.html',
    'dist/Notes.html',
    'dist/PortfolioHelp.html',
    'dist/Preview.html',
    'dist/Review.html',
    'dist/appsscript.json',
  ]);
});

test('the manifest asks only for the scopes the features need', () => {
  const manifest = JSON.parse(readFileSync(path.join(root, 'dist/appsscript.json'), 'utf8')) as {
    runtimeVersion: string;
    oauthScopes: string[];
  };
  expect(manifest.runtimeVersion).toBe('V8');
  expect(manifest.oauthScopes.sort()).toEqual([
    'https://www.googleapis.com/auth/script.container.ui',
    'https://www.googleapis.com/auth/script.scriptapp',
    'https://www.googleapis.com/auth/script.send_mail',
    'https://www.googleapis.com/auth/spreadsheets.currentonly',
    // Session.getActiveUser/getEffectiveUser().getEmail(): who gets the test digest, whose quota sends
    // (https://developers.google.com/apps-script/reference/base/session#getActiveUser()).
    'https://www.googleapis.com/auth/userinfo.email',
  ]);
});
