// compat: stderr
// console.count/countReset and console.assert, with the warnings Node prints for unknown labels.
console.count();
console.count();
console.count('x');
console.countReset();
console.count();
console.countReset('nope');
console.assert(true, 'no');
console.assert(false, 'msg %s', 'arg');
console.assert(false, { o: 1 });
console.assert(false);
console.timeEnd('nope');
console.timeLog('nope2');
console.time('t');
console.time('t');
