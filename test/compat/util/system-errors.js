'use strict';
const util = require('util');
function t(f) { try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); } }
for (const n of [-2, -13, -98, -4095, -3008, -4094, -99999]) t(() => [util.getSystemErrorName(n), util.getSystemErrorMessage(n)]);
for (const bad of [2, 0, 1.5, -1.5, 'x', NaN, -Infinity, 2 ** 60]) {
  t(() => util.getSystemErrorName(bad));
  t(() => util.getSystemErrorMessage(bad));
}
const m = util.getSystemErrorMap();
console.log(m instanceof Map, m.size, m === util.getSystemErrorMap());
for (const [k, v] of m) console.log(k, v[0], v[1]);
