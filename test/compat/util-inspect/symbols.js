// symbols as values and keys, well-known symbols, registered symbols, hidden symbol keys
console.log(Symbol('desc'), Symbol(''), Symbol(), Symbol.asyncIterator, Symbol.for('g'));
const s = Symbol('key');
console.log({ [s]: 1, normal: 2 });
console.log([Symbol('in array')]);
console.log({ [Symbol('nested')]: { [Symbol('deeper')]: 'v' } });
console.log('%s and %s', Symbol('fmt'), 'str');
