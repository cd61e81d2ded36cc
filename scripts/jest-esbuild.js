// Jest transform: TypeScript to CommonJS with esbuild (a devDependency already, for the build). Type
// checking is `npm run typecheck`; ts-jest would load the TypeScript compiler into every worker and
// transpile each file with it, several times slower on a cold cache.
const { createHash } = require('node:crypto');
const { transformSync, version } = require('esbuild');

// TypeScript's own emit for this tsconfig (ES2020, isolatedModules): class fields assigned in the
// constructor, not defined, so a subclass field never shadows what its base constructor set.
const tsconfigRaw = { compilerOptions: { useDefineForClassFields: false, esModuleInterop: true } };

module.exports = {
  process(source, filename) {
    const { code, map } = transformSync(source, {
      loader: filename.endsWith('.tsx') ? 'tsx' : 'ts',
      format: 'cjs',
      target: 'node20',
      sourcemap: 'external',
      sourcefile: filename,
      tsconfigRaw,
    });
    return { code, map };
  },
  getCacheKey(source, filename) {
    return createHash('sha1')
      .update(version)
      .update(JSON.stringify(tsconfigRaw))
      .update(filename)
      .update('\0')
      .update(source)
      .digest('hex');
  },
};
