// Hash, Hmac and Cipheriv/Decipheriv updates read exactly the view's bytes wherever its memory lives:
// a pooled Buffer slice, a DataView and a Uint32Array at an offset, a SharedArrayBuffer, a Buffer that
// readFileSync or a cipher returned (memory a binding filled), and inputs larger than one slice.
'use strict';
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');

const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'upd-views-')), 'f');
const big = Buffer.alloc(700 * 1024);
for (let i = 0; i < big.length; i++) big[i] = (i * 31 + 7) & 0xff;
fs.writeFileSync(file, big);
const fromFile = fs.readFileSync(file);
const shared = new Uint8Array(new SharedArrayBuffer(64), 8, 40).fill(9);
const views = {
  pooled: Buffer.from('the quick brown fox').subarray(4, 15),
  dataView: new DataView(big.buffer, big.byteOffset + 3, 1000),
  uint32: new Uint32Array(big.buffer, big.byteOffset + 16, 100),
  shared,
  fromFile,
  fromFileSlice: fromFile.subarray(12345, 600000),
  big,
};
for (const [name, view] of Object.entries(views)) {
  const sha = crypto.createHash('sha256').update(view).digest('hex').slice(0, 24);
  const sha3 = crypto.createHash('sha3-256').update(view).digest('hex').slice(0, 16);
  const mac = crypto.createHmac('sha512', 'k').update(view).digest('hex').slice(0, 16);
  const key = Buffer.alloc(32, 3);
  const iv = Buffer.alloc(12, 4);
  const c = crypto.createCipheriv('aes-256-gcm', key, iv);
  const sealed = Buffer.concat([c.update(view), c.final()]);
  const tag = c.getAuthTag();
  const d = crypto.createDecipheriv('aes-256-gcm', key, iv);
  d.setAuthTag(tag);
  // Decrypt from the cipher's own output buffer (Java memory) and from a SharedArrayBuffer copy.
  const sharedCopy = new Uint8Array(new SharedArrayBuffer(sealed.length));
  sharedCopy.set(sealed);
  const opened = Buffer.concat([d.update(sharedCopy), d.final()]);
  const cbc = crypto.createCipheriv('aes-128-cbc', Buffer.alloc(16, 1), Buffer.alloc(16, 2));
  const cbcOut = Buffer.concat([cbc.update(view), cbc.final()]);
  const same = Buffer.compare(opened, Buffer.from(view.buffer, view.byteOffset, view.byteLength)) === 0;
  console.log(name, view.byteLength, sha, sha3, mac, tag.toString('hex').slice(0, 12), same,
              crypto.createHash('md5').update(cbcOut).digest('hex').slice(0, 12));
}
fs.rmSync(path.dirname(file), { recursive: true });
