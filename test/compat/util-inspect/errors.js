// errors without stack frames are bracketed: "[Error: msg]"; subclass names; changed names; stack first line
function noStack(e, stack) { e.stack = stack === undefined ? `${e.name}: ${e.message}` : stack; return e; }
console.log(noStack(new Error('boom')));
console.log(noStack(new TypeError('bad type')));
console.log(noStack(new RangeError('')));
class MyError extends Error {}
console.log(noStack(new MyError('mine'), 'Error: mine'));
class ValidationError extends Error { constructor(m) { super(m); this.name = 'ValidationError'; } }
console.log(noStack(new ValidationError('invalid'), 'ValidationError: invalid'));
const renamed = noStack(new Error('x'), 'Error: x');
renamed.name = 'Custom';
console.log(renamed);
const e = new Error('deleted');
delete e.stack;
Object.defineProperty(e, 'stack', { value: undefined });
console.log(e);
console.log([noStack(new Error('in array'))], { err: noStack(new Error('in object')) });
console.log(String(new Error('first').stack).split('\n')[0]);
const odd = noStack(new Error('odd'), 'no error header here');
console.log(odd);
