// PKCS#7 padding: lengths around the block size, autoPadding off, and the padding errors.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
const key = new Uint8Array(16).fill(3), iv = new Uint8Array(16).fill(4);
for (const n of [0, 1, 15, 16, 17, 32]) {
  const c = crypto.createCipheriv('aes-128-cbc', key, iv);
  const ct = c.update('x'.repeat(n), 'utf8', 'hex') + c.final('hex');
  const d = crypto.createDecipheriv('aes-128-cbc', key, iv);
  console.log(n, ct.length / 2, (d.update(ct, 'hex', 'utf8') + d.final('utf8')).length);
}
const np = crypto.createCipheriv('aes-128-cbc', key, iv);
np.setAutoPadding(false);
np.update('abc');
attempt('no padding partial', () => np.final());
const bd = crypto.createDecipheriv('aes-128-cbc', key, iv);
bd.update(new Uint8Array(16));
attempt('bad decrypt', () => bd.final());
const wl = crypto.createDecipheriv('aes-128-cbc', key, iv);
wl.update(new Uint8Array(10));
attempt('wrong final length', () => wl.final());
const raw = crypto.createDecipheriv('aes-128-cbc', key, iv);
raw.setAutoPadding(false);
console.log(raw.update(new Uint8Array(16), undefined, 'hex').length, raw.final('hex'));
