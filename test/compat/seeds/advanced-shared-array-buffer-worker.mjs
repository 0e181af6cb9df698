// Seed: 004_e4631043d889c970.txt ("Advanced Node.Js ..."), the author's reply to "Why it requires less
// resources": "Here's example of sharing memory between worker threads and parent threads":
//   import { parentPort } from 'worker_threads';
//   parentPort.on('message', () => { ... const sharedBuffer = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT
//   * numberOfElements); const arr = new Int32Array(sharedBuffer); for (...) { arr[i] = Math.round(Math.random()
//   * 30); parentPort.postMessage({ arr }); ...
// The worker is fixtures/advanced-shared-worker.mjs (deterministic values). The parent writes into the
// array it received and the worker sees the write: the memory is shared, not copied.
import { Worker } from 'worker_threads';

const worker = new Worker(new URL('./fixtures/advanced-shared-worker.mjs', import.meta.url));
worker.once('message', ({ arr }) => {
  console.log('received', arr.constructor.name, 'of', arr.length, 'backed by', arr.buffer.constructor.name);
  console.log('first ten:', Array.from(arr.subarray(0, 10)).join(','));
  console.log('sum:', arr.reduce((a, b) => a + b, 0));
  arr[0] = 12345;
  worker.once('message', (m) => console.log('worker sees the parent\'s write:', m.first));
  worker.postMessage('read');
});
worker.on('exit', (code) => console.log('worker exit', code));
worker.postMessage('start');
