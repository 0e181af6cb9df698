// classes with static members, built-in prototypes and namespace objects
class A { static x = 1; static m() {} }
console.log(A);
console.log(Math, JSON, Reflect);
console.log(Array.prototype, Object.prototype, Function.prototype, Map.prototype, Date.prototype, RegExp.prototype);
console.log(Symbol.prototype, Number.prototype, String.prototype, Boolean.prototype);
console.log(Object.create(Array.prototype));
console.log(function () {}.bind(null), Object.assign(() => {}, { a: 1 }));
class Foo extends Array {}
console.log(new Foo(3), Foo.from([1, 2]));
