'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { dir, p, clean, showError, attempt, attemptAsync } = require('./_tmp');
const big = 'line of text\n'.repeat(20000);
fs.writeFileSync(p('src'), big);
const { pipeline } = require('stream');
pipeline(fs.createReadStream(p('src')), fs.createWriteStream(p('dst')), (err) => {
  console.log('pipeline', err, fs.statSync(p('dst')).size === big.length, fs.readFileSync(p('dst'), 'utf8') === big);
  let chunks = 0;
  fs.createReadStream(p('src')).on('data', () => chunks++).on('close', () => console.log('chunks', chunks));
});
