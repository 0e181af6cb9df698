'use strict';
// node:module's compile-cache and source-map queries: nothing enabled by default; argument checks.
const m = require('node:module');
console.log(m.constants, Object.isFrozen(m.constants));
console.log(m.getCompileCacheDir(), m.flushCompileCache(), m.getSourceMapsSupport());
try {
  m.enableCompileCache(1);
} catch (err) {
  console.log(err.name, err.code, err.message);
}
console.log(m.enableCompileCache.length, m.flushCompileCache.length, m.getCompileCacheDir.length);
