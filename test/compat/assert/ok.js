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

t('true', () => assert.ok(true));
t('false', () => assert.ok(false));
t('no args', () => assert.ok());
t('call form', () => assert(0));
t('message', () => assert.ok(false, 'm'));
t('error message', () => assert.ok(false, new TypeError('te')));
t('undefined message', () => assert(false, undefined));
t('null message', () => assert.ok(0, null));
const x = 1;
t('expression', () => assert.ok(x === 2));
t('call inside', () => assert(['a'].includes('b')));
t('string arg', () => assert.ok('', 'empty'));
t('strings in args', () => assert.ok(typeof x === 'string', undefined));
const { ok } = assert;
t('destructured', () => ok(null));
t('nested parens', () => assert.ok((x > 1) && (x < 0)));
t('template', () => assert.ok(`${x}` === 'y'));
t('regexp', () => assert.ok(/z/.test('abc')));
