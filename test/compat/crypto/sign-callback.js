// sign and verify with a callback.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
const ed = crypto.createPrivateKey({ key: bytes('302e020100300506032b657004220420' + '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60'), format: 'der', type: 'pkcs8' });
crypto.sign(null, ascii('abc'), ed, (err, sig) => {
  console.log('sign', err, sig.length);
  crypto.verify(null, ascii('abc'), crypto.createPublicKey(ed), sig, (err2, ok) => console.log('verify', err2, ok));
});
console.log('sync part done');
