'use strict';
const t = require('./_t');

for (const enc of ['utf8', 'ucs2', 'utf16le', 'latin1', 'binary', 'ascii', 'hex', 'base64', 'base64url']) {
  const x = Buffer.alloc(10, 0xee);
  const n = x.write(enc === 'hex' ? 'deadbeef' : enc.startsWith('base64') ? '3q2-7w==' : 'aé€', 1, enc);
  t(enc, () => [n, x]);
}
