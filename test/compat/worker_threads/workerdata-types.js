'use strict';
const { Worker } = require('worker_threads');
const data = { n: 1, s: 'x', d: new Date(0), m: new Map([[1, 2]]), set: new Set(['a']), big: 10n, arr: [1, , 3], re: /x/i };
const w = new Worker("const { workerData, parentPort } = require('worker_threads'); parentPort.postMessage(workerData);", { eval: true, workerData: data });
w.on('message', (m) => console.log(m));
