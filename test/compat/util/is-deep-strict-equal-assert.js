'use strict';
// util.isDeepStrictEqual and assert.deepStrictEqual agree (one implementation).
const util = require('util');
const assert = require('assert');
const pairs = [[{ a: 1 }, { a: 1 }], [[1, 2], [1, 2]], [new Set([1]), new Set([1])], [0, -0], [NaN, NaN], [{}, []],
  [new Map([[{}, 1]]), new Map([[{}, 1]])], [/a/, /a/], [new Date(0), new Date(0)], [1, '1']];
for (const [a, b] of pairs) {
  let threw = false;
  try { assert.deepStrictEqual(a, b); } catch { threw = true; }
  console.log(util.isDeepStrictEqual(a, b), !threw);
}
