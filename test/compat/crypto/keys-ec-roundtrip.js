// EC keys of each curve: details, PEM/DER/JWK round trips, public derived from private.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
for (const namedCurve of ['P-256', 'P-384', 'P-521', 'prime256v1', 'secp384r1']) {
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ec', { namedCurve });
  const results = [
    crypto.createPrivateKey(privateKey.export({ type: 'pkcs8', format: 'pem' })).equals(privateKey),
    crypto.createPrivateKey(privateKey.export({ type: 'sec1', format: 'pem' })).equals(privateKey),
    crypto.createPrivateKey({ key: privateKey.export({ type: 'sec1', format: 'der' }), format: 'der', type: 'sec1' }).equals(privateKey),
    crypto.createPrivateKey({ key: privateKey.export({ format: 'jwk' }), format: 'jwk' }).equals(privateKey),
    crypto.createPublicKey(privateKey).equals(publicKey),
    crypto.createPublicKey(publicKey.export({ type: 'spki', format: 'pem' })).equals(publicKey),
    crypto.createPublicKey({ key: publicKey.export({ format: 'jwk' }), format: 'jwk' }).equals(publicKey),
  ];
  console.log(namedCurve, privateKey.asymmetricKeyDetails.namedCurve, Object.keys(privateKey.export({ format: 'jwk' })).join(','), results.join(','));
}
