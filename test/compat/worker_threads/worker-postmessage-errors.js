'use strict';
const { Worker } = require('worker_threads');
const w = new Worker("require('worker_threads').parentPort.on('message', () => {})", { eval: true });
const t = (f) => { try { f(); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); } };
t(() => w.postMessage(() => {}));
t(() => w.postMessage(1, 5));
t(() => w.postMessage(Symbol()));
w.terminate().then((c) => console.log('terminated', c));
