'use strict';
const assert = require('assert');
console.log(typeof assert, assert.name, assert.length, assert === assert.ok);
for (const k of Object.keys(assert)) {
  if (typeof assert[k] === 'function') console.log(k, assert[k].name, assert[k].length);
}
console.log(require('node:assert') === assert, require('assert/strict') === require('node:assert/strict'));
console.log(require('module').isBuiltin('assert/strict'), require('module').builtinModules.includes('assert'));
