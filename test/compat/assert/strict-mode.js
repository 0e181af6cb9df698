'use strict';
const assert = require('assert');
const strict = require('assert/strict');
console.log(strict === assert.strict, strict.strict === strict, typeof strict, strict.name);
console.log(Object.keys(strict).join(' '));
console.log(Object.keys(assert).join(' '));
console.log(strict.equal === strict.strictEqual, strict.deepEqual === strict.deepStrictEqual);
console.log(strict.notEqual.name, strict.notDeepEqual.name, strict.ok === assert.ok);
console.log(strict.AssertionError === assert.AssertionError, strict.Assert === assert.Assert);
for (const [label, fn] of [
  ['equal', () => strict.equal(1, '1')],
  ['deepEqual', () => strict.deepEqual([1], ['1'])],
  ['notEqual', () => strict.notEqual(1, 1)],
  ['notDeepEqual', () => strict.notDeepEqual({ a: 1 }, { a: 1 })],
  ['call', () => strict(false, 'm')],
  ['no arg', () => strict()],
]) {
  try { fn(); console.log(label, 'no throw'); } catch (e) { console.log(label, JSON.stringify(e.message), e.operator); }
}
