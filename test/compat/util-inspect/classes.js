// class instances "Foo {}", subclasses, toStringTag, constructors that lie, anonymous classes
class Foo { constructor() { this.a = 1; } }
class Bar extends Foo { constructor() { super(); this.b = 2; } }
class Empty {}
console.log(new Foo(), new Bar(), new Empty());
class Tagged { get [Symbol.toStringTag]() { return 'TagName'; } }
console.log(new Tagged());
console.log({ [Symbol.toStringTag]: 'Own' });
const obj = Object.create({ [Symbol.toStringTag]: 'Proto' });
console.log(obj, Object.assign(Object.create({ [Symbol.toStringTag]: 'Proto' }), { x: 1 }));
console.log({ constructor: 'liar' }, { constructor: Foo });
function Legacy() { this.v = 1; }
console.log(new Legacy());
const Anon = (() => class {})();
console.log(new Anon());
const o = Object.create(Foo.prototype);
console.log(o);
console.log([new Foo(), new Empty()]);
