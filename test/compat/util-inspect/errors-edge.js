// error edge cases: non-string or empty stacks, null prototype, renamed errors, fake errors, empty causes and errors lists
const e1 = new Error('x'); e1.stack = 123; console.log(e1);
const e2 = new Error('x'); e2.stack = ''; console.log(e2);
console.log(Object.create(Error.prototype));
const e3 = new Error('np'); e3.stack = 'Error: np'; Object.setPrototypeOf(e3, null); console.log(e3);
const e4 = new Error('msg'); e4.stack = 'Error: msg'; e4.name = 'CustomError'; console.log(e4);
const e5 = new Error('msg'); e5.stack = 'Error: msg'; e5.message = 'changed'; console.log(e5);
const e6 = new RangeError('r'); e6.stack = 'RangeError: r'; e6.name = 'TypeError'; console.log(e6);
class Err2 extends TypeError {} const e7 = new Err2('q'); e7.stack = 'TypeError: q'; console.log(e7);
const e8 = new Error('with [brackets]'); e8.stack = 'Error: with [brackets]\n    at x (y.js:1:1)'; e8.name = 'Error'; console.log([e8]);
const e9 = {__proto__: Error.prototype, stack: 'Fake: stack', message: 'm'}; console.log(e9);
const e10 = new Error('a', { cause: undefined }); e10.stack = 'Error: a'; console.log(e10);
const agg = new AggregateError([], 'none'); agg.stack = 'AggregateError: none'; console.log(agg);
const e11 = new Error(''); e11.stack = 'Error'; console.log(e11);
console.log('%s', (() => { const e = new Error('fmt'); e.stack = 'Error: fmt'; return e; })());
const e12 = new Error('x'); e12.stack = 'Error: x'; e12[Symbol('s')] = 1; console.log(e12);
const DOMLike = class DOMException2 extends Error { get name() { return 'DOMException2'; } };
const e13 = new DOMLike('dd'); e13.stack = 'Error: dd'; console.log(e13);
{
const e1 = new Error('x'); e1.stack = { a: 1 }; console.log(e1);
const e2 = new Error('x'); e2.stack = 'str\nmore'; console.log(e2);
const e3 = new Error('x'); e3.stack = ['a', 'b']; console.log(e3);
}
