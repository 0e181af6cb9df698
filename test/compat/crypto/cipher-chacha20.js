// chacha20 (raw stream, OpenSSL's 16-byte IV: a 32-bit little-endian block counter, then a 96-bit nonce):
// RFC 8439 section 2.4.2's example, other counters, split updates, and getCipherInfo.
const crypto = require('crypto');
const key = Buffer.from('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f', 'hex');
const iv = Buffer.from('01000000' + '000000000000004a00000000', 'hex');
const plain = Buffer.from("Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it.");
const c = crypto.createCipheriv('chacha20', key, iv);
const out = Buffer.concat([c.update(plain), c.final()]);
console.log(out.toString('hex'));
const d = crypto.createDecipheriv('chacha20', key, iv);
console.log(Buffer.concat([d.update(out.subarray(0, 7)), d.update(out.subarray(7, 70)), d.update(out.subarray(70)), d.final()]).toString());
for (const counter of ['00000000', '02000000', '00010000', 'fe000000']) {
  const e = crypto.createCipheriv('chacha20', key, Buffer.from(counter + '000000090000004a00000000', 'hex'));
  console.log(counter, e.update(Buffer.alloc(80)).toString('hex'), e.final().length);
}
const split = crypto.createCipheriv('chacha20', Buffer.alloc(32, 9), Buffer.alloc(16, 3));
const parts = [1, 63, 1, 64, 65, 3].map((n) => split.update(Buffer.alloc(n, n)).toString('hex'));
console.log(parts.join(' '));
console.log(JSON.stringify(crypto.getCipherInfo('chacha20')), JSON.stringify(crypto.getCipherInfo('ChaCha20')));
for (const bad of [Buffer.alloc(12), Buffer.alloc(15), null]) {
  try { crypto.createCipheriv('chacha20', key, bad); console.log('ok'); } catch (e) { console.log(e.code, e.message); }
}
try { crypto.createCipheriv('chacha20', key.subarray(0, 16), iv); } catch (e) { console.log(e.code, e.message); }
