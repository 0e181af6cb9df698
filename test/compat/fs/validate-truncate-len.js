'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { dir, p, clean, showError, attempt, attemptAsync } = require('./_tmp');
fs.writeFileSync(p('t'), '0123456789');
for (const len of [3, -5, 1.5, '2', null, undefined, 2 ** 53]) {
  attempt('truncate ' + String(len), () => { fs.truncateSync(p('t'), len); return fs.statSync(p('t')).size; });
}
const fd = fs.openSync(p('t'), 'r+');
attempt('ftruncate str', () => fs.ftruncateSync(fd, 'x'));
attempt('ftruncate 4', () => { fs.ftruncateSync(fd, 4); return fs.fstatSync(fd).size; });
fs.closeSync(fd);
