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

t('numbers', () => assert.strictEqual(1, 2));
t('strings', () => assert.strictEqual('a', 'b'));
t('number vs string', () => assert.strictEqual(1, '1'));
t('NaN', () => assert.strictEqual(NaN, NaN));
t('NaN vs 0', () => assert.strictEqual(NaN, 0));
t('bigint', () => assert.strictEqual(1n, 2n));
t('undefined vs null', () => assert.strictEqual(undefined, null));
t('0 vs -0', () => assert.strictEqual(0, -0));
t('-0 vs 0', () => assert.strictEqual(-0, 0));
t('symbols', () => assert.strictEqual(Symbol('a'), Symbol('a')));
t('same', () => assert.strictEqual('x', 'x'));
t('booleans', () => assert.strictEqual(true, false));
t('custom message', () => assert.strictEqual(1, 2, 'custom'));
t('error message', () => assert.strictEqual(1, 2, new TypeError('mine')));
