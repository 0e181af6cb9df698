// %o (showHidden, depth 4) of errors, functions, arrays, typed arrays and objects with hidden properties
const e = new Error('hidden');
e.stack = 'Error: hidden';
console.log('%o', e);
console.log('%o', function sloppy(a, b) {});
console.log('%o', () => {});
console.log('%o', [1, [2, [3, [4, [5, [6]]]]]]);
console.log('%o', new Uint8Array([1, 2]));
const o = { v: 1 };
Object.defineProperty(o, 'h', { value: 2 });
console.log('%o', o);
console.log('%o', { a: { b: { c: { d: { e: { f: 1 } } } } } });
console.log('%o', new Map([[1, { a: [] }]]));
class K { constructor() { this.x = 1; } }
console.log('%o', new K());
