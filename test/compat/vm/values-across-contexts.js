'use strict';
// Values made in a context, used here: inspected, cloned, compared, awaited, iterated.
const vm = require('vm');
const util = require('util');
const assert = require('assert');

const ctx = vm.createContext({});
const made = vm.runInContext(`({
  list: [1, 2, 3],
  map: new Map([['k', { nested: true }]]),
  set: new Set(['a']),
  date: new Date(0),
  re: /x+/gi,
  big: 10n,
  typed: new Uint8Array([1, 2]),
  error: new RangeError('in context'),
  fn: function named() {},
  arrow: () => {},
  klass: class Thing {},
  sym: Symbol('s'),
})`, ctx);
console.log(util.inspect(made, { depth: 3 }).replace(/\n\s+at .*/g, ''));
console.log(JSON.stringify({ list: made.list, date: made.date, typed: made.typed, map: made.map }));
const clone = structuredClone({ list: made.list, map: made.map, date: made.date, typed: made.typed });
console.log(clone.list instanceof Array, clone.map instanceof Map, clone.map.get('k'), clone.date.getTime(), clone.typed);
// Strict deep equality compares prototypes: another context's arrays differ; loose equality does not.
try {
  assert.deepStrictEqual(vm.runInContext('[1, { a: 2 }]', ctx), [1, { a: 2 }]);
  console.log('deepStrictEqual passed');
} catch (err) {
  console.log(err.code, err.message.split('\n')[0]);
}
assert.deepEqual(vm.runInContext('[1, { a: 2 }]', ctx), [1, { a: 2 }]);
console.log(util.isDeepStrictEqual(vm.runInContext('({ a: [1] })', ctx), { a: [1] }));
console.log([...made.set], [...made.map.keys()], Array.from(made.list, (x) => x * 2));
vm.runInContext('Promise.resolve("resolved in context")', ctx).then((v) => console.log(v));
(async () => {
  const value = await vm.runInContext('(async () => { await null; return "async in context"; })()', ctx);
  console.log(value);
  try {
    await vm.runInContext('Promise.reject(new TypeError("rejected in context"))', ctx);
  } catch (err) {
    console.log(err.name, err.message, err instanceof TypeError);
  }
})();
// Getters, classes and iteration protocols of the context work here.
const Counter = vm.runInContext('class Counter { constructor() { this.n = 0; } inc() { return ++this.n; } *[Symbol.iterator]() { yield this.n; } }; Counter', ctx);
const c = new Counter();
c.inc();
console.log(c.inc(), [...c], c instanceof Counter, Object.getPrototypeOf(Object.getPrototypeOf(c)) === Object.prototype);
