'use strict';
// Worker#startHeapProfile()'s life cycle: ERR_WORKER_NOT_RUNNING before 'online' and after 'exit'; one
// profile at a time (ERR_HEAP_PROFILE_HAVE_BEEN_STARTED), a new one once the first stopped; stop()
// called twice returns the same promise; Symbol.asyncDispose stops and resolves to undefined; a handle
// stopped before its worker was terminated still gives its profile. (A profile still running when its
// worker ends makes Node 24 itself crash, so no script here does that.)
const { Worker } = require('worker_threads');

const code = `
const { parentPort } = require('worker_threads');
parentPort.on('message', () => parentPort.close());
`;
const outcome = (p) => p.then((v) => `resolved ${typeof v === 'string' ? 'a string' : v?.constructor?.name ?? v}`,
  (e) => `rejected ${e.name} ${e.code}: ${e.message}`);

const worker = new Worker(code, { eval: true });
outcome(worker.startHeapProfile()).then((o) => console.log('before online:', o));
worker.on('online', async () => {
  const first = await worker.startHeapProfile();
  console.log('while one runs:', await outcome(worker.startHeapProfile()));
  const a = first.stop();
  const b = first.stop();
  console.log('stop twice, same promise:', a === b, await outcome(a));
  console.log('stopped profile is JSON:', typeof JSON.parse(await a).head);

  const second = await worker.startHeapProfile();
  console.log('after stop, a new one:', second.constructor.name, second !== first);
  console.log('asyncDispose:', await outcome(second[Symbol.asyncDispose]()));
  console.log('stop after dispose:', await outcome(second.stop()));

  const third = await worker.startHeapProfile();
  const text = await third.stop();
  await worker.terminate();
  console.log('stop again after terminate:', await outcome(third.stop()), (await third.stop()) === text);
  console.log('after terminate:', await outcome(worker.startHeapProfile()));
});
worker.on('exit', (code) => console.log('exit', code));
