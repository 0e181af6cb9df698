'use strict';
const { isDeepStrictEqual } = require('util');
const assert = require('assert');
const loose = (a, b) => { try { assert.deepEqual(a, b); return true; } catch { return false; } };
function row(name, a, b) { console.log(name.padEnd(28), isDeepStrictEqual(a, b), loose(a, b)); }

row('date', new Date(1), new Date(1)); row('date diff', new Date(1), new Date(2));
row('date prop', Object.assign(new Date(1), { a: 1 }), new Date(1)); row('invalid dates', new Date(NaN), new Date(NaN));
row('regexp', /a/g, /a/g); row('regexp flags', /a/g, /a/i); row('regexp source', /a/, /b/);
row('regexp lastIndex', Object.assign(/a/g, { lastIndex: 1 }), /a/g);
row('boxed number', new Number(1), new Number(1)); row('boxed -0', new Number(-0), new Number(0));
row('boxed string', new String('a'), new String('a')); row('boxed bool', new Boolean(true), new Boolean(false));
row('boxed vs prim', new Number(1), 1); row('boxed symbol', Object(Symbol.iterator), Object(Symbol.iterator));
row('boxed bigint', Object(1n), Object(1n)); row('boxed string prop', Object.assign(new String('a'), { x: 1 }), new String('a'));
row('weakmaps', new WeakMap(), new WeakMap()); row('weaksets', new WeakSet(), new WeakSet());
const w = new WeakMap(); row('same weakmap', w, w);
row('promise', Promise.resolve(1), Promise.resolve(1));
