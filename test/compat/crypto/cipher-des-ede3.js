// Triple DES in CBC mode.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
const key = bytes('0123456789abcdeffedcba987654321089abcdef01234567'), iv = bytes('0001020304050607');
const c = crypto.createCipheriv('des-ede3-cbc', key, iv);
const ct = c.update('legacy data here', 'utf8', 'hex') + c.final('hex');
console.log(ct);
const d = crypto.createDecipheriv('des-ede3-cbc', key, iv);
console.log(d.update(ct, 'hex', 'utf8') + d.final('utf8'));
