'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { dir, p, clean, showError, attempt, attemptAsync } = require('./_tmp');
fs.mkdirSync(p('real', 'deep'), { recursive: true });
fs.symlinkSync('real', p('via'));
console.log(clean(fs.realpathSync(p('via', 'deep'))));
console.log(clean(fs.realpathSync(p('via', '..', 'via', './deep'))));
console.log(clean(fs.realpathSync.native(p('via'))));
console.log(Buffer.isBuffer(fs.realpathSync(p('via'), 'buffer')));
process.chdir(dir);
console.log(clean(fs.realpathSync('via')));
console.log(clean(fs.realpathSync('.')));
process.chdir(__dirname);
fs.realpath(p('via'), (err, r) => {
  console.log('cb', err, clean(r));
  fs.realpath.native(p('via'), (err, r) => {
    console.log('native', err, clean(r));
    fsp.realpath(p('via')).then((r) => console.log('promise', clean(r)));
  });
});
