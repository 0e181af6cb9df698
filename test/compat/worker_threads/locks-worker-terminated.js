'use strict';
// A worker terminated while holding a lock releases it, so the main thread's request is granted.
const { Worker, locks } = require('worker_threads');
const w = new Worker(`const { locks, parentPort } = require('worker_threads');
locks.request('held-by-worker', () => { parentPort.postMessage('holding'); return new Promise(() => {}); });`,
{ eval: true });
w.on('message', async () => {
  await w.terminate();
  await locks.request('held-by-worker', (lock) => console.log('main got', lock.name, lock.mode));
});
