'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { dir, p, clean, showError, attempt, attemptAsync } = require('./_tmp');
fs.writeFileSync(p('f'), 'data');
fs.readFile(p('f'), (err, b) => {
  console.log(err, b);
  fs.readFile(p('f'), 'utf8', (err, s) => {
    console.log(err, s);
    fs.readFile(p('f'), { encoding: 'hex', flag: 'r' }, (err, s) => {
      console.log(err, s);
      fs.readFile(new URL('file://' + p('f')), 'utf8', (err, s) => console.log('url', err, s));
    });
  });
});
