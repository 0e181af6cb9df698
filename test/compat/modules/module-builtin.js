// The module module: createRequire, isBuiltin, builtinModules, require of core modules with node:.
const { createRequire, isBuiltin, builtinModules } = require('module');
const req = createRequire(__filename);
console.log(req('./fixtures/dir-index'));
console.log(createRequire(__dirname + '/fixtures/')('./dir-index'));
console.log(isBuiltin('path'), isBuiltin('node:path'), isBuiltin('nope'), isBuiltin('node:nope'));
console.log(builtinModules.includes('path'), Array.isArray(builtinModules));
console.log(require('node:path') === require('path'), require('path/posix') === require('path').posix);
console.log(require('module') === require('node:module'), typeof require('module').Module);
try { createRequire('relative/path'); } catch (e) { console.log(e.code, e.message); }
