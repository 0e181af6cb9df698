// AES-GCM with IVs other than 96 bits.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
for (const n of [8, 16, 60]) {
  const key = new Uint8Array(16).fill(1), iv = new Uint8Array(n).fill(2);
  const c = crypto.createCipheriv('aes-128-gcm', key, iv);
  const ct = c.update('sixteen byte msg', 'utf8', 'hex') + c.final('hex');
  const tag = c.getAuthTag();
  const d = crypto.createDecipheriv('aes-128-gcm', key, iv);
  d.setAuthTag(tag);
  console.log(n, ct, hex(tag), d.update(ct, 'hex', 'utf8') + d.final('utf8'));
}
