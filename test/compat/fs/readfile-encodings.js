'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { dir, p, clean, showError, attempt, attemptAsync } = require('./_tmp');
fs.writeFileSync(p('f'), Buffer.from([0x68, 0xc3, 0xa9, 0xff, 0x41, 0x00]));
for (const enc of ['utf8', 'latin1', 'ascii', 'hex', 'base64', 'base64url', 'utf16le', 'ucs2', 'binary', 'UTF-8']) {
  console.log(enc, JSON.stringify(fs.readFileSync(p('f'), enc)));
}
console.log(fs.readFileSync(p('f')));
console.log(fs.readFileSync(p('f'), { encoding: null }).length);
