// console.log of primitives: numbers (-0, NaN, Infinity), bigint, booleans, null, undefined, symbols, strings at top level and nested
console.log(1, -0, 0, NaN, Infinity, -Infinity, 1.5e300, 2e-7, 123456789012345680000);
console.log(10n, -5n, true, false, null, undefined);
console.log(Symbol('a'), Symbol(), Symbol.iterator, Symbol.for('reg'), Symbol('with space'));
console.log([1, -0, 0n, true, null, undefined, Symbol('s'), 'str']);
console.log({ n: -0, b: 123n, u: undefined, nul: null, s: Symbol('x') });
console.log('top-level string', 'is printed as is');
console.log(['', 'a']);
