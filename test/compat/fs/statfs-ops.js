'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { dir, p, clean, showError, attempt, attemptAsync } = require('./_tmp');
const s = fs.statfsSync(dir);
console.log(Object.keys(s), s.constructor.name);
console.log(s.bsize > 0, s.blocks >= s.bfree, typeof s.type);
const b = fs.statfsSync(dir, { bigint: true });
console.log(typeof b.bsize);
// One after the other: two requests in flight finish in the pool's order, which varies.
fs.statfs(dir, (err, st) => {
  console.log('cb', err, st.bsize > 0);
  fsp.statfs(dir).then((s2) => console.log('promise', s2.bsize > 0));
});
