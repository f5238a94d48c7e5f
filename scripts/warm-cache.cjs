// Builds dist/cli.cjs.v8cache by running the commands clerks run most, in-process, then saving the code
// V8 compiled for them. Run by the build; safe to skip (the first real command writes a cache).
'use strict';
const { execFileSync } = require('node:child_process');
const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tdkt-warm-'));
  try {
    const db = join(dir, 'demo.sqlite');
    // The demo is built in another process: the cache holds what reading commands compile, not the writes.
    execFileSync(process.execPath, [require.resolve('../bin/tdkt.js'), 'demo', '--file', db], { stdio: 'ignore' });
    const cli = require('../bin/compile-cache.js').loadWithCache(require.resolve('../dist/cli.cjs'));
    const { main, bufferIO } = cli.exports;
    const run = (argv, tty = false) => main(argv, bufferIO({ tty, home: dir }));
    // The cache holds what these compile; other commands compile the rest as they run. A larger cache costs
    // more to load than it saves, so it covers the commands run most, as scripts run them.
    await run(['--db', db, 'counts', 'le-chan-2022']);
    await run(['--db', db, 'roster', 'le-chan-2022']);
    await run(['--db', db, 'history', 'truong thcs tran phu']);
    cli.save(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
})();
