'use strict';
// Object URLs are registered per thread: a worker does not see the main thread's, nor it the worker's.
const { Blob, resolveObjectURL } = require('buffer');
const { Worker } = require('worker_threads');

const u = URL.createObjectURL(new Blob(['main']));
const w = new Worker(`
  const { resolveObjectURL } = require('buffer');
  const { parentPort, workerData } = require('worker_threads');
  parentPort.postMessage(String(resolveObjectURL(workerData)));
  const mine = URL.createObjectURL(new Blob(['worker']));
  resolveObjectURL(mine).text().then((text) => parentPort.postMessage({ text, url: mine }));
`, { eval: true, workerData: u });
const got = [];
w.on('message', (m) => got.push(m));
w.on('exit', async (code) => {
  console.log('exit', code, got[0], got[1].text, got[1].url.startsWith('blob:nodedata:'));
  console.log('main sees worker url', resolveObjectURL(got[1].url));
  console.log('main sees own url', await resolveObjectURL(u).text());
});
