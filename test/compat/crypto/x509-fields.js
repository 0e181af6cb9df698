// X509Certificate: every field of a self-signed P-256 CA and an RSA leaf it signed (fixtures in _certs.js).
const { X509Certificate, createPrivateKey, createPublicKey } = require('crypto');
const { ca, leaf } = require('./_certs');

for (const [label, pem] of [['ca', ca], ['leaf', leaf]]) {
  const x = new X509Certificate(pem);
  console.log('--', label);
  for (const k of ['subject', 'issuer', 'subjectAltName', 'infoAccess', 'validFrom', 'validTo', 'fingerprint',
                   'fingerprint256', 'fingerprint512', 'serialNumber', 'ca', 'keyUsage', 'signatureAlgorithm',
                   'signatureAlgorithmOid', 'issuerCertificate']) {
    console.log(k, JSON.stringify(x[k]));
  }
  console.log(x.validFromDate.toISOString(), x.validToDate instanceof Date);
  console.log(x.publicKey.type, x.publicKey.asymmetricKeyType, x.publicKey.asymmetricKeyDetails);
  console.log(Buffer.isBuffer(x.raw), x.raw.length, x.raw.toString('base64').slice(0, 40));
  console.log(x.toString() === x.toJSON(), x.toString().split('\n')[0], JSON.stringify(x).length > 100);
  console.log(x.toString().trim() === pem.trim());
  console.log(new X509Certificate(x.raw).fingerprint256 === x.fingerprint256);
  console.log(new X509Certificate(Buffer.from(pem)).serialNumber, Object.keys(x));
  console.log(x);
  const legacy = x.toLegacyObject();
  console.log(Object.keys(legacy));
  console.log(legacy.subject, legacy.bits, legacy.exponent, legacy.asn1Curve, legacy.nistCurve, legacy.valid_to);
}
console.log(createPublicKey(leaf).asymmetricKeyType);
for (const bad of [() => new X509Certificate(), () => new X509Certificate(5), () => new X509Certificate({}),
                   () => new X509Certificate('not a certificate')]) {
  try { bad(); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
}
