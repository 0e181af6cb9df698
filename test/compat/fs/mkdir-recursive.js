'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { dir, p, clean, showError, attempt, attemptAsync } = require('./_tmp');
console.log(clean(fs.mkdirSync(p('a', 'b', 'c'), { recursive: true })));
console.log(fs.mkdirSync(p('a', 'b', 'c'), { recursive: true }));
console.log(clean(fs.mkdirSync(p('a', 'x'), { recursive: true })));
console.log(fs.mkdirSync(p('plain')));
fs.mkdir(p('q', 'r'), { recursive: true }, (err, first) => {
  console.log('cb', err, clean(first));
  fsp.mkdir(p('s', 't'), { recursive: true }).then((first) => console.log('promise', clean(first)));
});
process.chdir(dir);
console.log(fs.mkdirSync('rel/one', { recursive: true }));
console.log(fs.existsSync(p('rel', 'one')));
process.chdir(__dirname);
