'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { dir, p, clean, showError, attempt, attemptAsync } = require('./_tmp');
fs.writeFileSync(p('f'), '0123456789');
const fd = fs.openSync(p('f'), 'r');
const b = Buffer.alloc(4);
fs.readSync(fd, b, 0, 4, null);
console.log(fs.readFileSync(fd, 'utf8'));
console.log(fs.readFileSync(fd, 'utf8').length);
fs.readFile(fd, 'utf8', (err, s) => {
  console.log('cb', err, JSON.stringify(s));
  fs.closeSync(fd);
});
