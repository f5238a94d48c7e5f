// Builds dist/ from src/:
//  - dist/cli.cjs: the command line as ONE CommonJS bundle (our code, commander, kysely). CommonJS
//    because Node starts it faster than an ES module graph; internal `await import()`s become lazy
//    initialisers inside the bundle, so a command runs only the code it uses.
//  - dist/vendor/*: heavy third-party packages, each bundled once and loaded only when a command needs
//    it (zod for writes, chalk for terminal tables, @inquirer/prompts for prompts, …).
//  - dist/import-worker.cjs: the worker thread that parses CSV/TSV files for `tdkt import`.
//  - dist/checks-worker.cjs: the worker thread that judges half of a large import's lines.
//  - dist/index.js (+ chunks): the library as ES modules, for `import … from 'tdkt'`.
// better-sqlite3 is native and stays an ordinary dependency.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const common = { bundle: true, platform: 'node', target: 'node20', minify: process.env.TDKT_BUILD_PLAIN !== '1', legalComments: 'none', logLevel: 'warning' };

/** Packages loaded lazily, each bundled into dist/vendor/<name>.cjs (ESM-only ones converted by esbuild). */
const VENDOR = ['zod', 'chalk', '@inquirer/prompts', 'exceljs', 'cli-progress', 'docx', 'pg', 'pg-copy-streams'];
const vendorFile = (name) => `vendor/${name.replace(/^@/, '').replace(/\//g, '-')}.cjs`;

rmSync('dist', { recursive: true, force: true });

/**
 * archiver-utils (under exceljs's workbook writer) calls the deprecated Buffer() constructor, which makes
 * Node print a DeprecationWarning on every XLSX written. The same buffers through Buffer.alloc/from.
 */
const noDeprecatedBuffer = {
  name: 'no-deprecated-buffer',
  setup(b) {
    b.onLoad({ filter: /archiver-utils[\\/]index\.js$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const text = (await readFile(args.path, 'utf8'))
        .replace('new Buffer(size)', 'Buffer.alloc(size)')
        .replace('new Buffer(0)', 'Buffer.alloc(0)')
        .replace('new Buffer(source)', 'Buffer.from(source)');
      return { contents: text, loader: 'js' };
    });
  },
};

for (const name of VENDOR) {
  await build({
    ...common,
    plugins: [noDeprecatedBuffer],
    stdin: { contents: `module.exports = require(${JSON.stringify(name)});`, resolveDir: '.', loader: 'js' },
    format: 'cjs',
    // pg's optional native binding (pg-native) is not installed: tdkt uses its JavaScript client.
    external: ['pg-native'],
    outfile: `dist/${vendorFile(name)}`,
  });
}

/** Resolves vendored packages to their bundle beside the output, kept external. */
const vendorPlugin = {
  name: 'vendor',
  setup(b) {
    const filter = new RegExp(`^(${VENDOR.map((n) => n.replace(/[/]/g, '\\/')).join('|')})$`);
    b.onResolve({ filter }, (args) => ({ path: `./${vendorFile(args.path)}`, external: true }));
  },
};

/**
 * commander requires child_process at load time, for executable subcommands tdkt does not use; loading it
 * (with net, dgram, …) is a tenth of start-up. It is handed a stand-in that loads the module on first use.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes('/node_modules/commander/') ? { path: 'child_process', namespace: 'lazy' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};

await build({
  ...common,
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/cli.cjs',
  format: 'cjs',
  // ASCII only: the loader reads the bundle as latin1, which skips decoding UTF-8 (a few ms per command).
  // esbuild escapes strings but not regular expressions: write non-ASCII in those as \u escapes.
  charset: 'ascii',
  // better-sqlite3's JavaScript is bundled; its compiled addon is loaded from node_modules (src/core/db.ts).
  // import() becomes require(): every lazily loaded piece is CommonJS, with ES-module interop by esbuild.
  supported: { 'dynamic-import': false },
  plugins: [vendorPlugin, lazyChildProcess],
  banner: { js: "var __import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__import_meta_url' },
});

// The worker thread that parses CSV/TSV for an import (src/core/import/readers/parse-worker.ts), found beside
// dist/cli.cjs at run time.
await build({
  ...common,
  entryPoints: ['src/core/import/readers/parse-worker.ts'],
  outfile: 'dist/import-worker.cjs',
  format: 'cjs',
  charset: 'ascii',
  supported: { 'dynamic-import': false },
  plugins: [vendorPlugin],
});

// The worker thread that judges half of a large import's lines (src/core/checks/checks-worker.ts),
// found beside dist/cli.cjs at run time.
await build({
  ...common,
  entryPoints: ['src/core/checks/checks-worker.ts'],
  outfile: 'dist/checks-worker.cjs',
  format: 'cjs',
  charset: 'ascii',
  supported: { 'dynamic-import': false },
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
  external: ['better-sqlite3', 'kysely', 'commander', 'pg', ...VENDOR],
});

const bundle = readFileSync('dist/cli.cjs');
const stray = bundle.findIndex((b) => b > 0x7f);
// (An unminified build keeps comments, which may be Vietnamese.)
if (stray >= 0 && common.minify) {
  const line = bundle.subarray(0, stray).toString('latin1').split('\n').length;
  throw new Error(`dist/cli.cjs must be ASCII: a non-ASCII byte on line ${line} (a regular expression? write \\u escapes)`);
}

// A V8 code cache for the bundle, warmed on the commands clerks run most (see bin/compile-cache.js).
execFileSync(process.execPath, ['scripts/warm-cache.cjs'], { stdio: 'inherit' });
