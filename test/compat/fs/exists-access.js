'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { dir, p, clean, showError, attempt, attemptAsync } = require('./_tmp');
fs.writeFileSync(p('f'), '');
console.log(fs.existsSync(p('f')), fs.existsSync(p('nope')), fs.existsSync(), fs.existsSync(null), fs.existsSync(''), fs.existsSync('a\u0000'));
console.log(fs.existsSync(new URL('file://' + p('f'))));
fs.exists(p('f'), (e) => {
  console.log('exists', e);
  fs.exists(p('nope'), (e) => console.log('exists missing', e));
});
fs.accessSync(p('f'), fs.constants.R_OK | fs.constants.W_OK);
fs.access(p('f'), (err) => console.log('access', err));
fsp.access(p('nope')).catch((e) => console.log('promise', e.code));
require('util').promisify(fs.exists)(p('f')).then((v) => console.log('promisified', v));
