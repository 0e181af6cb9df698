// process.getBuiltinModule(id): the module itself for a builtin id with or without node:, undefined
// for anything else, ERR_INVALID_ARG_TYPE for a non-string.
'use strict';
for (const id of ['fs', 'node:fs', 'path', 'node:path/posix', 'util/types', 'module', 'process',
                  'node:stream/promises', '_stream_readable']) {
  const mod = process.getBuiltinModule(id);
  console.log(id, mod === require(id));
}
for (const id of ['nope', 'node:nope', './fs', 'fs/', 'FS', '', 'node:', 'internal/errors',
                  'node:internal/errors', 'test']) {
  console.log(JSON.stringify(id), process.getBuiltinModule(id));
}
for (const bad of [1, null, undefined, {}, Symbol('x')]) {
  try {
    process.getBuiltinModule(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log(process.getBuiltinModule.length, process.getBuiltinModule.name);
