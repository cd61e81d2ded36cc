// Bundles src/ for Apps Script V8: an IIFE assigned to `lib` plus one real
// top-level function declaration per export, since Apps Script only sees
// top-level function declarations as menu, trigger and google.script.run
// targets (the labnol/apps-script-starter approach).
import { build } from 'esbuild';
import { mkdir, readdir, readFile, writeFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import vm from 'node:vm';
import { deflateRawSync } from 'node:zlib';
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

/** en's texts grouped by key prefix (all but the last segment), groups in order of first appearance. */
function groupByPrefix(en) {
  const groups = new Map();
  for (const [k, v] of Object.entries(en)) {
    const i = k.lastIndexOf('.');
    const p = k.slice(0, i + 1); // with its dot; '' for a key without one
    if (!groups.has(p)) groups.set(p, {});
    groups.get(p)[k.slice(i + 1)] = v;
  }
  return groups;
}

/** The keys in the order the compact en module rebuilds them (see compactCatalogues). */
const compactKeyOrder = (en) => [...groupByPrefix(en)].flatMap(([p, g]) => Object.keys(g).map((k) => p + k));

/**
 * The three catalogues ship as one raw-deflate, base64 blob (tiny-inflate inflates it
 * when the bundle loads: ~56 KB of text, a third of it Cyrillic, becomes ~23 KB):
 * en grouped by key prefix ({"issue.required.":{message,hint},...}) instead of
 * repeating each prefix, ru and lt as arrays in en's (rebuilt) key order instead
 * of objects repeating every key. Each module still exports an object with
 * every key (the same API; the typecheck of the .ts sources still guards the
 * key set, and this plugin checks ru and lt hold exactly en's keys).
 */
const compactCatalogues = {
  name: 'compact-catalogues',
  setup(b) {
    const PACKED = 'kad-packed-texts';
    b.onResolve({ filter: new RegExp(`^${PACKED}$`) }, () => ({ path: PACKED, namespace: PACKED }));
    b.onLoad({ filter: /.*/, namespace: PACKED }, async () => {
      const [en, ru, lt] = await Promise.all(['en', 'ru', 'lt'].map(loadCatalogue));
      // An integer-like last segment would be reordered by JS objects, breaking ru/lt's key order.
      if (Object.keys(en).some((k) => /^\d+$/.test(k.slice(k.lastIndexOf('.') + 1)))) {
        throw new Error('texts/en.ts: a key ending in a number would reorder the compact catalogue');
      }
      const keys = compactKeyOrder(en);
      const packed = { en: Object.fromEntries(groupByPrefix(en)) };
      for (const [lang, cat] of [
        ['ru', ru],
        ['lt', lt],
      ]) {
        const extra = Object.keys(cat).filter((k) => !(k in en));
        const missing = keys.filter((k) => typeof cat[k] !== 'string');
        if (extra.length || missing.length) throw new Error(`texts/${lang}.ts: missing ${missing.join(', ')}; extra ${extra.join(', ')}`);
        packed[lang] = keys.map((k) => cat[k]);
      }
      const raw = Buffer.from(JSON.stringify(packed), 'utf8');
      const blob = Buffer.from(deflateRawSync(raw, { level: 9 })).toString('base64');
      const contents =
        `import inflate from 'tiny-inflate';\n` +
        `const B = ${JSON.stringify(blob)};\n` +
        // Apps Script's V8 has no atob: a small base64 decoder.
        `const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', T = new Uint8Array(128);\n` +
        `for (let i = 0; i < 64; i++) T[A.charCodeAt(i)] = i;\n` +
        `function bytes(s) { const n = s.replace(/=+$/, '').length, o = new Uint8Array((n * 3) >> 2); let acc = 0, bits = 0, j = 0;\n` +
        `  for (let i = 0; i < n; i++) { acc = ((acc << 6) | T[s.charCodeAt(i)]) & 0xffffff; bits += 6; if (bits >= 8) { bits -= 8; o[j++] = (acc >> bits) & 255; } } return o; }\n` +
        // UTF-8 to a string: latin1 chunks, then escape/decodeURIComponent (several times faster
        // than a byte loop in a cold context; V8 keeps escape for web compatibility).
        `function utf8(u) { let q = ''; for (let i = 0; i < u.length; i += 4096) q += String.fromCharCode.apply(null, u.subarray(i, i + 4096)); return decodeURIComponent(escape(q)); }\n` +
        `export const packed = JSON.parse(utf8(inflate(bytes(B), new Uint8Array(${raw.length}))));\n`;
      return { contents, loader: 'js', resolveDir: root };
    });
    b.onLoad({ filter: /[\\/]src[\\/]core[\\/]texts[\\/]en\.ts$/ }, async (args) => ({
      contents: `import { packed } from '${PACKED}';\nconst g = packed.en;\nexport const en = {};\nfor (const p in g) for (const k in g[p]) en[p + k] = g[p][k];\n`,
      loader: 'js',
      resolveDir: path.dirname(args.path),
    }));
    b.onLoad({ filter: /[\\/]src[\\/]core[\\/]texts[\\/](ru|lt)\.ts$/ }, async (args) => {
      const lang = path.basename(args.path, '.ts');
      const contents =
        `import { en } from './en';\nimport { packed } from '${PACKED}';\nconst v = packed.${lang};\n` +
        `export const ${lang} = Object.fromEntries(Object.keys(en).map((k, i) => [k, v[i]]));\n`;
      return { contents, loader: 'js', resolveDir: path.dirname(args.path) };
    });
  },
};

const LANGS = ['en', 'ru', 'lt'];

/**
 * Help and notes files (src/html, read through Env.projectHtml by core/helpTexts.ts and core/notes.ts) are
 * outside the typecheck: every section key must exist once in every language, as the catalogues must.
 */
function checkSections(files) {
  for (const [name, text] of files) {
    const byKey = new Map();
    for (const m of text.matchAll(/<section data-key="([\w.]+)" lang="(\w+)">/g)) {
      const langs = byKey.get(m[1]) ?? [];
      langs.push(m[2]);
      byKey.set(m[1], langs);
    }
    for (const [key, langs] of byKey) {
      if (langs.length !== LANGS.length || !LANGS.every((l) => langs.includes(l))) {
        throw new Error(`src/html/${name}: section ${key} has languages ${langs.join(', ')}, expected each of ${LANGS.join(', ')} once`);
      }
    }
  }
}

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
  checkSections(files);
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
