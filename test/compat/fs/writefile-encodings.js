'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { dir, p, clean, showError, attempt, attemptAsync } = require('./_tmp');
const cases = [['hex', 'deadbeefzz'], ['base64', 'aGVsbG8='], ['base64url', 'aGk_'], ['latin1', 'é\u0100'], ['ascii', 'abc'], ['utf16le', 'AB'], ['utf8', 'ü']];
for (const [enc, s] of cases) {
  fs.writeFileSync(p('f'), s, enc);
  console.log(enc, fs.readFileSync(p('f')).toString('hex'));
  fs.writeFileSync(p('f'), s, { encoding: enc });
  console.log(enc, fs.readFileSync(p('f')).toString('hex'));
}
