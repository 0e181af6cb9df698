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

t('same structure', () => assert.strictEqual({ a: 1 }, { a: 1 }));
t('arrays', () => assert.strictEqual([1], [2]));
t('functions', () => assert.strictEqual(function a() {}, function a() {}));
t('object vs number', () => assert.strictEqual({}, 1));
const big = {};
for (let i = 0; i < 60; i++) big['key' + i] = i;
t('same structure long', () => assert.strictEqual(big, { ...big }));
t('nested', () => assert.strictEqual({ a: { b: [1, 2] } }, { a: { b: [1, 3] } }));
t('custom', () => assert.strictEqual({ a: 1 }, { a: 2 }, 'objects differ'));
