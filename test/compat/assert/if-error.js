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

t('null', () => assert.ifError(null));
t('undefined', () => assert.ifError(undefined));
t('error', () => assert.ifError(new Error('boom')));
t('string', () => assert.ifError('str'));
t('zero', () => assert.ifError(0));
t('false', () => assert.ifError(false));
t('empty message', () => assert.ifError(new TypeError('')));
t('object', () => assert.ifError({ message: 'obj' }));
try {
  assert.ifError(new Error('boom'));
} catch (e) {
  console.log(e.actual instanceof Error, e.expected, e.stack.split('\n')[0]);
}
