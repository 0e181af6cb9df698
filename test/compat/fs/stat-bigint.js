'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { dir, p, clean, showError, attempt, attemptAsync } = require('./_tmp');
fs.writeFileSync(p('f'), 'hello');
const s = fs.statSync(p('f'), { bigint: true });
console.log(Object.keys(s));
console.log(s.size, typeof s.mtimeNs, s.isFile(), s.constructor.name);
console.log(s.mtimeMs === s.mtimeNs / 1000000n);
console.log(s.mtime instanceof Date);
// One after another: two requests on the pool finish in either order (in Node too).
fs.stat(p('f'), { bigint: true }, (err, st) => {
  console.log('cb', err, st.size);
  fs.lstat(p('f'), { bigint: true }, (err2, st2) => {
    console.log('lstat', st2.size);
    fsp.stat(p('f'), { bigint: true }).then((st3) => console.log('promise', st3.size));
  });
});
const fd = fs.openSync(p('f'), 'r');
console.log('fstat', fs.fstatSync(fd, { bigint: true }).size);
fs.closeSync(fd);
