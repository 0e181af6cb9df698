'use strict';
const { Worker } = require('worker_threads');
const w = new Worker("const { parentPort } = require('worker_threads'); for (let i = 0; i < 50; i++) parentPort.postMessage(i);", { eval: true });
const got = [];
w.on('message', (m) => got.push(m));
w.on('exit', () => console.log(got.every((v, i) => v === i), got.length));
