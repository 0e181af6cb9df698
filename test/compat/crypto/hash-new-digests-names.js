// getHashes lists the digests node4j implements itself, and every alias createHash accepts agrees.
const crypto = require('crypto');
const list = crypto.getHashes();
console.log(list.length, JSON.stringify(list));
const groups = [
  ['ripemd160', 'ripemd', 'rmd160', 'RSA-RIPEMD160', 'ripemd160WithRSA', 'RIPEMD160', 'RipeMD160', 'ripemd-160',
    '1.3.36.3.2.1'],
  ['sm3', 'RSA-SM3', 'sm3WithRSAEncryption', 'SM3', '1.2.156.10197.1.401'],
  ['blake2b512', 'BLAKE2B512', 'blake2b-512', '1.3.6.1.4.1.1722.12.2.1.16'],
  ['blake2s256', 'BLAKE2s256', 'blake2s-256', '1.3.6.1.4.1.1722.12.2.2.8'], ['md5-sha1', 'MD5-SHA1'],
];
for (const g of groups) {
  const out = g.map((n) => crypto.createHash(n).update('alias').digest('hex'));
  console.log(g[0], out.every((x) => x === out[0]), out[0].length);
}
for (const bad of ['ripemd128', 'ripemd160WithRSAEncryption', 'sm3withrsa', 'blake2b', 'blake2b256', 'blake2s', 'sm2', 'sha1-md5', 'md5sha1']) {
  try { crypto.createHash(bad); console.log(bad, 'accepted'); } catch (e) { console.log(bad, e.name, e.message); }
}
for (const [algo, len] of [['blake2b512', 32], ['blake2b512', 64], ['ripemd160', 20], ['ripemd160', 10], ['sm3', 0]]) {
  try {
    console.log(algo, len, crypto.createHash(algo, { outputLength: len }).digest('hex').length);
  } catch (e) { console.log(algo, len, e.code, e.message); }
}
