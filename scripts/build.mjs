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
/** dist/Code.js must stay within this many bytes (minified); the build fails above it. */
export const BUNDLE_BUDGET_BYTES = 200 * 1024;

/** Evaluates one catalogue module (src/core/texts/<lang>.ts) and returns its exported object. */
async function loadCatalogue(lang) {
  const file = path.join(root, 'src/core/texts', `${lang}.ts`);
  const { outputFiles } = await build({ entryPoints: [file], bundle: true, format: 'cjs', platform: 'node', write: false });
  const mod = { exports: {} };
  new Function('module', 'exports', outputFiles[0].text)(mod, mod.exports);
  return mod.exports[lang];
}

/**
 * ru and lt ship as arrays in en's key order instead of objects repeating
 * ~490 keys: the module still exports an object with every key (the same
 * API, and the typecheck of the .ts source still guards the key set).
 */
const compactCatalogues = {
  name: 'compact-catalogues',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]core[\\/]texts[\\/](ru|lt)\.ts$/ }, async (args) => {
      const lang = path.basename(args.path, '.ts');
      const [en, cat] = await Promise.all([loadCatalogue('en'), loadCatalogue(lang)]);
      const keys = Object.keys(en);
      const extra = Object.keys(cat).filter((k) => !(k in en));
      const missing = keys.filter((k) => typeof cat[k] !== 'string');
      if (extra.length || missing.length) throw new Error(`texts/${lang}.ts: missing ${missing.join(', ')}; extra ${extra.join(', ')}`);
      const values = JSON.stringify(keys.map((k) => cat[k]));
      const contents =
        `import { en } from './en';\nconst v = ${values};\n` +
        `export const ${lang} = Object.fromEntries(Object.keys(en).map((k, i) => [k, v[i]]));\n`;
      return { contents, loader: 'js', resolveDir: path.dirname(args.path) };
    });
  },
};

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
    plugins: [compactCatalogues],
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
  const bytes = Buffer.byteLength(code);
  if (!quiet) {
    console.log(`dist/Code.js ${(bytes / 1024).toFixed(1)} KB of ${BUNDLE_BUDGET_BYTES / 1024} KB, ${exportsList.length} entry points`);
  }
  if (bytes > BUNDLE_BUDGET_BYTES) {
    throw new Error(`dist/Code.js is ${(bytes / 1024).toFixed(1)} KB, over the ${BUNDLE_BUDGET_BYTES / 1024} KB budget`);
  }
  return { bytes, exports: exportsList };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildBundle().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
