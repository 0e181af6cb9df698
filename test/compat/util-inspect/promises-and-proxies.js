'use strict';
// Promise state (pending, fulfilled with its value, rejected) and Proxy internals (showProxy shows
// target and handler; otherwise the target is shown without running the traps).
const util = require('util');
const fulfilled = Promise.resolve({ a: [1, 2] });
const rejected = Promise.reject(new RangeError('no'));
rejected.catch(() => {});
const undef = Promise.resolve();
console.log(fulfilled, new Promise(() => {}), undef);
console.log(util.inspect(rejected).split('\n')[0]);
console.log(util.inspect(Promise.reject(7).catch(() => {}) && Promise.reject(7), { colors: true }).replace(/\n[^]*/, ''));
process.on('unhandledRejection', () => {});
console.log(util.inspect({ nested: { p: Promise.resolve('deep') } }, { depth: 0 }), { p: Promise.resolve('x') });
const target = { secret: 1, list: [1, 2] };
const handler = { get: () => 'trapped', ownKeys: () => { throw new Error('trap ran'); } };
const proxy = new Proxy(target, handler);
console.log(proxy, util.inspect(proxy, { showProxy: true }));
console.log(util.inspect(new Proxy([1, 2, 3], {}), { showProxy: false }));
console.log(util.inspect(new Proxy(function named() {}, {}), { showProxy: true }));
const { proxy: revocable, revoke } = Proxy.revocable({}, {});
revoke();
console.log(revocable, util.inspect(revocable, { showProxy: true }));
console.log(util.format('%o', Promise.resolve(1)));
