'use strict';
const { isDeepStrictEqual } = require('util');
const assert = require('assert');
const loose = (a, b) => { try { assert.deepEqual(a, b); return true; } catch { return false; } };
function row(name, a, b) { console.log(name.padEnd(28), isDeepStrictEqual(a, b), loose(a, b)); }

row('same', [1, 2, 3], [1, 2, 3]); row('order', [1, 2], [2, 1]); row('length', [1], [1, 2]);
row('holes', [1, , 3], [1, undefined, 3]); row('both holes', [1, , 3], [1, , 3]);
row('extra key', Object.assign([1], { x: 1 }), [1]); row('same extra key', Object.assign([1], { x: 1 }), Object.assign([1], { x: 1 }));
row('nested', [[1], [2, [3]]], [[1], [2, [3]]]); row('loose items', [1, 2], ['1', '2']);
row('sparse long', Object.assign(new Array(5), { 4: 1 }), Object.assign(new Array(5), { 4: 1 }));
row('subclass', new (class X extends Array {})(), []);
