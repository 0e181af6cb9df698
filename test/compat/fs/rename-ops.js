'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { dir, p, clean, showError, attempt, attemptAsync } = require('./_tmp');
fs.writeFileSync(p('a'), 'A');
fs.renameSync(p('a'), p('b'));
console.log(fs.existsSync(p('a')), fs.readFileSync(p('b'), 'utf8'));
fs.writeFileSync(p('c'), 'C');
fs.renameSync(p('b'), p('c'));
console.log(fs.readFileSync(p('c'), 'utf8'));
fs.mkdirSync(p('d1'));
fs.renameSync(p('d1'), p('d2'));
console.log(fs.statSync(p('d2')).isDirectory());
fs.rename(p('c'), p('d2', 'c'), (err) => {
  console.log('cb', err, fs.readdirSync(p('d2')));
  fsp.rename(p('d2', 'c'), p('e')).then(() => console.log('promise', fs.readFileSync(p('e'), 'utf8')));
});
