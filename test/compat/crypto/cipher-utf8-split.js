// utf8 output never splits a character between update() calls.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
const key = new Uint8Array(16), iv = new Uint8Array(16);
const text = 'h\u00e9llo w\u00f6rld \u{1F600} \u4e2d\u6587';
const c = crypto.createCipheriv('aes-128-ctr', key, iv);
const ct = c.update(text, 'utf8', 'hex') + c.final('hex');
const d = crypto.createDecipheriv('aes-128-ctr', key, iv);
const parts = [];
for (let i = 0; i < ct.length; i += 2) parts.push(d.update(ct.slice(i, i + 2), 'hex', 'utf8'));
parts.push(d.final('utf8'));
console.log(parts.join('') === text, parts.filter((p) => p.length > 0).length);
