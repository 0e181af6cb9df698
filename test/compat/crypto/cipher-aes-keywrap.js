// id-aes*-wrap (RFC 3394) and id-aes*-wrap-pad (RFC 5649), with their aes*-wrap aliases: known answers
// (RFC 3394 section 4.1's KEK and key data), custom IVs, one update() per wrap, and round trips.
const crypto = require('crypto');
function wrap(name, key, iv, data) {
  const c = crypto.createCipheriv(name, key, iv);
  const a = c.update(data);
  const b = c.final();
  const d = crypto.createDecipheriv(name, key, iv);
  const back = Buffer.concat([d.update(Buffer.concat([a, b])), d.final()]);
  console.log(name, a.toString('hex'), JSON.stringify(b.toString('hex')), back.equals(data));
}
const kek = Buffer.from('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f', 'hex');
const keyData = Buffer.from('00112233445566778899aabbccddeeff000102030405060708090a0b0c0d0e0f', 'hex');
const defaultIv = Buffer.from('a6a6a6a6a6a6a6a6', 'hex');
wrap('id-aes128-wrap', kek.subarray(0, 16), defaultIv, keyData.subarray(0, 16));
wrap('id-aes192-wrap', kek.subarray(0, 24), defaultIv, keyData.subarray(0, 16));
wrap('id-aes256-wrap', kek, defaultIv, keyData.subarray(0, 16));
wrap('id-aes256-wrap', kek, defaultIv, keyData);
wrap('aes128-wrap', kek.subarray(0, 16), Buffer.from('0102030405060708', 'hex'), keyData.subarray(0, 24));
wrap('aes192-wrap', kek.subarray(0, 24), defaultIv, keyData.subarray(0, 24));
wrap('aes256-wrap', kek, defaultIv, keyData.subarray(0, 24));
const padIv = Buffer.from('a65959a6', 'hex');
for (const n of [1, 5, 7, 8, 9, 16, 20, 31, 32]) {
  wrap('id-aes192-wrap-pad', kek.subarray(0, 24), padIv, keyData.subarray(0, n));
}
wrap('id-aes128-wrap-pad', kek.subarray(0, 16), padIv, Buffer.from('c37b7e6492584340bed12207808941155068f738', 'hex'));
wrap('aes128-wrap-pad', kek.subarray(0, 16), padIv, Buffer.from('466f7250617369', 'hex'));
wrap('aes256-wrap-pad', kek, padIv, keyData);
// Two updates wrap two messages.
const c = crypto.createCipheriv('id-aes128-wrap', kek.subarray(0, 16), defaultIv);
console.log(c.update(keyData.subarray(0, 16)).toString('hex'), c.update(keyData.subarray(16)).toString('hex'), c.final().length);
for (const [name, iv] of [['id-aes128-wrap', Buffer.alloc(4)], ['id-aes128-wrap-pad', Buffer.alloc(8)], ['id-aes128-wrap', null]]) {
  try { crypto.createCipheriv(name, kek.subarray(0, 16), iv); console.log(name, 'ok'); } catch (e) { console.log(name, e.code, e.message); }
}
try { crypto.createCipheriv('id-aes128-wrap', kek.subarray(0, 8), defaultIv); } catch (e) { console.log(e.code, e.message); }
for (const n of ['id-aes128-wrap', 'aes128-wrap', 'id-aes256-wrap-pad', 'aes192-wrap-pad']) {
  console.log(JSON.stringify(crypto.getCipherInfo(n)));
}
