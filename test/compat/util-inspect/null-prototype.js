// null-prototype objects and collections: "[Object: null prototype] {}"
console.log(Object.create(null));
console.log(Object.assign(Object.create(null), { a: 1, b: 'two' }));
console.log({ inner: Object.create(null) });
console.log(Object.create(Object.create(null)));
const arr = [1, 2];
Object.setPrototypeOf(arr, null);
console.log(arr);
const m = new Map([[1, 2]]);
Object.setPrototypeOf(m, null);
console.log(m);
const tagged = Object.create(null);
tagged[Symbol.toStringTag] = 'T';
console.log(tagged);
