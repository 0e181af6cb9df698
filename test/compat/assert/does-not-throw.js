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

t('ok', () => assert.doesNotThrow(() => {}));
t('throws', () => assert.doesNotThrow(() => { throw new Error('x'); }));
t('msg', () => assert.doesNotThrow(() => { throw new Error('x'); }, 'msg'));
t('other class', () => assert.doesNotThrow(() => { throw new Error('x'); }, TypeError));
t('class', () => assert.doesNotThrow(() => { throw new Error('x'); }, Error));
t('class msg', () => assert.doesNotThrow(() => { throw new Error('x'); }, Error, 'msg'));
t('regexp match', () => assert.doesNotThrow(() => { throw new Error('x'); }, /x/));
t('regexp no match', () => assert.doesNotThrow(() => { throw new Error('x'); }, /y/));
t('fn true', () => assert.doesNotThrow(() => { throw new Error('x'); }, () => true));
t('primitive', () => assert.doesNotThrow(() => { throw 'boom'; }));
