// Builds dist/ from src/:
//  - dist/cli.cjs: the command line as ONE CommonJS bundle (our code, commander, kysely). CommonJS
//    because Node starts it faster than an ES module graph; internal `await import()`s become lazy
//    initialisers inside the bundle, so a command runs only the code it uses.
//  - dist/vendor/*: heavy third-party packages, each bundled once and loaded only when a command needs
//    it (zod for writes, cli-table3/chalk for terminal tables, @inquirer/prompts for prompts, …).
//  - dist/index.js (+ chunks): the library as ES modules, for `import … from 'tdkt'`.
// better-sqlite3 is native and stays an ordinary dependency.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const common = { bundle: true, platform: 'node', target: 'node20', minify: true, legalComments: 'none', logLevel: 'warning' };

/** Packages loaded lazily, bundled into dist/vendor/<name>.<ext>: ESM-only ones stay ESM (loaded with import()). */
const VENDOR = {
  zod: 'cjs',
  'cli-table3': 'cjs',
  chalk: 'cjs',
  '@inquirer/prompts': 'cjs',
};
const vendorFile = (name) => `vendor/${name.replace(/^@/, '').replace(/\//g, '-')}.${VENDOR[name]}`;

rmSync('dist', { recursive: true, force: true });

for (const [name, ext] of Object.entries(VENDOR)) {
  await build({
    ...common,
    stdin: { contents: ext === 'cjs' ? `module.exports = require(${JSON.stringify(name)});` : `export * from ${JSON.stringify(name)};`, resolveDir: '.', loader: 'js' },
    format: ext === 'cjs' ? 'cjs' : 'esm',
    outfile: `dist/${vendorFile(name)}`,
    ...(ext === 'mjs' && { banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" } }),
  });
}

/** Resolves vendored packages to their bundle beside the output, kept external. */
const vendorPlugin = {
  name: 'vendor',
  setup(b) {
    const filter = new RegExp(`^(${Object.keys(VENDOR).map((n) => n.replace(/[/]/g, '\\/')).join('|')})$`);
    b.onResolve({ filter }, (args) => ({ path: `./${vendorFile(args.path)}`, external: true }));
  },
};

await build({
  ...common,
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/cli.cjs',
  format: 'cjs',
  // import() becomes require(): every lazily loaded piece is CommonJS, with ES-module interop by esbuild.
  supported: { 'dynamic-import': false },
  external: ['better-sqlite3'],
  plugins: [vendorPlugin],
  banner: { js: "var __import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__import_meta_url' },
});

await build({
  ...common,
  entryPoints: { index: 'src/index.ts' },
  outdir: 'dist',
  splitting: true,
  format: 'esm',
  external: ['better-sqlite3', 'zod', 'kysely', 'commander', 'cli-table3', 'chalk', '@inquirer/prompts'],
});

// A V8 code cache for the bundle, warmed on the commands clerks run most (see bin/compile-cache.js).
execFileSync(process.execPath, ['scripts/warm-cache.cjs'], { stdio: 'inherit' });
