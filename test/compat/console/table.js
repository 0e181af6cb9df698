// console.table: arrays of objects, objects of objects, arrays of arrays, mixed primitives, Map,
// Set, a property filter, non-tabular data and empty input.
console.table([{ a: 1, b: 'Y' }, { a: 'Z', b: 2 }]);
console.table({ x: { v: 1 }, y: { v: 22, w: true } });
console.table([[1, 2], [3, 4, 5]]);
console.table([1, 'two', { three: 3 }]);
console.table(new Map([['k', 1], ['l', { m: 2 }]]));
console.table(new Set(['s', 't']));
console.table([{ a: 1, b: 2 }], ['b']);
console.table('not tabular');
console.table([]);
console.table([{ 'wide 中文': 'é' }]);
