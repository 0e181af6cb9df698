// Ed25519 and X25519 keys: exports and imports.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
for (const type of ['ed25519', 'x25519']) {
  const { publicKey, privateKey } = crypto.generateKeyPairSync(type);
  console.log(type, publicKey.asymmetricKeyType, JSON.stringify(publicKey.asymmetricKeyDetails),
    publicKey.export({ type: 'spki', format: 'der' }).length, privateKey.export({ type: 'pkcs8', format: 'der' }).length,
    Object.keys(privateKey.export({ format: 'jwk' })).join(','),
    crypto.createPrivateKey(privateKey.export({ type: 'pkcs8', format: 'pem' })).equals(privateKey),
    crypto.createPrivateKey({ key: privateKey.export({ format: 'jwk' }), format: 'jwk' }).equals(privateKey),
    crypto.createPublicKey({ key: publicKey.export({ format: 'jwk' }), format: 'jwk' }).equals(publicKey),
    crypto.createPublicKey(privateKey).equals(publicKey));
}
