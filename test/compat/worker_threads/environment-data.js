'use strict';
const { Worker, setEnvironmentData, getEnvironmentData } = require('worker_threads');
setEnvironmentData('config', { a: 1 });
setEnvironmentData('gone', 1);
setEnvironmentData('gone', undefined);
console.log(getEnvironmentData('config'), getEnvironmentData('gone'));
const w = new Worker("const wt = require('worker_threads'); wt.parentPort.postMessage([wt.getEnvironmentData('config'), wt.getEnvironmentData('gone')])", { eval: true });
w.on('message', (m) => console.log(m));
