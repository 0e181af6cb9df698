// pbkdf2 and hkdf with the digests node4j implements itself, sync and async.
const crypto = require('crypto');
const algos = ['ripemd160', 'blake2b512', 'blake2s256', 'sm3', 'md5-sha1', 'RSA-RIPEMD160'];
for (const algo of algos) {
  console.log(algo, crypto.pbkdf2Sync('password', 'salt', 3, 70, algo).toString('hex'));
  console.log(algo, Buffer.from(crypto.hkdfSync(algo, 'ikm', 'salt', 'info', 50)).toString('hex'));
  console.log(algo, Buffer.from(crypto.hkdfSync(algo, 'ikm', '', '', 17)).toString('hex'));
}
try { crypto.hkdfSync('ripemd160', 'ikm', 'salt', 'info', 255 * 20 + 1); } catch (e) { console.log(e.code, e.message); }
console.log(crypto.hkdfSync('ripemd160', 'ikm', 'salt', 'info', 255 * 20).byteLength);
crypto.pbkdf2('pw', 'salt', 10, 32, 'sm3', (err, key) => {
  console.log('async pbkdf2', err, key.toString('hex'));
  crypto.hkdf('blake2s256', 'ikm', 'salt', 'info', 40, (err2, out) => {
    console.log('async hkdf', err2, Buffer.from(out).toString('hex'));
  });
});
