'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { dir, p, clean, showError, attempt, attemptAsync } = require('./_tmp');
fs.writeFileSync(p('f'), '');
const s = fs.statSync(p('f'));
fs.chownSync(p('f'), s.uid, s.gid);
fs.chownSync(p('f'), -1, -1);
fs.lchownSync(p('f'), s.uid, s.gid);
const fd = fs.openSync(p('f'), 'r');
fs.fchownSync(fd, s.uid, s.gid);
fs.closeSync(fd);
console.log(fs.statSync(p('f')).uid === s.uid);
fs.chown(p('f'), s.uid, s.gid, (err) => {
  console.log('cb', err);
  fsp.lchown(p('f'), s.uid, s.gid).then((r) => console.log('promise', r));
});
