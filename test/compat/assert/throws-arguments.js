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

t('not a function', () => assert.throws('notfn'));
t('number expectation', () => assert.throws(() => { throw new Error('x'); }, 123));
t('ambiguous', () => assert.throws(() => { throw new Error('x'); }, 'x'));
t('ambiguous primitive', () => assert.throws(() => { throw 'x'; }, 'x'));
t('string and message', () => assert.throws(() => { throw new Error('x'); }, 'x', 'x'));
t('null expectation', () => assert.throws(() => { throw new Error('x'); }, null));
t('doesNotThrow not fn', () => assert.doesNotThrow('x'));
t('doesNotThrow bad expected', () => assert.doesNotThrow(() => { throw new Error('x'); }, 5));
