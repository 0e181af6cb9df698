// Seed: 002_ddefd92feccc29fe.txt ("NodeJS – Threads and The Event Loop"), "Multiple threads (and async
// function)", Figure 10: the same loop with the asynchronous pbkdf2: "NodeJS doesn't need to block on each
// call, and can process the two tasks in parallel ... NodeJS used a second thread to run the second task."
// Deterministic version: both calls start before either finishes; the hashes print once both are done
// (which finishes first is not deterministic).
'use strict';
const crypto = require('crypto');

const results = [];
let finished = 0;
for (let i = 1; i <= 2; i++) {
  console.log(`iteration ${i} start (finished so far: ${finished})`);
  crypto.pbkdf2('secret', 'salt', 100000, 64, 'sha512', (err, key) => {
    if (err) throw err;
    finished++;
    results[i - 1] = `iteration ${i} end ${key.toString('hex').slice(0, 32)}`;
    if (finished === 2) {
      console.log(results.join('\n'));
      console.log('same hash as pbkdf2Sync:',
        crypto.pbkdf2Sync('secret', 'salt', 100000, 64, 'sha512').toString('hex').startsWith(results[0].slice(-32)));
    }
  });
}
console.log('both started; main thread not blocked');
