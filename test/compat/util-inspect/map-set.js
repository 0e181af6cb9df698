// Map and Set: sizes, nesting, empty ones, extra properties, subclasses, WeakMap/WeakSet
console.log(new Map([['a', 1], ['b', { c: 2 }]]), new Set([1, 'two', [3]]));
console.log(new Map(), new Set());
console.log(new Map([[{ k: 1 }, new Set([new Map([[1, { deep: {} }]])])]]));
const m = new Map([[1, 2]]);
m.extra = true;
console.log(m);
class MyMap extends Map {}
class MySet extends Set {}
console.log(new MyMap([[1, 2]]), new MySet([1]), new MySet());
console.log(new WeakMap(), new WeakSet(), [new WeakMap()]);
console.log(new Map(Array.from({ length: 10 }, (_, i) => [`key${i}`, `value number ${i}`])));
