// inspect options reached through a custom inspect's third argument: depth, compact, breakLength
let inspect;
console.log({ [Symbol.for('nodejs.util.inspect.custom')](d, o, i) { inspect = i; return 'got inspect'; } });
const deep = { a: { b: { c: { d: { e: { f: 1 } } } } } };
console.log(inspect(deep, { depth: 0 }));
console.log(inspect(deep, { depth: 4 }));
console.log(inspect(deep, { depth: Infinity }));
console.log(inspect(deep, { depth: null }));
console.log(inspect(deep, false, 1));
console.log(inspect({ a: 1, b: { c: [1, 2] } }, { compact: false }));
console.log(inspect({ a: 1, b: { c: [1, 2] } }, { compact: true }));
console.log(inspect({ a: 1, b: { c: { d: 1 } } }, { compact: 1 }));
console.log(inspect({ a: 'x'.repeat(30), b: 'y'.repeat(30), c: { d: 'z'.repeat(30) } }, { compact: true }));
console.log(inspect({ a: 1, b: 2, c: 3 }, { breakLength: 10 }));
console.log(inspect({ a: 1, b: 2, c: 3 }, { breakLength: Infinity, compact: false }));
console.log(inspect(Array.from({ length: 30 }, (_, i) => i), { breakLength: 40 }));
console.log(inspect(Array.from({ length: 30 }, (_, i) => i), { compact: 1 }));
console.log(inspect('a string'), inspect(5), inspect([1, 'x']));
