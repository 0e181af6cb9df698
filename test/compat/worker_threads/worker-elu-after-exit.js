'use strict';
// Once a worker has exited, its eventLoopUtilization() is all zeros (the loop it measured is gone),
// whether it ended by itself or by terminate().
const { Worker } = require('worker_threads');

function show(label, w) {
  const elu = w.performance.eventLoopUtilization();
  console.log(label, elu, w.performance.eventLoopUtilization(elu));
}

const a = new Worker('setTimeout(() => {}, 30)', { eval: true });
a.on('exit', (code) => {
  show(`ended by itself (${code})`, a);
  setTimeout(() => {
    show('later', a);
    const b = new Worker("setImmediate(() => require('worker_threads').parentPort.postMessage('up')); " +
                         'setInterval(() => {}, 1000)', { eval: true });
    b.on('message', () => {
      const elu = b.performance.eventLoopUtilization();
      console.log('running', elu.idle + elu.active > 0);
      b.terminate();
    });
    b.on('exit', (code) => show(`terminated (${code})`, b));
  }, 20);
});
