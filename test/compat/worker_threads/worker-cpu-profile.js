'use strict';
// Worker#startCpuProfile(): rejects before 'online' and after 'exit' (ERR_WORKER_NOT_RUNNING); while the
// worker runs, a handle whose stop() resolves to V8's .cpuprofile JSON of the worker's thread (its busy
// function sampled), and a second stop() resolving to the same JSON.
const { Worker } = require('worker_threads');

const code = `
const { parentPort } = require('worker_threads');
function spin(ms) { const end = Date.now() + ms; let x = 0; while (Date.now() < end) x += Math.sqrt(x + 1); return x; }
parentPort.on('message', (m) => { if (m === 'spin') { spin(150); parentPort.postMessage('spun'); } else parentPort.close(); });
`;
const worker = new Worker(code, { eval: true });
worker.startCpuProfile().then(() => console.log('started early?'), (e) => console.log('before online:', e.code, e.message));
worker.on('online', async () => {
  const handle = await worker.startCpuProfile();
  console.log(handle.constructor.name, Object.getOwnPropertyNames(Object.getPrototypeOf(handle)));
  worker.postMessage('spin');
  await new Promise((resolve) => worker.once('message', resolve));
  const text = await handle.stop();
  const profile = JSON.parse(text);
  console.log(typeof text, Object.keys(profile), profile.nodes[0].callFrame.functionName);
  console.log('one delta per sample', profile.samples.length === profile.timeDeltas.length, profile.samples.length > 0);
  console.log('spin sampled', profile.nodes.some((n) => n.callFrame.functionName === 'spin' && n.hitCount > 0));
  console.log('second stop gives the same', (await handle.stop()) === text);
  worker.postMessage('done');
});
worker.on('exit', (code) => {
  console.log('exit', code);
  worker.startCpuProfile().then(() => console.log('started late?'), (e) => console.log('after exit:', e.code, e.message));
});
