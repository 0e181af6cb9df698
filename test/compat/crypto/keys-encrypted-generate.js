// generateKeyPair(Sync) with an encrypted private key encoding: the PEM opens with the passphrase only.
const crypto = require('crypto');
function check(label, privateKey, publicKey, passphrase) {
  const lines = privateKey.split('\n');
  const traditional = lines[1].startsWith('Proc-Type');
  console.log(label, lines[0], traditional ? lines[1] : '', traditional ? lines[2].replace(/,[0-9A-F]+$/, '') : '');
  const key = crypto.createPrivateKey({ key: privateKey, passphrase });
  console.log('  opens', key.asymmetricKeyType, crypto.createPublicKey(key).export({ type: 'spki', format: 'pem' }) === publicKey);
  try { crypto.createPrivateKey(privateKey); } catch (e) { console.log('  without', e.code); }
  const sig = crypto.sign('sha256', Buffer.from('m'), { key: privateKey, passphrase });
  console.log('  verifies', crypto.verify('sha256', Buffer.from('m'), publicKey, sig));
}
const pub = { type: 'spki', format: 'pem' };
let r = crypto.generateKeyPairSync('rsa', { modulusLength: 1024, publicKeyEncoding: pub,
  privateKeyEncoding: { type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'top secret' } });
check('rsa pkcs8', r.privateKey, r.publicKey, 'top secret');
r = crypto.generateKeyPairSync('rsa', { modulusLength: 1024, publicKeyEncoding: pub,
  privateKeyEncoding: { type: 'pkcs1', format: 'pem', cipher: 'des-ede3-cbc', passphrase: Buffer.from('top secret') } });
check('rsa pkcs1', r.privateKey, r.publicKey, 'top secret');
r = crypto.generateKeyPairSync('ec', { namedCurve: 'P-384', publicKeyEncoding: pub,
  privateKeyEncoding: { type: 'sec1', format: 'pem', cipher: 'aes-128-cbc', passphrase: 'top secret' } });
check('ec sec1', r.privateKey, r.publicKey, 'top secret');
r = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256', publicKeyEncoding: pub,
  privateKeyEncoding: { type: 'pkcs8', format: 'der', cipher: 'aes-192-cbc', passphrase: 'top secret' } });
console.log('ec pkcs8 der', Buffer.isBuffer(r.privateKey),
  crypto.createPrivateKey({ key: r.privateKey, format: 'der', type: 'pkcs8', passphrase: 'top secret' }).asymmetricKeyType);
crypto.generateKeyPair('rsa', { modulusLength: 1024, publicKeyEncoding: pub,
  privateKeyEncoding: { type: 'pkcs8', format: 'pem', cipher: 'aes-128-cbc', passphrase: 'async' } }, (err, publicKey, privateKey) => {
  console.log('async', err);
  check('rsa async', privateKey, publicKey, 'async');
});
