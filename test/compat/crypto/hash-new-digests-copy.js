// hash.copy() mid-stream for the digests node4j implements itself: copies diverge independently.
const crypto = require('crypto');
for (const algo of ['ripemd160', 'blake2b512', 'blake2s256', 'sm3', 'md5-sha1', 'RSA-RIPEMD160', 'rmd160', 'RSA-SM3']) {
  const a = crypto.createHash(algo).update('x'.repeat(100));
  const b = a.copy();
  const c = b.copy().update('tail');
  a.update('one');
  b.update('two');
  console.log(algo, a.digest('hex').slice(0, 16), b.digest('hex').slice(0, 16), c.digest('hex').slice(0, 16));
  try { a.copy(); } catch (e) { console.log(' after digest', e.code, e.message); }
  const d = crypto.createHash(algo);
  const early = d.copy();
  console.log(' empty copy equals', early.digest('hex') === crypto.hash(algo, ''));
}
