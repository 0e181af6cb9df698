'use strict';
const { isDeepStrictEqual } = require('util');
const assert = require('assert');
const loose = (a, b) => { try { assert.deepEqual(a, b); return true; } catch { return false; } };
function row(name, a, b) { console.log(name.padEnd(28), isDeepStrictEqual(a, b), loose(a, b)); }

row('-0 0', -0, 0); row('NaN', NaN, NaN); row('1 "1"', 1, '1'); row('null undefined', null, undefined);
row('bigint number', 1n, 1); row('bigint', 2n, 2n); row('symbol', Symbol.iterator, Symbol.iterator);
row('symbols', Symbol('a'), Symbol('a')); row('true 1', true, 1); row('strings', 'a', 'a');
row('string object', 'a', new String('a')); row('number vs object', 1, {}); row('null obj', null, {});
row('fn', function () {}, function () {}); const f = () => {}; row('same fn', f, f);
row('Infinity', Infinity, Infinity); row('"" 0', '', 0); row('undefined', undefined, undefined);
