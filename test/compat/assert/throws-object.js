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

t('message', () => assert.throws(() => { throw new Error('x'); }, { message: 'y' }));
t('message ok', () => assert.throws(() => { throw new Error('x'); }, { message: 'x' }));
t('name', () => assert.throws(() => { throw new Error('x'); }, { message: 'x', name: 'TypeError' }));
t('regexp value', () => assert.throws(() => { throw new Error('x'); }, { message: /y/ }));
t('regexp value ok', () => assert.throws(() => { throw new Error('xyz'); }, { message: /y/ }));
t('missing key', () => assert.throws(() => { throw new Error('x'); }, { code: 'E' }));
t('undefined key', () => assert.throws(() => { throw new Error('x'); }, { message: 'x', foo: undefined }));
t('error instance', () => assert.throws(() => { throw new Error('x'); }, new TypeError('x')));
t('error instance ok', () => assert.throws(() => { throw new TypeError('x'); }, new TypeError('x')));
t('nested', () => assert.throws(() => { const e = new Error('x'); e.info = { a: 1 }; throw e; }, { info: { a: 2 } }));
t('primitive thrown', () => assert.throws(() => { throw null; }, { message: 'x' }));
t('custom message', () => assert.throws(() => { throw new Error('x'); }, { message: 'y' }, 'custom'));
t('empty object', () => assert.throws(() => { throw new Error('x'); }, {}));
