// export() and generateKeyPairSync's private key encoding: Node's checks of cipher and passphrase.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const keys = require('./_keys');
const rsa = crypto.createPrivateKey(fs.readFileSync(path.join(__dirname, 'fixtures', 'rsa1024.pem')));
const ec = crypto.createPrivateKey({ key: keys.ec, format: 'jwk' });
function show(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', typeof r === 'string' ? r.split('\n')[0] : r.length);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
show('cipher without passphrase', () => rsa.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc' }));
show('passphrase without cipher', () => rsa.export({ type: 'pkcs8', format: 'pem', passphrase: 'x' }));
show('unknown cipher', () => rsa.export({ type: 'pkcs8', format: 'pem', cipher: 'nope', passphrase: 'x' }));
show('cipher number', () => rsa.export({ type: 'pkcs8', format: 'pem', cipher: 5, passphrase: 'x' }));
show('cipher null', () => rsa.export({ type: 'pkcs8', format: 'pem', cipher: null, passphrase: 'x' }));
show('passphrase object', () => rsa.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-128-cbc', passphrase: {} }));
show('passphrase number + unknown cipher', () => rsa.export({ type: 'pkcs8', format: 'pem', cipher: 'zz', passphrase: 5 }));
show('pkcs1 der', () => rsa.export({ type: 'pkcs1', format: 'der', cipher: 'aes-128-cbc', passphrase: 'x' }));
show('pkcs1 der unknown', () => rsa.export({ type: 'pkcs1', format: 'der', cipher: 'zz', passphrase: 'x' }));
show('sec1 der', () => ec.export({ type: 'sec1', format: 'der', cipher: 'aes-128-cbc', passphrase: 'x' }));
show('sec1 der no passphrase', () => ec.export({ type: 'sec1', format: 'der', cipher: 'aes-128-cbc' }));
show('jwk', () => JSON.stringify(rsa.export({ format: 'jwk', cipher: 'aes-128-cbc', passphrase: 'x' })));
show('pkcs8 gcm', () => rsa.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-gcm', passphrase: 'x' }));
show('pkcs8 ctr', () => rsa.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-128-ctr', passphrase: 'x' }));
show('pkcs8 chacha', () => rsa.export({ type: 'pkcs8', format: 'pem', cipher: 'chacha20-poly1305', passphrase: 'x' }));
show('pkcs1 ecb', () => rsa.export({ type: 'pkcs1', format: 'pem', cipher: 'aes-128-ecb', passphrase: 'x' }));
show('public ignores cipher', () => crypto.createPublicKey(rsa).export({ type: 'spki', format: 'pem', cipher: 5, passphrase: 'x' }));
const gen = (enc) => () => crypto.generateKeyPairSync('ec', { namedCurve: 'P-256', privateKeyEncoding: enc }).privateKey;
show('gen no passphrase', gen({ type: 'sec1', format: 'pem', cipher: 'aes-128-cbc' }));
show('gen no cipher', gen({ type: 'pkcs8', format: 'pem', passphrase: 'x' }));
show('gen unknown', gen({ type: 'pkcs8', format: 'pem', cipher: 'zz', passphrase: 'x' }));
show('gen sec1 der', gen({ type: 'sec1', format: 'der', cipher: 'aes-128-cbc', passphrase: 'x' }));
show('gen passphrase type', gen({ type: 'pkcs8', format: 'pem', cipher: 'aes-128-cbc', passphrase: 1 }));
try {
  crypto.generateKeyPair('ec', { namedCurve: 'P-256', privateKeyEncoding: { type: 'sec1', format: 'pem', cipher: 'aes-128-cbc' } }, () => {});
} catch (e) { console.log('async throws', e.code, e.message); }
