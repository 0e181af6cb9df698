// Static imports of a relative ES module: default, named, renamed, namespace.
import greeting, { answer, add, Greeter, plus as sum } from './fixtures/lib.mjs';
import * as lib from './fixtures/lib.mjs';

console.log(greeting, answer, add(2, 3), sum(4, 5));
console.log(new Greeter().hello('esm'));
console.log(JSON.stringify(Object.keys(lib)));
console.log(lib.default === greeting, lib.add === add, Object.isFrozen(lib), Object.isSealed(lib));
console.log(Object.prototype.toString.call(lib), Object.getPrototypeOf(lib));
