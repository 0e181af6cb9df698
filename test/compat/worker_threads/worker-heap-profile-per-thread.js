'use strict';
// Two workers profiled at once, each allocating in a function of its own name while the main thread
// allocates too: a worker's heap profile holds its own thread's allocations only, and stopping one
// profile leaves the other running.
const { Worker } = require('worker_threads');

function start(name) {
  const worker = new Worker(`
const { parentPort } = require('worker_threads');
const kept = [];
function ${name}() { for (let i = 0; i < 300000; i++) kept.push({ i }); }
parentPort.on('message', (m) => { if (m === 'allocate') { ${name}(); parentPort.postMessage('done'); } else parentPort.close(); });
`, { eval: true });
  return new Promise((resolve) => worker.once('online', () => resolve(worker)));
}
const allocate = (worker) => {
  worker.postMessage('allocate');
  return new Promise((resolve) => worker.once('message', resolve));
};
function names(text) {
  const found = new Set();
  (function walk(node) {
    if (node.selfSize > 0) found.add(node.callFrame.functionName);
    node.children.forEach(walk);
  })(JSON.parse(text).head);
  return ['allocateInA', 'allocateInB', 'allocateInMain'].filter((n) => found.has(n));
}

const keptByMain = [];
function allocateInMain() { for (let i = 0; i < 300000; i++) keptByMain.push({ i }); }

(async () => {
  const [a, b] = await Promise.all([start('allocateInA'), start('allocateInB')]);
  const profileA = await a.startHeapProfile();
  const profileB = await b.startHeapProfile();
  allocateInMain();
  await Promise.all([allocate(a), allocate(b)]);
  console.log('A holds', names(await profileA.stop()));
  await allocate(b);
  console.log('B holds', names(await profileB.stop()));
  a.postMessage('bye');
  b.postMessage('bye');
})();
