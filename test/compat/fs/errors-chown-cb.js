'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { dir, p, clean, showError, attempt, attemptAsync } = require('./_tmp');
fs.writeFileSync(p('file.txt'), 'content');
fs.mkdirSync(p('sub'));
fs.writeFileSync(p('sub', 'inner.txt'), 'x');
fs.symlinkSync('file.txt', p('link'));
fs.symlinkSync('missing-target', p('dangling'));
const cases = [
  ['chown missing', [p('nope'), 0, 0]],
];
(function next(i) {
  if (i === cases.length) return;
  const [label, args] = cases[i];
  fs.chown(...args, (err) => {
    if (err) showError(label, err); else console.log(label, 'ok');
    next(i + 1);
  });
})(0);
