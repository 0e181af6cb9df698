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

t('no args', () => assert.fail());
t('message', () => assert.fail('boom'));
t('error', () => assert.fail(new TypeError('te')));
t('undefined', () => assert.fail(undefined));
