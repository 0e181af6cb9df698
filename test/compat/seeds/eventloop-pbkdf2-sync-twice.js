// Seed: 002_ddefd92feccc29fe.txt ("NodeJS – Threads and The Event Loop"), "Single thread (and sync
// function)", Figure 8: "a loop that will run a synchronous hashing function from the `crypto` module
// twice" ... "the second task (iteration 2) is starting right after the first one has finished".
// The article timed it with process.hrtime; this prints the order of starts and ends and the hashes.
'use strict';
const crypto = require('crypto');

const events = [];
for (let i = 1; i <= 2; i++) {
  events.push(`iteration ${i} start`);
  const t0 = process.hrtime.bigint();
  const key = crypto.pbkdf2Sync('secret', 'salt', 100000, 64, 'sha512');
  const t1 = process.hrtime.bigint();
  events.push(`iteration ${i} end ${key.toString('hex').slice(0, 32)} (took time: ${t1 > t0})`);
}
console.log(events.join('\n'));
