'use strict';
// compat: stderr
const assert = require('assert');
function t(label, fn) {
  try {
    fn();
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator, e.actual, e.expected);
  }
}
t('two args', () => assert.fail(1, 2));
t('operator', () => assert.fail(1, 2, undefined, '>'));
t('message and operator', () => assert.fail(1, 2, 'm', '>'));
t('error message', () => assert.fail(1, 2, new RangeError('r')));
