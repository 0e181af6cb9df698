'use strict';
const { isDeepStrictEqual } = require('util');
const assert = require('assert');
const loose = (a, b) => { try { assert.deepEqual(a, b); return true; } catch { return false; } };
function row(name, a, b) { console.log(name.padEnd(28), isDeepStrictEqual(a, b), loose(a, b)); }

row('set', new Set([1, 2]), new Set([2, 1])); row('set diff', new Set([1]), new Set([2]));
row('set loose', new Set([1]), new Set(['1'])); row('set objects', new Set([{ a: 1 }, { b: 2 }]), new Set([{ b: 2 }, { a: 1 }]));
row('set mixed', new Set([1, { a: 1 }]), new Set([{ a: 1 }, 1])); row('set object diff', new Set([{ a: 1 }]), new Set([{ a: 2 }]));
row('set dup-like', new Set([{ a: 1 }, { a: 1 }]), new Set([{ a: 1 }, { a: 2 }]));
row('map', new Map([[1, 'a']]), new Map([[1, 'a']])); row('map value', new Map([[1, 'a']]), new Map([[1, 'b']]));
row('map loose key', new Map([[1, 'a']]), new Map([['1', 'a']])); row('map loose value', new Map([[1, 1]]), new Map([[1, '1']]));
row('map object keys', new Map([[{ k: 1 }, 1]]), new Map([[{ k: 1 }, 1]]));
row('map object key diff', new Map([[{ k: 1 }, 1]]), new Map([[{ k: 2 }, 1]]));
row('map order', new Map([[1, 1], [2, 2]]), new Map([[2, 2], [1, 1]])); row('map vs set', new Map(), new Set());
row('set prop', Object.assign(new Set(), { x: 1 }), new Set());
