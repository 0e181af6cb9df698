// X25519 with RFC 7748's Alice and Bob keys (section 6.1).
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
const alice = crypto.createPrivateKey({ key: bytes('302e020100300506032b656e04220420' + '77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a'), format: 'der', type: 'pkcs8' });
const bob = crypto.createPrivateKey({ key: bytes('302e020100300506032b656e04220420' + '5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb'), format: 'der', type: 'pkcs8' });
console.log(crypto.createPublicKey(alice).export({ format: 'jwk' }).x);
console.log(hex(crypto.createPublicKey(bob).export({ type: 'spki', format: 'der' })));
console.log(hex(crypto.diffieHellman({ privateKey: alice, publicKey: crypto.createPublicKey(bob) })));
