#!/usr/bin/env node
'use strict';
const cli = require('./compile-cache.js').loadWithCache(require.resolve('../dist/cli.cjs'));
const { main, systemIO } = cli.exports;

main(process.argv.slice(2), systemIO()).then((code) => {
  process.exitCode = code;
  cli.save();
});
