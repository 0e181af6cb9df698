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

t('object prop', () => assert.deepStrictEqual({ a: 1, b: 2 }, { a: 1, b: 3 }));
t('array shorter', () => assert.deepStrictEqual([1, 2], [1, 2, 3]));
t('nested', () => assert.deepStrictEqual({ a: [1, 2] }, { a: [1, 2, 3], b: 1 }));
t('type', () => assert.deepStrictEqual([1], ['1']));
t('map', () => assert.deepStrictEqual(new Map([[1, 2]]), new Map([[1, 3]])));
t('set', () => assert.deepStrictEqual(new Set([1, 2]), new Set([1, 3])));
t('errors', () => assert.deepStrictEqual(new Error('a'), new Error('b')));
t('primitive', () => assert.deepStrictEqual(1, 2));
t('-0', () => assert.deepStrictEqual(-0, 0));
t('long string value', () => assert.deepStrictEqual({ a: 'x'.repeat(100) }, { a: 'y' }));
t('custom', () => assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'custom'));
t('custom primitive', () => assert.deepStrictEqual(1, 2, 'custom'));
t('equal', () => assert.deepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }));
t('prototype', () => assert.deepStrictEqual(Object.create(null), {}));
t('class', () => assert.deepStrictEqual(new (class A {})(), new (class B {})()));
