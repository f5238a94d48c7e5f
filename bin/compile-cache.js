'use strict';
// Loads a CommonJS bundle with a V8 code cache beside it (<file>.v8cache). Compiling the bundle is a large
// share of tdkt's start-up, and clerks and scripts run many short commands. Node ≥ 22.1 does this itself
// (module.enableCompileCache); on Node 20 the cache is kept by hand with vm.Script's cachedData. A
// missing, stale (other Node version) or unwritable cache only costs speed: V8 rejects what does not match.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');

function loadWithCache(file) {
  if (typeof Module.enableCompileCache === 'function') {
    Module.enableCompileCache();
    return { exports: require(file), save() {} };
  }
  const cacheFile = `${file}.v8cache`;
  // The build makes the bundle ASCII, so latin1 reads it without decoding UTF-8.
  const source = fs.readFileSync(file, 'latin1');
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {}
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const mod = { exports: {} };
  script.runInThisContext()(mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
  const stale = cachedData === undefined || script.cachedDataRejected === true;
  return {
    exports: mod.exports,
    /** Writes the cache, with the functions compiled so far, when there was none or it was stale. */
    save(force = false) {
      if (!stale && !force) return;
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      try {
        fs.writeFileSync(tmp, script.createCachedData());
        fs.renameSync(tmp, cacheFile);
      } catch {
        try {
          fs.unlinkSync(tmp);
        } catch {}
      }
    },
  };
}

module.exports = { loadWithCache };
