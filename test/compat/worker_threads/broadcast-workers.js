'use strict';
const { Worker } = require('worker_threads');
const bc = new BroadcastChannel('jobs');
let count = 0;
bc.onmessage = (e) => { console.log('main got', e.data.replace(/\d+/, 'N')); if (++count === 2) bc.close(); };
for (let i = 0; i < 2; i++) {
  new Worker("const bc = new BroadcastChannel('jobs'); bc.postMessage('from worker ' + require('worker_threads').threadId); bc.close();", { eval: true });
}
