'use strict';
const { isDeepStrictEqual } = require('util');
const assert = require('assert');
const loose = (a, b) => { try { assert.deepEqual(a, b); return true; } catch { return false; } };
function row(name, a, b) { console.log(name.padEnd(28), isDeepStrictEqual(a, b), loose(a, b)); }

row('empty', {}, {}); row('props', { a: 1, b: 2 }, { b: 2, a: 1 }); row('extra', { a: 1 }, { a: 1, b: 1 });
row('undefined prop', { a: undefined }, {}); row('undefined props', { a: undefined }, { b: undefined });
row('nested', { a: { b: [1, { c: 2 }] } }, { a: { b: [1, { c: 2 }] } });
row('nested diff', { a: { b: [1, { c: 2 }] } }, { a: { b: [1, { c: 3 }] } });
row('null proto', Object.create(null), {}); row('proto data', Object.create({ a: 1 }), {});
row('proto both', Object.create({ a: 1 }), Object.create({ b: 1 }));
class A {} class B {}
row('classes', new A(), new B()); row('class vs plain', new A(), {}); row('same class', new A(), new A());
row('create vs new', Object.create(A.prototype), new A());
row('getter', { get a() { return 1; } }, { a: 1 });
const hidden = Object.defineProperty({}, 'x', { value: 1, enumerable: false });
row('non-enumerable', hidden, {});
row('tag', { [Symbol.toStringTag]: 'X' }, {});
row('array vs object', [], {}); row('args vs array', (function () { return arguments; })(1), [1]);
row('args', (function () { return arguments; })(1), (function () { return arguments; })(1));
