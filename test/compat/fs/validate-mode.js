'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { dir, p, clean, showError, attempt, attemptAsync } = require('./_tmp');
const f = p('mode.txt');
fs.writeFileSync(f, 'x');
for (const m of [0o644, '644', '0o644', '8', 'abc', -1, 2 ** 32, 1.5, null, {}, true]) {
  attempt('chmod ' + String(m), () => fs.chmodSync(f, m));
}
attempt('open mode bad', () => fs.openSync(p('m2'), 'w', 'rwx'));
attempt('mkdir mode bad', () => fs.mkdirSync(p('m3'), { mode: 'x' }));
attempt('mkdir mode arg bad', () => fs.mkdirSync(p('m4'), 'x'));
