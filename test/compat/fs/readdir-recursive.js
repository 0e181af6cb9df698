'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { dir, p, clean, showError, attempt, attemptAsync } = require('./_tmp');
fs.mkdirSync(p('r', 'a', 'b'), { recursive: true });
fs.writeFileSync(p('r', 'top.txt'), '');
fs.writeFileSync(p('r', 'a', 'mid.txt'), '');
fs.writeFileSync(p('r', 'a', 'b', 'low.txt'), '');
console.log(fs.readdirSync(p('r'), { recursive: true }).sort());
const ents = fs.readdirSync(p('r'), { recursive: true, withFileTypes: true });
console.log(ents.map((e) => clean(path.join(e.parentPath, e.name)) + (e.isDirectory() ? '/' : '')).sort());
fs.readdir(p('r'), { recursive: true }, (err, list) => {
  console.log('cb', err, list.sort());
  fsp.readdir(p('r'), { recursive: true }).then((l) => console.log('promise', l.sort()));
});
attempt('recursive bad', () => fs.readdirSync(p('r'), { recursive: 1 }));
