'use strict';
// The pool's worker: answers each task ({ op, n }) with its result; 'fail' throws.
const { parentPort } = require('node:worker_threads');

function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

parentPort.on('message', ({ op, n }) => {
  if (op === 'fail') throw new Error(`task ${n} failed`);
  if (op === 'fib') parentPort.postMessage({ n, fib: fib(n) });
  else if (op === 'square') parentPort.postMessage({ n, square: n * n });
});
