// default depth 2: deeper objects become [Object], [Array], [Foo]; empty ones still print
console.log({ a: { b: { c: { d: 1 } } } });
console.log({ a: { b: { c: {} } } });
console.log({ a: { b: { c: [] } } });
console.log([[[[1]]]]);
console.log([[[[]]]]);
class Foo { constructor() { this.x = 1; } }
console.log({ a: { b: { c: new Foo() } } });
console.log({ a: { b: { c: new Map([[1, 2]]), d: new Set([1]), e: Object.create(null) } } });
console.log({ a: { b: { m: Object.assign(Object.create(null), { x: 1 }) } } });
console.log({ l1: { l2: { l3: { l4: { l5: 1 } } }, l2b: 'x' } });
