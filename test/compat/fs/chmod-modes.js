'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { dir, p, clean, showError, attempt, attemptAsync } = require('./_tmp');
fs.writeFileSync(p('f'), '');
for (const m of [0o600, 0o755, 0o4755, 0o1777, '644', 0o0]) {
  fs.chmodSync(p('f'), m);
  console.log(String(m), (fs.statSync(p('f')).mode & 0o7777).toString(8));
}
const fd = fs.openSync(p('f'), 'r');
fs.fchmodSync(fd, 0o640);
console.log((fs.fstatSync(fd).mode & 0o777).toString(8));
fs.closeSync(fd);
console.log(typeof fs.lchmod, typeof fs.lchmodSync);
fs.chmod(p('f'), 0o700, (err) => console.log('cb', err, (fs.statSync(p('f')).mode & 0o777).toString(8)));
