'use strict';
// worker_threads.locks: request (exclusive, shared, ifAvailable), query, and the argument errors.
const { locks } = require('worker_threads');
console.log(Object.prototype.toString.call(locks), Object.getOwnPropertyNames(Object.getPrototypeOf(locks)));
(async () => {
  const r = await locks.request('a', async (lock) => { console.log(lock.name, lock.mode, Object.prototype.toString.call(lock)); const q = await locks.query(); console.log(q.held.map((h) => [h.name, h.mode, h.clientId.endsWith(`-0`)]), q.pending); return 42; });
  console.log('result', r);
  await locks.request('b', { ifAvailable: true }, (lock) => console.log('ifAvailable free', lock.name));
  const held = locks.request('c', () => new Promise((res) => setTimeout(res, 20)));
  await locks.request('c', { ifAvailable: true }, (lock) => console.log('ifAvailable busy', lock));
  const order = [];
  const p1 = locks.request('s', { mode: 'shared' }, async () => { order.push('s1'); });
  const p2 = locks.request('s', { mode: 'shared' }, async () => { order.push('s2'); });
  await Promise.all([held, p1, p2]);
  console.log(order);
  for (const f of [() => locks.request('x'), () => locks.request('-x', () => {}), () => locks.request('x', { mode: 'bad' }, () => {}), () => locks.request('x', { steal: true, ifAvailable: true }, () => {})]) {
    try { await f(); } catch (e) { console.log(e.name, e.code, e.message); }
  }
})();
