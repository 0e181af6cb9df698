// The seeds' experiment: pbkdf2Sync twice and pbkdf2 twice derive identical keys.
const crypto = require('crypto');
const { hex } = require('./_util');

const args = ['correct horse battery staple', 'NaCl-salt', 20000, 64, 'sha512'];
const s1 = hex(crypto.pbkdf2Sync(...args));
const s2 = hex(crypto.pbkdf2Sync(...args));
console.log('sync keys equal:', s1 === s2, s1.length);

let done = 0;
const results = [];
for (let i = 0; i < 2; i++) {
  crypto.pbkdf2(...args, (err, key) => {
    console.log('async callback error:', err);
    results.push(hex(key));
    if (++done === 2) {
      console.log('async keys equal each other:', results[0] === results[1]);
      console.log('async keys equal sync keys:', results[0] === s1);
      console.log(s1.slice(0, 32));
    }
  });
}
console.log('pbkdf2 returned before its callbacks ran:', done === 0);
