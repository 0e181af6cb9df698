'use strict';
const assert = require('assert');
function show(label, e) {
  if (e === undefined) console.log(label, 'resolved');
  else console.log(label, e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator);
}
async function t(label, fn) {
  try {
    await fn();
    show(label);
  } catch (e) {
    show(label, e);
  }
}
(async () => {
  await t('resolves', () => assert.rejects(Promise.resolve(1)));
  await t('resolves msg', () => assert.rejects(Promise.resolve(1), 'msg'));
  await t('resolves class', () => assert.rejects(async () => {}, TypeError));
  await t('rejects ok', () => assert.rejects(Promise.reject(new TypeError('x')), TypeError));
  await t('rejects wrong', () => assert.rejects(Promise.reject(new Error('x')), TypeError));
  await t('rejects object', () => assert.rejects(async () => { throw new Error('x'); }, { message: 'y' }));
  await t('rejects regexp', () => assert.rejects(async () => { throw new Error('x'); }, /y/));
  await t('not promise', () => assert.rejects(1));
  await t('fn not promise', () => assert.rejects(() => 1));
  await t('thenable', () => assert.rejects({ then(a, b) { b(new Error('t')); }, catch() {} }, /t/));
  await t('doesNotReject ok', () => assert.doesNotReject(Promise.resolve(1)));
  await t('doesNotReject', () => assert.doesNotReject(Promise.reject(new Error('x'))));
  await t('doesNotReject msg', () => assert.doesNotReject(async () => { throw new Error('x'); }, 'msg'));
  await t('doesNotReject other', () => assert.doesNotReject(Promise.reject(new Error('x')), TypeError));
  await t('doesNotReject bad', () => assert.doesNotReject('x'));
  await t('doesNotReject fn not promise', () => assert.doesNotReject(() => 5));
  console.log(typeof assert.rejects(Promise.reject(new Error('z'))).then);
})();
