// AES-GCM with the inputs of the GCM spec's test cases 1-4 (128-bit key).
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
const K = bytes('feffe9928665731c6d6a8f9467308308');
const IV = bytes('cafebabefacedbaddecaf888');
const P = bytes('d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255');
const A = bytes('feedfacedeadbeeffeedfacedeadbeefabaddad2');
for (const [key, iv, plain, aad] of [[new Uint8Array(16), new Uint8Array(12), new Uint8Array(0), null],
  [new Uint8Array(16), new Uint8Array(12), new Uint8Array(16), null], [K, IV, P, null], [K, IV, P.subarray(0, 60), A]]) {
  const c = crypto.createCipheriv('aes-128-gcm', key, iv);
  if (aad) c.setAAD(aad);
  const ct = c.update(plain, undefined, 'hex') + c.final('hex');
  console.log(ct, hex(c.getAuthTag()));
}
