// AsyncLocalStorage's own API: run/exit/enterWith/getStore/disable, name and defaultValue,
// withScope, the static bind/snapshot, and argument validation.
const { AsyncLocalStorage } = require('node:async_hooks');

const als = new AsyncLocalStorage();
console.log('outside', als.getStore());
console.log('run result', als.run({ id: 1 }, (a, b) => [als.getStore(), a, b], 'x', 'y'));
console.log('after run', als.getStore());
als.run(1, () => {
  als.run(2, () => console.log('nested', als.getStore()));
  console.log('back', als.getStore());
  console.log('exit', als.exit(() => als.getStore()), als.getStore());
  als.enterWith(3);
  console.log('entered inside run', als.getStore());
});
console.log('run undoes enterWith', als.getStore());

try {
  als.run('thrown', () => { throw new Error('boom'); });
} catch (err) {
  console.log('caught', err.message, als.getStore());
}

// Two storages are independent.
const other = new AsyncLocalStorage();
als.run('a', () => other.run('b', () => console.log('two', als.getStore(), other.getStore())));

// this inside run's callback
als.run(0, function() { 'use strict'; console.log('this', this); });

// name and defaultValue
const named = new AsyncLocalStorage({ name: 'requests', defaultValue: 'none' });
console.log(named.name, JSON.stringify(new AsyncLocalStorage().name), new AsyncLocalStorage({ name: 42 }).name);
console.log('default', named.getStore());
named.run(undefined, () => console.log('run with undefined', named.getStore()));
named.run('set', () => {
  named.disable();
  console.log('disabled', named.getStore());
});

// withScope
const scoped = new AsyncLocalStorage();
const outer = new AsyncLocalStorage();
const scope = scoped.withScope('in scope');
console.log(scope, Object.getOwnPropertyNames(Object.getPrototypeOf(scope)));
console.log('scope', scoped.getStore());
outer.enterWith('outer');
scope.dispose();
console.log('disposed', scoped.getStore(), outer.getStore());
scoped.enterWith('later');
scope[Symbol.dispose]();
console.log('second dispose', scoped.getStore());

// bind and snapshot
const bound = als.run('bound', () => AsyncLocalStorage.bind(function which(x) { return [als.getStore(), x]; }));
console.log(bound.name, bound.length, Object.keys(bound), bound(7));
const snapshot = als.run('snap', () => AsyncLocalStorage.snapshot());
console.log(snapshot.name, snapshot((a, b) => [als.getStore(), a, b], 1, 2), als.getStore());

console.log(als, Object.getOwnPropertyNames(AsyncLocalStorage.prototype), Object.getOwnPropertyNames(AsyncLocalStorage));

for (const bad of [null, 1, 'x', true]) {
  try {
    new AsyncLocalStorage(bad);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
try {
  AsyncLocalStorage.bind('nope');
} catch (err) {
  console.log(err.name, err.code, err.message);
}
