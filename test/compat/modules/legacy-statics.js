// Module._stat, _readPackage, _preloadModules, _debug and isPreloading, which older tools call.
'use strict';
const Module = require('module');
const path = require('path');
const fixtures = path.join(__dirname, 'fixtures');
console.log(Module._stat(__filename), Module._stat(__dirname), Module._stat(path.join(__dirname, 'none')));
const pkg = Module._readPackage(path.join(__dirname, 'none'));
console.log(pkg.type, pkg.exists, path.relative(__dirname, pkg.pjsonPath));
const fs = require('fs');
const dir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'readpkg-'));
fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({
  name: 'x', version: '1.0.0', main: 'm.js', type: 'module', exports: { '.': './m.js' },
  imports: { '#a': './a.js' }, other: 1,
}));
const read = Module._readPackage(dir);
console.log(Object.getPrototypeOf(read), Object.keys(read), read.name, read.main, read.type, read.exports,
            read.imports, read.exists, read.pjsonPath === path.join(dir, 'package.json'));
fs.writeFileSync(path.join(dir, 'package.json'), '{"name":"y"}');
const dir2 = fs.mkdtempSync(path.join(require('os').tmpdir(), 'readpkg-'));
fs.writeFileSync(path.join(dir2, 'package.json'), '{"name":"y"}');
console.log(Object.keys(Module._readPackage(dir2)), Module._readPackage(dir2).type);
fs.rmSync(dir, { recursive: true });
fs.rmSync(dir2, { recursive: true });
console.log(module.isPreloading, Module.prototype.isPreloading, typeof Module._debug, Module._preloadModules.length);
Module._preloadModules([path.join(fixtures, 'preloaded-by-test.js')]);
Module._debug('not shown without NODE_DEBUG=module');
console.log(typeof Module.evalScope);
