'use strict';
const assert = require('assert');
const { AssertionError } = assert;
const e = new AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log(Object.keys(e), e.name, e.code, e.diff, e.generatedMessage);
console.log(JSON.stringify(e.message));
console.log(e instanceof Error, e instanceof AssertionError, e.toString === AssertionError.prototype.toString);
console.log(String(e));
console.log(e.stack.split('\n')[0]);
const m = new AssertionError({ message: 'hi', actual: 'x'.repeat(600), expected: 'a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl' });
console.log(m.generatedMessage, m.message, m.operator, m.actual.length);
for (const bad of [undefined, 1, 'x']) {
  try { new AssertionError(bad); } catch (err) { console.log(err.code, err.message); }
}
try { new AssertionError({ diff: 'x' }); } catch (err) { console.log(err.code, err.message); }
console.log(new AssertionError({ actual: 1, expected: 1, operator: 'deepEqual', diff: 'full' }).diff);
console.log(JSON.stringify(new AssertionError({ actual: [1], expected: [2], operator: 'deepStrictEqual' }).message));
console.log(JSON.stringify(new AssertionError({ actual: 1, expected: 2, operator: '>' }).message));
console.log(JSON.stringify(new AssertionError({ actual: 1, expected: 2 }).message));
console.log(AssertionError.name, AssertionError.length);
function thrower() { throw new AssertionError({ actual: 1, expected: 2, operator: 'strictEqual', stackStartFn: thrower }); }
try { thrower(); } catch (err) { console.log(err.stack.includes('at thrower'), err.actual, err.expected); }
