// Key import and export errors.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
const ec = crypto.createPrivateKey({ key: bytes('3041020100301306072a8648ce3d020106082a8648ce3d030107042730250201010420' + 'c9afa9d845ba75166b5c215767b1d6934e50c3db36e89b127b8a622b120f6721'), format: 'der', type: 'pkcs8' });
attempt('junk pem', () => crypto.createPublicKey('junk'));
attempt('private from number', () => crypto.createPrivateKey(5));
attempt('public from number', () => crypto.createPublicKey(5));
attempt('secret from number', () => crypto.createSecretKey(5));
const pub = crypto.createPublicKey(ec);
attempt('pkcs1 for ec', () => pub.export({ type: 'pkcs1', format: 'pem' }));
attempt('sec1 for public', () => pub.export({ type: 'sec1', format: 'pem' }));
attempt('bad format', () => ec.export({ type: 'sec1', format: 'foo' }));
attempt('no options', () => pub.export());
attempt('equals non-key', () => pub.equals(5));
attempt('jwk missing d', () => crypto.createPrivateKey({ key: pub.export({ format: 'jwk' }), format: 'jwk' }));
attempt('jwk bad kty', () => crypto.createPublicKey({ key: { kty: 'nope' }, format: 'jwk' }));
attempt('jwk bad curve', () => crypto.createPublicKey({ key: { kty: 'EC', crv: 'P-999', x: 'AA', y: 'AA' }, format: 'jwk' }));
attempt('bad der', () => crypto.createPublicKey({ key: new Uint8Array(10), format: 'der', type: 'spki' }));
