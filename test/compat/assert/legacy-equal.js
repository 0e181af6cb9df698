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

t('equal', () => assert.equal(1, 2));
t('equal loose', () => assert.equal(1, '1'));
t('equal null undefined', () => assert.equal(null, undefined));
t('equal NaN', () => assert.equal(NaN, NaN));
t('equal objects', () => assert.equal({ a: 1 }, { a: 1 }));
t('equal long', () => assert.equal('x'.repeat(600), 'y'));
t('notEqual', () => assert.notEqual(1, 1));
t('notEqual loose', () => assert.notEqual(1, '1'));
t('notEqual strings', () => assert.notEqual('a', 'a'));
t('notEqual NaN', () => assert.notEqual(NaN, NaN));
t('notEqual differ', () => assert.notEqual(1, 2));
t('custom', () => assert.equal(1, 2, 'custom'));
t('missing', () => assert.equal(1));
t('missing notEqual', () => assert.notEqual());
