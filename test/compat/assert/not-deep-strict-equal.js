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

t('object', () => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }));
t('number', () => assert.notDeepStrictEqual(1, 1));
t('long string', () => assert.notDeepStrictEqual('abcdefgh', 'abcdefgh'));
const big = {};
for (let i = 0; i < 60; i++) big['k' + i] = i;
t('long object', () => assert.notDeepStrictEqual(big, { ...big }));
t('different', () => assert.notDeepStrictEqual({ a: 1 }, { a: 2 }));
t('custom', () => assert.notDeepStrictEqual([1], [1], 'custom'));
