'use strict';
// node:vm inside a worker thread: contexts, timeouts and errors work there as in the main thread.
const { Worker } = require('worker_threads');

const code = `
  const vm = require('vm');
  const { parentPort } = require('worker_threads');
  const sandbox = { n: 1 };
  vm.createContext(sandbox);
  vm.runInContext('var m = n + 1; function f() { return m * 2; }', sandbox);
  const out = [sandbox.m, sandbox.f(), vm.runInContext('typeof require', sandbox)];
  try {
    vm.runInContext('while (true) {}', sandbox, { timeout: 20 });
  } catch (err) {
    out.push(err.code);
  }
  try {
    vm.runInNewContext('throw new Error("in worker")', {}, { filename: 'worker-vm.js' });
  } catch (err) {
    out.push(err.stack.split('\\n').slice(0, 5).join('|'));
  }
  parentPort.postMessage(out);
`;
const worker = new Worker(code, { eval: true });
worker.on('message', (msg) => console.log(msg));
worker.on('exit', (code) => console.log('exit', code));
// The main thread's vm goes on meanwhile.
console.log(require('vm').runInNewContext('a * 2', { a: 21 }));
