'use strict';
// Failing synchronous fs calls in try/catch (a config lookup probing paths does this): 5,000 calls
// of each of six functions on a missing path, three rounds; prints each function's µs per call in the
// last round and "bench-ms" for that round as a whole.
const fs = require('node:fs');

const missing = '/nonexistent/node4j-bench/x';
const calls = {
  statSync: () => fs.statSync(missing),
  openSync: () => fs.openSync(missing, 'r'),
  readFileSync: () => fs.readFileSync(missing),
  accessSync: () => fs.accessSync(missing),
  readdirSync: () => fs.readdirSync(missing),
  realpathSync: () => fs.realpathSync.native(missing),
};
const N = 5000;
let last;
for (let round = 0; round < 3; round++) {
  last = {};
  for (const [name, call] of Object.entries(calls)) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < N; i++) {
      try {
        call();
        throw new Error(`${name} did not fail`);
      } catch (err) {
        if (err.code !== 'ENOENT') throw err;
      }
    }
    last[name] = Number(process.hrtime.bigint() - start) / 1e6;
  }
}
let total = 0;
for (const [name, ms] of Object.entries(last)) {
  total += ms;
  console.log(`${name}: ${(ms * 1000 / N).toFixed(1)} µs a call`);
}
console.log(`bench-ms: ${total.toFixed(0)}`);
