'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { dir, p, clean, showError, attempt, attemptAsync } = require('./_tmp');
fs.mkdirSync(p('d', 'sub'), { recursive: true });
fs.writeFileSync(p('d', 'b.txt'), '');
fs.writeFileSync(p('d', 'a.txt'), '');
fs.symlinkSync('a.txt', p('d', 'ln'));
console.log(fs.readdirSync(p('d')).sort());
const ents = fs.readdirSync(p('d'), { withFileTypes: true }).sort((x, y) => x.name < y.name ? -1 : 1);
for (const e of ents) console.log(e.name, clean(e.parentPath), e.isFile(), e.isDirectory(), e.isSymbolicLink(), e instanceof fs.Dirent);
console.log(fs.readdirSync(p('d'), 'buffer').map(String).sort());
console.log(fs.readdirSync(p('d'), { encoding: 'hex' }).sort());
fs.readdir(p('d'), (err, names) => {
  console.log('cb', err, names.sort());
  fsp.readdir(p('d'), { withFileTypes: true }).then((e) => console.log('promise', e.map((x) => x.name).sort()));
});
