// ECDH errors.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
attempt('unknown curve', () => crypto.createECDH('foo'));
attempt('no keys yet', () => crypto.createECDH('prime256v1').getPublicKey());
const e = crypto.createECDH('prime256v1');
e.generateKeys();
attempt('not a point', () => e.computeSecret(new Uint8Array(65)));
attempt('bad format', () => e.getPublicKey('hex', 'foo'));
attempt('convert junk', () => crypto.ECDH.convertKey(new Uint8Array(3), 'prime256v1'));
attempt('convert bad curve', () => crypto.ECDH.convertKey(new Uint8Array(3), 'foo'));
