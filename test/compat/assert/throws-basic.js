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

t('no throw', () => assert.throws(() => {}));
t('no throw msg', () => assert.throws(() => {}, 'msg'));
t('no throw class', () => assert.throws(() => {}, TypeError));
t('no throw class msg', () => assert.throws(() => {}, TypeError, 'msg'));
t('no throw regexp', () => assert.throws(() => {}, /abc/));
t('no throw fn', () => assert.throws(() => {}, function validate() {}));
t('ok class', () => assert.throws(() => { throw new TypeError('x'); }, TypeError));
t('ok base class', () => assert.throws(() => { throw new TypeError('x'); }, Error));
t('ok regexp', () => assert.throws(() => { throw new Error('abc'); }, /b/));
t('ok fn', () => assert.throws(() => { throw new Error('x'); }, (e) => e.message === 'x'));
t('ok no expectation', () => assert.throws(() => { throw 1; }));
t('wrong class', () => assert.throws(() => { throw new Error('x'); }, TypeError));
t('wrong class no message', () => assert.throws(() => { throw new Error(); }, TypeError));
t('same name', () => {
  class TypeError2 extends Error {}
  Object.defineProperty(TypeError2, 'name', { value: 'Error' });
  assert.throws(() => { throw new Error('x'); }, TypeError2);
});
t('non-error thrown', () => assert.throws(() => { throw 'str'; }, TypeError));
t('regexp mismatch', () => assert.throws(() => { throw new Error('x'); }, /abc/));
t('regexp custom', () => assert.throws(() => { throw new Error('x'); }, /abc/, 'custom'));
t('fn false', () => assert.throws(() => { throw new Error('x'); }, () => false));
t('named fn false', () => assert.throws(() => { throw new Error('x'); }, function v() { return false; }));
t('fn returns 1', () => assert.throws(() => { throw 5; }, function v() { return 1; }));
