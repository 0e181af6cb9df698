'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { dir, p, clean, showError, attempt, attemptAsync } = require('./_tmp');
const fd = fs.openSync(p('f'), 'w');
fs.writeSync(fd, 'x');
fs.fsyncSync(fd);
fs.fdatasyncSync(fd);
fs.fsync(fd, (err) => {
  console.log('fsync', err);
  fs.fdatasync(fd, (err) => {
    console.log('fdatasync', err);
    fs.closeSync(fd);
    attempt('closed fd', () => fs.fsyncSync(fd));
  });
});
