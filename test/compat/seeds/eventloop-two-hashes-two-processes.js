// compat: process
// Seed: 002_ddefd92feccc29fe.txt ("NodeJS – Threads and The Event Loop"), "Single Thread vs Multi Thread",
// Figure 6 "Multi processing": "one could spawn different processes to perform a task, which is called
// multi-processing ... imagine the need is to calculate two hashes. Why wait for one to finish when they
// can be calculated at the same time?" Two forked children (fixtures/eventloop-hash-child.js) hash one
// input each; the parent prints the hashes in input order and checks them.
'use strict';
const path = require('path');
const crypto = require('crypto');
const { fork } = require('child_process');

const inputs = ['first', 'second'];
const hashes = {};
let exited = 0;
for (const input of inputs) {
  const child = fork(path.join(__dirname, 'fixtures', 'eventloop-hash-child.js'));
  child.on('message', (m) => { hashes[m.input] = m.hash; });
  child.on('exit', (code) => {
    if (++exited < inputs.length) return;
    for (const i of inputs) {
      const same = hashes[i] === crypto.pbkdf2Sync(i, 'salt', 50000, 32, 'sha256').toString('hex');
      console.log(`${i}: ${hashes[i]} (matches: ${same})`);
    }
    console.log('children exited, last code', code);
  });
  child.send({ input });
}
console.log('two processes started');
