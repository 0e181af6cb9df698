'use strict';
// Worker#startHeapProfile(): a handle whose stop() resolves to V8's sampling heap profile JSON of the
// worker's thread: the samples (size, nodeId, ordinal) then the call tree from "(root)", every node with
// selfSize, id, callFrame and children; a function that allocates a lot and keeps it is in the tree by
// name with a size, and the samples add up to their nodes' selfSize
// (to rounding). Sizes and counts vary: none printed.
const { Worker } = require('worker_threads');

const code = `
const { parentPort } = require('worker_threads');
const kept = [];
function allocateLots() { for (let i = 0; i < 400000; i++) kept.push({ i, twice: i * 2 }); }
parentPort.on('message', (m) => { if (m === 'allocate') { allocateLots(); parentPort.postMessage('done'); } else parentPort.close(); });
`;
const worker = new Worker(code, { eval: true });
worker.on('online', async () => {
  const handle = await worker.startHeapProfile();
  console.log(handle.constructor.name, Object.getOwnPropertyNames(Object.getPrototypeOf(handle)),
    Object.getOwnPropertySymbols(Object.getPrototypeOf(handle)));
  worker.postMessage('allocate');
  await new Promise((resolve) => worker.once('message', resolve));
  const text = await handle.stop();
  const profile = JSON.parse(text);
  console.log(typeof text, Object.keys(profile), text.startsWith('{"samples":['));

  const nodes = new Map();
  const shapes = new Set();
  const types = new Set();
  (function walk(node) {
    nodes.set(node.id, node);
    shapes.add(Object.keys(node).join() + ' / ' + Object.keys(node.callFrame).join());
    const f = node.callFrame;
    types.add([node.selfSize, node.id, f.scriptId, f.lineNumber, f.columnNumber, f.functionName, f.url]
      .map((v) => typeof v).join() + ' ' + Array.isArray(node.children));
    node.children.forEach(walk);
  })(profile.head);
  console.log('node keys', [...shapes]);
  console.log('node types', [...types]);
  console.log('head', profile.head.id, profile.head.selfSize, profile.head.callFrame);
  console.log('ids unique', nodes.size === [...nodes.keys()].length && [...nodes.keys()].every((id) => id > 0));

  console.log('sample keys', [...new Set(profile.samples.map((s) => Object.keys(s).join()))]);
  console.log('samples name nodes', profile.samples.length > 0 && profile.samples.every((s) => nodes.has(s.nodeId)));
  const ordinals = profile.samples.map((s) => s.ordinal);
  console.log('ordinals distinct', new Set(ordinals).size === ordinals.length && ordinals.every(Number.isInteger));
  const sums = new Map();
  for (const s of profile.samples) sums.set(s.nodeId, (sums.get(s.nodeId) ?? 0) + s.size);
  // V8 scales a node's sizes together, its samples one by one: they agree to rounding.
  const agree = (n) => Math.abs(n.selfSize - (sums.get(n.id) ?? 0)) <= n.selfSize / 100;
  console.log('selfSize is the sum of its samples', [...nodes.values()].every(agree));

  const allocating = [...nodes.values()].filter((n) => n.callFrame.functionName === 'allocateLots');
  console.log('allocateLots in the tree', allocating.length === 1, allocating[0]?.selfSize > 4 * 512 * 1024);
  const { scriptId, ...where } = allocating[0].callFrame;
  console.log('where V8 places it (its parameters)', where, scriptId > 0);
  console.log('(root) has no frame', profile.head.callFrame.url === '' && profile.head.callFrame.scriptId === 0);
  worker.postMessage('done');
});
worker.on('exit', (code) => console.log('exit', code));
