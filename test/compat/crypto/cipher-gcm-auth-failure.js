// A wrong tag, wrong AAD or a missing tag fails final() with Node's message.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
const key = new Uint8Array(16), iv = new Uint8Array(12);
const c = crypto.createCipheriv('aes-128-gcm', key, iv);
const ct = c.update('secret', 'utf8', 'hex') + c.final('hex');
const tag = c.getAuthTag();
const bad = Uint8Array.from(tag); bad[0] ^= 1;
function tryDecrypt(label, setup) {
  const d = crypto.createDecipheriv('aes-128-gcm', key, iv);
  setup(d);
  const part = d.update(ct, 'hex', 'utf8');
  try { console.log(label, part, d.final('utf8')); } catch (e) { console.log(label, JSON.stringify(part), e.name, e.code, e.message); }
}
tryDecrypt('good', (d) => d.setAuthTag(tag));
tryDecrypt('bad tag', (d) => d.setAuthTag(bad));
tryDecrypt('bad aad', (d) => { d.setAAD(ascii('x')); d.setAuthTag(tag); });
tryDecrypt('no tag', () => {});
