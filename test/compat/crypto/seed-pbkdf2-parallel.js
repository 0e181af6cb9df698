// Four async pbkdf2 calls run in parallel on the 4-thread pool: every one has started before any
// has finished, so all four complete, each with the right key, and all after the main script.
const crypto = require('crypto');
const { hex } = require('./_util');

const expected = hex(crypto.pbkdf2Sync('pw', 'salt', 50000, 32, 'sha256'));
const order = [];
let mainDone = false;
for (let i = 0; i < 4; i++) {
  crypto.pbkdf2('pw', 'salt', 50000, 32, 'sha256', (err, key) => {
    order.push(i);
    console.log('job result correct:', hex(key) === expected, 'after main:', mainDone);
    if (order.length === 4) {
      console.log('all four completed:', order.slice().sort().join(','));
    }
  });
}
mainDone = true;
