'use strict';
const util = require('util');
const { AssertionError } = require('assert');
// The stack's frames are node4j's own; only the properties after it are compared.
const after = (text) => text.slice(text.indexOf('  generatedMessage'));
const e = new AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log(after(util.inspect(e)));
const m = new AssertionError({ message: 'hi', actual: 'x'.repeat(600), expected: 'a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl' });
console.log(after(util.inspect(m)));
console.log(m.actual.length, m.expected.length);
const o = new AssertionError({ actual: { a: { b: { c: 1 } } }, expected: [1, [2, [3]]], operator: 'deepStrictEqual' });
console.log(after(util.inspect(o)));
