'use strict';
const { isDeepStrictEqual } = require('util');
const assert = require('assert');
const loose = (a, b) => { try { assert.deepEqual(a, b); return true; } catch { return false; } };
function row(name, a, b) { console.log(name.padEnd(28), isDeepStrictEqual(a, b), loose(a, b)); }

row('symbol keys', { [Symbol.for('a')]: 1 }, { [Symbol.for('a')]: 2 });
row('symbol keys same', { [Symbol.for('a')]: 1 }, { [Symbol.for('a')]: 1 });
row('symbol extra', { [Symbol.for('a')]: 1 }, {});
row('symbol non-enum', Object.defineProperty({}, Symbol('q'), { value: 1 }), {});
const c1 = { a: 1 }; c1.self = c1;
const c2 = { a: 1 }; c2.self = c2;
row('circular', c1, c2);
const c3 = { a: 1 }; c3.self = { a: 1, self: c3 };
row('circular shifted', c1, c3);
const l1 = [1]; l1.push(l1); const l2 = [1]; l2.push(l2);
row('circular arrays', l1, l2);
const m1 = new Map(); m1.set('me', m1); const m2 = new Map(); m2.set('me', m2);
row('circular maps', m1, m2);
