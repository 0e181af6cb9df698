'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { dir, p, clean, showError, attempt, attemptAsync } = require('./_tmp');
const made = fs.mkdtempSync(p('pre-'));
console.log(path.basename(made).length, path.basename(made).startsWith('pre-'), fs.statSync(made).isDirectory());
console.log((fs.statSync(made).mode & 0o777).toString(8));
const b = fs.mkdtempSync(p('buf-'), { encoding: 'buffer' });
console.log(Buffer.isBuffer(b), b.length === made.length);
fs.mkdtemp(p('cb-'), (err, d) => {
  console.log('cb', err, path.basename(d).length);
  fsp.mkdtemp(p('pr-')).then((d) => console.log('promise', path.basename(d).length));
});
attempt('prefix type', () => fs.mkdtempSync(5));
