// Seed: 003_647264dd774c51c6.txt (LogRocket, "A complete guide to threads in Node.js"), "Here are the most
// common events": worker.on('error') "emitted whenever there's an uncaught exception inside the worker. The
// worker is then terminated"; worker.on('exit') "If process.exit() was called inside the worker, exitCode
// would be provided to the callback. If the worker was terminated with worker.terminate(), the code would
// be 1"; worker.on('online') "emitted whenever a worker stops parsing the JavaScript code and starts the
// execution"; worker.on('message') "emitted whenever a worker sends data to the parent thread".
'use strict';
const { Worker } = require('worker_threads');

function watch(name, code, then) {
  const w = new Worker(code, { eval: true });
  const seen = [];
  w.on('online', () => seen.push('online'));
  w.on('message', (m) => {
    seen.push(`message ${JSON.stringify(m)}`);
    if (m === 'waiting') w.terminate();
  });
  w.on('error', (e) => seen.push(`error ${e.name}: ${e.message}`));
  w.on('exit', (exitCode) => {
    seen.push(`exit ${exitCode}`);
    console.log(`${name}: ${seen.join(' | ')}`);
    then();
  });
}

watch('message then normal end', `require('worker_threads').parentPort.postMessage({ hello: 'parent' })`, () =>
  watch('process.exit(5)', `process.exit(5)`, () =>
    watch('uncaught exception', `throw new RangeError('bad thing')`, () =>
      watch('terminate()', `
        const { parentPort } = require('worker_threads');
        parentPort.postMessage('waiting');
        setInterval(() => {}, 1000);`, () => console.log('done')))));
