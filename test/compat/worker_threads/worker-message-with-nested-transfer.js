'use strict';
const { Worker } = require('worker_threads');
const w = new Worker("const { parentPort } = require('worker_threads'); parentPort.once('message', (m) => parentPort.postMessage([m.list.map((b) => b.byteLength), m.view.length]));", { eval: true });
const a = new ArrayBuffer(2), b = new ArrayBuffer(4);
const view = new Uint8Array(b);
w.postMessage({ list: [a, b], view }, [a, b]);
w.on('message', (m) => console.log(m, a.byteLength, b.byteLength));
