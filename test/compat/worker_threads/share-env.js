'use strict';
// SHARE_ENV: parent and worker read and write one environment.
const { Worker, SHARE_ENV } = require('worker_threads');
process.env.SET_BY_PARENT = 'p';
process.env.TO_DELETE = 'x';
const w = new Worker(`const { parentPort } = require('worker_threads');
process.env.SET_BY_WORKER = 'w';
delete process.env.TO_DELETE;
parentPort.postMessage([process.env.SET_BY_PARENT, 'SET_BY_PARENT' in process.env]);`, { eval: true, env: SHARE_ENV });
w.on('message', (m) => console.log('worker saw', m));
w.on('exit', () => {
  console.log('parent sees', process.env.SET_BY_WORKER, process.env.TO_DELETE, Object.keys(process.env).includes('SET_BY_WORKER'));
});
