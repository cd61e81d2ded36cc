// Bundles src/ for Apps Script V8: an IIFE assigned to `lib` plus one real
// top-level function declaration per export, since Apps Script only sees
// top-level function declarations as menu, trigger and google.script.run
// targets (the labnol/apps-script-starter approach).
import { build } from 'esbuild';
import { mkdir, readdir, readFile, writeFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dist = path.join(root, 'dist');

export async function buildBundle({ quiet = false } = {}) {
  await mkdir(dist, { recursive: true });
  const result = await build({
    entryPoints: [path.join(root, 'src/main.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'lib',
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    minify: true,
    legalComments: 'none',
    write: false,
    charset: 'utf8',
    outfile: path.join(dist, 'Code.js'),
  });
  const out = result.outputFiles[0];
  // The IIFE's exports are the keys of `lib`; evaluating the bundle (which has
  // no top-level side effects) in an empty context reads them.
  const sandbox = {};
  vm.runInNewContext(`${out.text};this.__names=Object.keys(lib)`, sandbox);
  const exportsList = [...sandbox.__names].sort();
  const wrappers = exportsList.map((name) => `function ${name}(){return lib.${name}.apply(this,arguments)}`).join('\n');
  const code = `${out.text}\n${wrappers}\n`;
  const files = new Map([
    ['Code.js', code],
    ['appsscript.json', await readFile(path.join(root, 'appsscript.json'), 'utf8')],
    ['exports.json', JSON.stringify(exportsList, null, 2) + '\n'],
  ]);
  for (const f of await readdir(path.join(root, 'src/html'))) {
    if (f.endsWith('.html')) files.set(f, await readFile(path.join(root, 'src/html', f), 'utf8'));
  }
  // Each file is replaced atomically (write, then rename), so a test run that
  // loads dist/ while another process rebuilds it never sees a missing file.
  for (const [name, text] of files) {
    const tmp = path.join(dist, `.${name}.${process.pid}.tmp`);
    await writeFile(tmp, text);
    await rename(tmp, path.join(dist, name));
  }
  for (const f of await readdir(dist)) {
    if (!files.has(f) && !f.endsWith('.tmp')) await rm(path.join(dist, f), { force: true });
  }
  if (!quiet) {
    console.log(`dist/Code.js ${(Buffer.byteLength(code) / 1024).toFixed(1)} KB, ${exportsList.length} entry points`);
  }
  return { bytes: Buffer.byteLength(code), exports: exportsList };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildBundle().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
