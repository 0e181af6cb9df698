'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { dir, p, clean, showError, attempt, attemptAsync } = require('./_tmp');
fs.writeFileSync(p('f'), 'abcdefghij');
const fd = fs.openSync(p('f'), 'r');
const b = Buffer.alloc(3);
for (let i = 0; i < 5; i++) {
  const n = fs.readSync(fd, b, 0, 3, null);
  console.log(n, b.toString('utf8', 0, n));
}
console.log(fs.readSync(fd, b, 0, 3, 1), b.toString());
console.log(fs.readSync(fd, b, 0, 3, -1));
fs.closeSync(fd);
