// console.log of the values the foundation's runtime prints: strings, numbers, and their mixes.
console.log('hello');
console.log(42, -7, 3.25, 1e21, 1e-7, -0, 0, NaN, Infinity, -Infinity);
console.log('a', 'b', 1, 'c');
console.log(0.1 + 0.2, 2 ** 53, Number.MAX_SAFE_INTEGER + 2, 123456789012345680000);
console.log('%s is %d years', 'Bob', 42, 'extra');
console.log('%i%%', 42.9, '%j');
console.log(true, false, null, undefined);
console.log('');
console.log();
console.log('unicode: é 中文 😀');
