'use strict';
const { isDeepStrictEqual } = require('util');
const assert = require('assert');
const loose = (a, b) => { try { assert.deepEqual(a, b); return true; } catch { return false; } };
function row(name, a, b) { console.log(name.padEnd(28), isDeepStrictEqual(a, b), loose(a, b)); }

row('same', new Error('x'), new Error('x')); row('message', new Error('x'), new Error('y'));
row('name', new TypeError('x'), new Error('x')); row('vs object', new Error('a'), { message: 'a', name: 'Error' });
const e1 = new Error('x'); const e2 = new Error('x'); e2.cause = undefined;
row('cause undefined vs missing', e1, e2);
row('cause', new Error('x', { cause: 1 }), new Error('x', { cause: 1 }));
row('cause diff', new Error('x', { cause: { a: 1 } }), new Error('x', { cause: { a: 2 } }));
row('aggregate', new AggregateError([1], 'm'), new AggregateError([1], 'm'));
row('aggregate diff', new AggregateError([1], 'm'), new AggregateError([2], 'm'));
row('props', Object.assign(new Error('x'), { code: 1 }), Object.assign(new Error('x'), { code: 2 }));
