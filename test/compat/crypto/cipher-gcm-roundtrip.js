// AES-GCM (192/256) round trips with AAD and a short tag.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
for (const bits of [192, 256]) {
  const key = new Uint8Array(bits / 8).fill(7), iv = new Uint8Array(12).fill(9);
  const c = crypto.createCipheriv(`aes-${bits}-gcm`, key, iv, { authTagLength: 12 });
  c.setAAD(ascii('header'));
  const ct = c.update('attack at dawn', 'utf8', 'hex') + c.final('hex');
  const tag = c.getAuthTag();
  console.log(bits, ct, tag.length, hex(tag));
  const d = crypto.createDecipheriv(`aes-${bits}-gcm`, key, iv, { authTagLength: 12 });
  d.setAAD(ascii('header'));
  d.setAuthTag(tag);
  console.log(d.update(ct, 'hex', 'utf8') + d.final('utf8'));
}
