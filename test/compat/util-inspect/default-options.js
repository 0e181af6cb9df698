// inspect.defaultOptions changes what console.log prints; invalid values are rejected
let inspect;
console.log({ [Symbol.for('nodejs.util.inspect.custom')](d, o, i) { inspect = i; return 'got inspect'; } });
const value = { a: { b: { c: { d: {} } } }, list: Array.from({ length: 8 }, (_, i) => i) };
console.log(value);
inspect.defaultOptions.depth = 0;
console.log(value);
inspect.defaultOptions = { depth: 5, compact: false };
console.log(value);
inspect.defaultOptions = { depth: 2, compact: 3, breakLength: 20 };
console.log(value);
try {
  inspect.defaultOptions = null;
} catch (err) {
  console.log(err.name, err.code);
}
console.log();
console.log('');
console.log('%s', 'a', 'b');
