'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { dir, p, clean, showError, attempt, attemptAsync } = require('./_tmp');
fs.appendFileSync(p('f'), 'a');
fs.appendFileSync(p('f'), Buffer.from('b'));
fs.appendFileSync(p('f'), '63', 'hex');
fs.appendFile(p('f'), 'd', (err) => {
  console.log(err, fs.readFileSync(p('f'), 'utf8'));
  fsp.appendFile(p('f'), 'e').then(() => {
    console.log(fs.readFileSync(p('f'), 'utf8'));
    const fd = fs.openSync(p('f'), 'a');
    fs.appendFileSync(fd, 'f');
    fs.closeSync(fd);
    console.log(fs.readFileSync(p('f'), 'utf8'));
  });
});
