'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { dir, p, clean, showError, attempt, attemptAsync } = require('./_tmp');
fs.writeFileSync(p('c'), '');
for (const id of ['0', -2, 1.5, 2 ** 32, null, {}]) {
  attempt('chown uid ' + String(id), () => fs.chownSync(p('c'), id, 0));
  attempt('chown gid ' + String(id), () => fs.chownSync(p('c'), 0, id));
}
attempt('lchown str', () => fs.lchownSync(p('c'), 'a', 0));
attempt('fchown fd', () => fs.fchownSync('a', 0, 0));
