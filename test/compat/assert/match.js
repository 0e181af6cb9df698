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

t('match', () => assert.match('abc', /x/));
t('match ok', () => assert.match('abc', /b/));
t('match number', () => assert.match(123, /x/));
t('match bad regexp', () => assert.match('abc', 'x'));
t('match missing', () => assert.match('a'));
t('doesNotMatch', () => assert.doesNotMatch('abc', /b/));
t('doesNotMatch ok', () => assert.doesNotMatch('abc', /x/));
t('doesNotMatch number', () => assert.doesNotMatch(123, /b/));
t('custom', () => assert.match('abc', /x/, 'custom'));
t('error message', () => assert.doesNotMatch('abc', /a/, new RangeError('r')));
t('long input', () => assert.match('y'.repeat(50) + '\n' + 'z', /x/g));
