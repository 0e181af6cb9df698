'use strict';
// worker.cpuUsage([prev]): the worker thread's CPU time, with Node's argument checks (thrown) and
// ERR_WORKER_NOT_RUNNING (a rejection) before 'online' and after 'exit'. threadId, threadName and the
// stdio streams are accessors on Worker.prototype, so an inspected Worker shows none of them.
const { Worker } = require('worker_threads');
const w = new Worker('setInterval(() => {}, 1000)', { eval: true, name: 'spinner' });
for (const bad of [5, 'x', { user: 'x', system: 1 }, { user: -1, system: 1 }, { user: 1 }, { user: 1, system: 2 ** 60 }]) {
  try {
    w.cpuUsage(bad).catch((err) => console.log('rejected', err.code));
  } catch (err) {
    console.log('threw', err.code, err.message);
  }
}
w.cpuUsage().then(() => console.log('resolved before online'), (err) => console.log('before online:', err.code, err.message));
w.getHeapStatistics().catch((err) => console.log('heap statistics before online:', err.code));
const proto = Worker.prototype;
for (const key of ['threadId', 'threadName', 'stdin', 'stdout', 'stderr']) {
  const d = Object.getOwnPropertyDescriptor(proto, key);
  console.log(key, typeof d.get, d.set, Object.hasOwn(w, key));
}
console.log(Object.keys(w).filter((k) => !k.startsWith('_')));
console.log(w.threadName, w.threadId > 0, w.stdin);
w.on('online', async () => {
  const first = await w.cpuUsage();
  console.log('fields:', Object.keys(first), Number.isInteger(first.user), Number.isInteger(first.system));
  const heap = await w.getHeapStatistics();
  console.log('heap statistics:', Object.entries(heap).map(([k, v]) => `${k}: ${typeof v}`).join(', '));
  await w.terminate();
});
w.on('exit', () => {
  console.log('after exit:', w.threadId, w.threadName);
  w.cpuUsage().catch((err) => console.log('after exit:', err.code));
  w.getHeapStatistics().catch((err) => console.log('heap statistics after exit:', err.code));
});
