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

t('long', () => assert.strictEqual('a'.repeat(100), 'b'));
t('newlines', () => assert.strictEqual('a\nb\nc', 'a\nx\nc'));
t('indicator', () => assert.strictEqual('abcdefghijklmn', 'abcdefghijklmx'));
t('near start', () => assert.strictEqual('abcdefghijklmn', 'xbcdefghijklmn'));
t('prefix', () => assert.strictEqual('abcdefghijklmn', 'abcdefghijklmnop'));
t('numbers long', () => assert.strictEqual(12345678, 123456789));
t('numbers indicator', () => assert.strictEqual(1234567, 123456));
t('quotes', () => assert.strictEqual("it's", 'it is'));
t('unicode', () => assert.strictEqual('héllo wörld!!', 'héllo world!!'));
t('short 12', () => assert.strictEqual('abcdef', 'abcdeg'));
t('short 13', () => assert.strictEqual('abcdefg', 'abcdeg'));
