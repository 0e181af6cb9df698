'use strict';
const assert = require('assert');
function t(label, fn) {
  try {
    fn();
    console.log(label, 'no throw');
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator);
  }
}

const big = (n, k, v) => {
  const o = {};
  for (let i = 0; i < n; i++) o['k' + i] = i === k ? v : i;
  return o;
};
t('last', () => assert.deepStrictEqual(big(20, 19, 'x'), big(20, 19, 'y')));
t('first', () => assert.deepStrictEqual(big(20, 0, 'x'), big(20, 0, 'y')));
t('6', () => assert.deepStrictEqual(big(20, 6, 'x'), big(20, 6, 'y')));
t('7', () => assert.deepStrictEqual(big(20, 7, 'x'), big(20, 7, 'y')));
t('8', () => assert.deepStrictEqual(big(20, 8, 'x'), big(20, 8, 'y')));
t('two changes', () => assert.deepStrictEqual(big(30, 8, 'x'), big(30, 28, 'y')));
const arr = Array.from({ length: 30 }, (_, i) => i + 1);
const arr2 = arr.slice();
arr2[26] = 0;
t('array', () => assert.deepStrictEqual(arr, arr2));
t('array far apart', () => {
  const a = Array.from({ length: 40 }, (_, i) => i);
  const b = a.slice();
  b[3] = 'x';
  b[35] = 'y';
  assert.deepStrictEqual(a, b);
});
t('nested long', () => assert.deepStrictEqual({ list: arr, tail: { x: 1 } }, { list: arr2, tail: { x: 2 } }));
