'use strict';
// A lock held by the main thread makes a worker's request wait until the main thread releases it;
// a worker's lock is released when the worker ends.
const { Worker, locks } = require('worker_threads');
const events = [];
let releaseMain;
const mainHolds = locks.request('shared-resource', () => new Promise((resolve) => { releaseMain = resolve; }));
const w = new Worker(`const { locks, parentPort } = require('worker_threads');
parentPort.postMessage('requesting');
locks.request('shared-resource', async (lock) => {
  parentPort.postMessage('worker got ' + lock.name);
});`, { eval: true });
w.on('message', async (m) => {
  events.push(m);
  if (m === 'requesting') {
    setTimeout(async () => {
      const q = await locks.query();
      events.push(`pending while main holds: ${q.pending.length}`);
      releaseMain();
    }, 100);
  }
});
w.on('exit', async () => {
  await mainHolds;
  const q = await locks.query();
  events.push(`after exit: held ${q.held.length}, pending ${q.pending.length}`);
  console.log(events.join('\n'));
});
