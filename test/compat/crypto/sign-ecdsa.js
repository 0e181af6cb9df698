// ECDSA on P-256/384/521: DER and IEEE P1363 signatures verify; sizes; tampering fails.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
for (const namedCurve of ['P-256', 'P-384', 'P-521']) {
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ec', { namedCurve });
  const der = crypto.sign('sha256', ascii('msg'), privateKey);
  const p1363 = crypto.sign('sha384', ascii('msg'), { key: privateKey, dsaEncoding: 'ieee-p1363' });
  console.log(namedCurve, der[0] === 0x30, p1363.length,
    crypto.verify('sha256', ascii('msg'), publicKey, der),
    crypto.verify('sha384', ascii('msg'), { key: publicKey, dsaEncoding: 'ieee-p1363' }, p1363),
    crypto.verify('sha256', ascii('msh'), publicKey, der),
    crypto.verify('sha384', ascii('msg'), publicKey, p1363));
}
