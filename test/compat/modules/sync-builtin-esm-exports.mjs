// module.syncBuiltinESMExports(): the named exports of built-ins seen through import take the
// current values of the CommonJS exports' properties (names are neither added nor removed).
import { createRequire, syncBuiltinESMExports } from 'node:module';
import * as esmFS from 'node:fs';
import { readFile } from 'fs';
const require = createRequire(import.meta.url);
const fs = require('node:fs');
const original = fs.readFile;
function newAPI() {}
fs.readFile = newAPI;
const saved = fs.readFileSync;
delete fs.readFileSync;
fs.newAPI = newAPI;
console.log('before sync:', esmFS.readFile === newAPI, readFile === newAPI);
syncBuiltinESMExports();
console.log('after sync:', esmFS.readFile === newAPI, readFile === newAPI);
console.log('readFileSync kept:', 'readFileSync' in esmFS, typeof esmFS.readFileSync);
console.log('newAPI not added:', esmFS.newAPI, 'newAPI' in esmFS);
console.log('default is the object:', esmFS.default === fs);
const again = await import('node:fs');
console.log('same namespace:', again === esmFS, again.readFile === newAPI);
fs.readFile = original;
fs.readFileSync = saved;
syncBuiltinESMExports();
console.log('restored:', esmFS.readFile === original, typeof esmFS.readFileSync);
