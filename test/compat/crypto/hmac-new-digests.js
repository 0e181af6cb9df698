// HMAC over the digests node4j implements itself: block sizes (BLAKE2b's is 128), long keys hashed first.
const crypto = require('crypto');
const keys = ['', 'key', 'k'.repeat(64), 'k'.repeat(65), 'k'.repeat(128), 'k'.repeat(129), 'k'.repeat(300)];
for (const algo of ['ripemd160', 'blake2b512', 'blake2s256', 'sm3', 'md5-sha1']) {
  console.log(algo);
  for (const key of keys) console.log(' ', key.length, crypto.createHmac(algo, key).update('message').digest('hex'));
  const big = crypto.createHmac(algo, 'key');
  for (let i = 0; i < 100; i++) big.update(Buffer.alloc(10007, i));
  const copy = big.copy?.();
  console.log('  chunked', big.digest('base64'), copy === undefined ? 'no copy' : 'copy');
}
// RFC 2286 test cases 1 and 2.
console.log(crypto.createHmac('ripemd160', Buffer.alloc(20, 0x0b)).update('Hi There').digest('hex'));
console.log(crypto.createHmac('ripemd160', 'Jefe').update('what do ya want for nothing?').digest('hex'));
