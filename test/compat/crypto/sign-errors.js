// sign/verify argument errors.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
const ec = crypto.createPrivateKey({ key: bytes('3041020100301306072a8648ce3d020106082a8648ce3d030107042730250201010420' + 'c9afa9d845ba75166b5c215767b1d6934e50c3db36e89b127b8a622b120f6721'), format: 'der', type: 'pkcs8' });
const pub = crypto.createPublicKey(ec);
attempt('key type', () => crypto.sign('sha256', ascii('x'), 5));
attempt('data type', () => crypto.sign('sha256', 5, ec));
attempt('signature type', () => crypto.verify('sha256', ascii('x'), pub, 5));
attempt('unknown digest class', () => crypto.createSign('nope'));
attempt('unknown digest', () => crypto.sign('nope', ascii('x'), ec));
attempt('public key to sign', () => crypto.createSign('sha256').update('x').sign(pub));
attempt('no key', () => crypto.createSign('sha256').sign());
attempt('dsaEncoding', () => crypto.sign('sha256', ascii('x'), { key: ec, dsaEncoding: 'foo' }));
attempt('x25519 cannot sign', () => crypto.sign(null, ascii('x'), crypto.generateKeyPairSync('x25519').privateKey));
attempt('secret key', () => crypto.sign('sha256', ascii('x'), crypto.createSecretKey(new Uint8Array(4))));
