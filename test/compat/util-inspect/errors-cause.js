// error causes "[cause]: ..." and AggregateError "[errors]: [...]", nested indentation
function noStack(e) { e.stack = `${e.name}: ${e.message}`; return e; }
const root = noStack(new Error('root'));
const mid = noStack(new Error('mid', { cause: root }));
const top = noStack(new TypeError('top', { cause: mid }));
console.log(top);
console.log(noStack(new Error('primitive cause', { cause: 'just a string' })));
console.log(noStack(new Error('object cause', { cause: { code: 1 } })));
const agg = noStack(new AggregateError([noStack(new Error('one')), noStack(new RangeError('two'))], 'many'));
console.log(agg);
console.log({ nested: noStack(new Error('n', { cause: root })) });
