// util.inspect of Map and Set iterators shows the entries they still have to give (without moving
// them), as V8's previewEntries lets Node: keys, values, [Map Entries]/[Set Entries] pairs, limits.
// Weak collections stay '<items unknown>' without showHidden.
const util = require('util');
const small = new Map([[1, 'a'], [2, 'b']]);
const letters = new Set(['x', 'y']);
console.log(small.entries(), small.keys(), small.values(), letters.values(), letters.entries());
const started = small.keys();
started.next();
console.log(started, [...started], started);

const m = new Map([[1, 'a'], ['k', { deep: { deeper: 1 } }], [-0, NaN]]);
const entries = m.entries();
entries.next();
console.log(entries);
console.log(util.inspect(m.entries(), { depth: 0 }), util.inspect(m.values(), { compact: false }));
const s = new Set([1n, 'two', Symbol('s')]);
console.log(s.values(), util.inspect(s.entries(), { depth: 0 }));
m.set('late', true);
const keys = m.keys();
console.log(keys);
m.delete('k');
console.log(keys);
const big = new Map(Array.from({ length: 120 }, (_, i) => [i, i]));
console.log(util.inspect(big.values(), { maxArrayLength: 3 }), util.inspect(big.entries(), { maxArrayLength: 2 }));
console.log(util.inspect({ nested: new Map([[1, 2]]).keys(), arr: [new Set([3]).values()] }));
console.log([1, 2][Symbol.iterator](), new WeakMap([[{}, 1]]), new WeakSet());
