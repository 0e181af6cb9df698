// X509Certificate.toLegacyObject() for an RSA leaf and an EC CA.
const { X509Certificate } = require('crypto');
const { ca, leaf } = require('./_certs');
for (const pem of [leaf, ca]) {
  const o = new X509Certificate(pem).toLegacyObject();
  for (const [k, v] of Object.entries(o)) {
    if (Buffer.isBuffer(v)) console.log(k, 'Buffer', v.length, v.toString('hex').slice(0, 16));
    else console.log(k, typeof v === 'object' && v !== null ? JSON.stringify({ ...v }) : v);
  }
}
