// miscellany: generators, WeakRef, self-caused errors, renamed functions, inherited keys, repeated references
class A { static name() {} }
console.log(A);
function* gen() {} console.log(gen(), (async function* () {})());
console.log(new WeakRef({ a: 1 }));
const e = new Error('self'); e.stack = 'Error: self'; e.cause = e; console.log(e);
console.log('x'.repeat(10001).length, ['y'.repeat(10005)].toString().length);
console.log([ 'y'.repeat(10003) ].map((s) => s.length));
const big = { s: 'z'.repeat(10002) };
console.log(Object.keys(big));
console.log(Symbol.toStringTag, { [Symbol.toStringTag]: 'X' });
console.log(new (class extends Object {})());
console.log(Object.assign(Object.create({ inherited: 1 }), { own: 2 }));
const fnWithName = function () {}; Object.defineProperty(fnWithName, 'name', { value: 'renamed' }); console.log(fnWithName);
const fnNoName = function () {}; Object.defineProperty(fnNoName, 'name', { value: undefined }); console.log(fnNoName);
console.log([function () {}, class {}, async () => {}]);
console.log(Object.assign(new Number(3), { [Symbol.toStringTag]: 'T' }));
console.log(new Array(3).fill({ a: 1 }));
console.log([[]], [{}], { a: [[]] });
console.log(new Set([new Set([new Set([new Set([1])])])]));
console.log({ a: new Map([[{ b: { c: {} } }, 1]]) });
console.log([new Date('invalid')]);
console.log(Object.defineProperty({}, 'x', { get() { return 1; }, enumerable: false }));
console.log(['y'.repeat(10003)]);
