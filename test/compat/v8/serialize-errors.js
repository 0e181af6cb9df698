const v8 = require('v8');
function withStack(e, stack) {
  e.stack = stack;
  return e;
}
const values = [withStack(new Error('m'), 'S'), withStack(new TypeError('t'), 'T'), withStack(new RangeError(''), 'R'),
  withStack(new SyntaxError('s'), 's'), withStack(new ReferenceError('r'), 'r'), withStack(new EvalError('e'), 'e'),
  withStack(new URIError('u'), 'u'), withStack(new Error('c', { cause: 42 }), 'C'), withStack(new Error('obj', { cause: { a: 1 } }), 'O'),
  withStack(Object.assign(new Error('named'), { name: 'TypeError' }), 'N'), withStack(new Error(), 'nomessage'),
  withStack(new Error('x'), undefined)];
for (const v of values) console.log(v8.serialize(v).toString('hex'));
