'use strict';
const assert = require('assert');
const partial = (a, b) => {
  try { assert.partialDeepStrictEqual(a, b); return true; } catch (e) { return e.code; }
};
const cases = [
  [[1, [2, 3]], [[2]]], [[{ a: 1, b: 2 }, 5], [{ a: 1 }]], [[1, 2, 1], [1, 1]], [[1, 2, 3], []],
  [{ a: [1, 2] }, { a: [1, 2, 3] }], [new Set([{ a: 1, b: 2 }]), new Set([{ a: 1 }])],
  [new Map([[{ k: 1 }, { v: 1, w: 2 }]]), new Map([[{ k: 1 }, { v: 1 }]])],
  [1, 1], [1, 2], ['a', 'a'], [{ a: 1 }, { a: 1, b: undefined }], [[1, , 3], [1, , 3]], [[1, 2], [, 2]],
  [new Uint8Array([1, 2, 3]), new Uint8Array([1, 3])], [new Date(1), new Date(1)], [/a/g, /a/g],
  [new Error('a'), new Error('a')], [new Set([1, 2]), new Set([1, 1])], [{ a: new Set([1, 2]) }, { a: new Set([2]) }],
  [NaN, NaN], [[NaN], [NaN]], [new Number(1), new Number(1)], [Object.create(null), {}], [{}, Object.create(null)],
  [[1, 2, 3], { 0: 1 }], [{ 0: 1, length: 1 }, [1]], [new ArrayBuffer(2), new ArrayBuffer(1)],
  [[[1, 2], [3, 4]], [[3]]], [[1, 2, 3], [1, 3]], [[1, 2, 3], [3, 1]], [[0], [-0]],
  [new Set([1, 2, 3]), new Set([3])], [new Map([[1, 2], [3, 4]]), new Map([[3, 4]])],
  [{ a: 1, b: { c: 1, d: 2 } }, { b: { c: 1 } }], [[1, , 3], [1, undefined, 3]],
  [Object.assign(new Date(1), { a: 1 }), new Date(1)], [new (class A {})(), new (class B {})()],
];
for (const [a, b] of cases) console.log(partial(a, b));
try { assert.partialDeepStrictEqual({ a: 1, b: 2 }, { a: 2 }); } catch (e) { console.log(JSON.stringify(e.message), e.operator); }
try { assert.partialDeepStrictEqual(1); } catch (e) { console.log(e.code, e.message); }
try { assert.partialDeepStrictEqual([1], [2], 'custom'); } catch (e) { console.log(e.message); }
