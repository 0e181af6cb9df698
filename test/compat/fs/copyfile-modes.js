'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { dir, p, clean, showError, attempt, attemptAsync } = require('./_tmp');
fs.writeFileSync(p('s'), 'source');
fs.chmodSync(p('s'), 0o640);
fs.copyFileSync(p('s'), p('d'));
console.log(fs.readFileSync(p('d'), 'utf8'), (fs.statSync(p('d')).mode & 0o777).toString(8));
attempt('excl', () => fs.copyFileSync(p('s'), p('d'), fs.constants.COPYFILE_EXCL));
fs.writeFileSync(p('d'), 'longer old content');
fs.copyFileSync(p('s'), p('d'), fs.constants.COPYFILE_FICLONE);
console.log(fs.readFileSync(p('d'), 'utf8'));
fs.copyFile(p('s'), p('e'), (err) => {
  console.log('cb', err, fs.readFileSync(p('e'), 'utf8'));
  fsp.copyFile(p('s'), p('f'), 0).then(() => console.log('promise', fs.readFileSync(p('f'), 'utf8')));
});
