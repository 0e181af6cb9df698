// A fixed P-256 key (RFC 6979's): its public point, exports, and signatures that verify.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
const ec = crypto.createPrivateKey({ key: bytes('3041020100301306072a8648ce3d020106082a8648ce3d030107042730250201010420' + 'c9afa9d845ba75166b5c215767b1d6934e50c3db36e89b127b8a622b120f6721'), format: 'der', type: 'pkcs8' });
const pub = crypto.createPublicKey(ec);
console.log(JSON.stringify(ec.export({ format: 'jwk' })));
console.log(pub.export({ type: 'spki', format: 'pem' }));
console.log(ec.export({ type: 'sec1', format: 'pem' }));
console.log(hex(ec.export({ type: 'pkcs8', format: 'der' })));
const sig = crypto.createSign('sha256').update('sample').sign(ec);
console.log(crypto.createVerify('sha256').update('sample').verify(pub, sig));
