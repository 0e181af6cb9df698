'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { dir, p, clean, showError, attempt, attemptAsync } = require('./_tmp');
fs.mkdirSync(p('d'));
fs.rmdirSync(p('d'));
console.log(fs.existsSync(p('d')));
fs.mkdirSync(p('e', 'f'), { recursive: true });
fs.rmdir(p('e', 'f'), (err) => {
  console.log('cb', err);
  fsp.rmdir(p('e')).then((r) => console.log('promise', r, fs.existsSync(p('e'))));
});
