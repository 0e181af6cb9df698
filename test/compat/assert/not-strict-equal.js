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

t('numbers', () => assert.notStrictEqual(1, 1));
t('long string', () => assert.notStrictEqual('abcdef', 'abcdef'));
t('short string', () => assert.notStrictEqual('ab', 'ab'));
const o = { a: 1 };
t('object', () => assert.notStrictEqual(o, o));
const e = {};
t('empty object', () => assert.notStrictEqual(e, e));
const f = function named() {};
t('function', () => assert.notStrictEqual(f, f));
t('different', () => assert.notStrictEqual(1, 2));
t('NaN', () => assert.notStrictEqual(NaN, NaN));
t('0 -0', () => assert.notStrictEqual(0, -0));
t('custom', () => assert.notStrictEqual(1, 1, 'custom'));
