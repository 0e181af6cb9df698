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

t('deepEqual', () => assert.deepEqual({ a: 1 }, { a: 2 }));
t('deepEqual primitive', () => assert.deepEqual(1, 2));
t('deepEqual loose', () => assert.deepEqual({ a: 1 }, { a: '1' }));
t('deepEqual protos', () => assert.deepEqual(new (class A {})(), {}));
t('deepEqual long', () => assert.deepEqual('x'.repeat(600), 'y'));
t('notDeepEqual', () => assert.notDeepEqual({ a: 1 }, { a: 1 }));
t('notDeepEqual array', () => assert.notDeepEqual([1], [1]));
t('notDeepEqual unequal display', () => assert.notDeepEqual(1, '1'));
t('notDeepEqual long', () => assert.notDeepEqual('x'.repeat(1100), 'x'.repeat(1100)));
t('notDeepEqual ok', () => assert.notDeepEqual({ a: 1 }, { a: 2 }));
t('custom', () => assert.deepEqual({ a: 1 }, { a: 2 }, 'custom'));
t('missing', () => assert.deepEqual({}));
