'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { dir, p, clean, showError, attempt, attemptAsync } = require('./_tmp');
for (const v of ['1', -1, 1.5, 2 ** 31, NaN, null, undefined, {}, Infinity]) {
  attempt('close ' + String(v), () => fs.closeSync(v));
  attempt('fstat ' + String(v), () => fs.fstatSync(v));
}
attempt('close 99999', () => fs.closeSync(99999));
attempt('fsync 99999', () => fs.fsyncSync(99999));
