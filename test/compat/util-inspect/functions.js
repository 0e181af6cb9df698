// functions: named, anonymous, arrow, async, generator, async generator, classes, extends, with properties
function f() {}
const anon = (() => function () {})();
console.log(f, anon, () => {}, async function af() {}, function* g() {}, async function* ag() {});
class A {}
class B extends A {}
console.log(A, B, class {}, class extends A {});
const withProps = function withProps() {};
withProps.x = 1;
withProps.nested = { y: 2 };
console.log(withProps);
console.log({ method() {}, arrow: () => 1, [Symbol('s')]: function () {} });
console.log([Math.max, Array.prototype.push]);
const nullProtoFn = function npf() {};
Object.setPrototypeOf(nullProtoFn, null);
console.log(nullProtoFn);
class C extends null {}
console.log(C);
