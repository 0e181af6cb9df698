// DiffieHellman getters and computeSecret in every encoding; keys exchanged as strings.
const crypto = require('crypto');
const a = crypto.getDiffieHellman('modp2');
const b = crypto.getDiffieHellman('modp2');
a.generateKeys();
b.generateKeys();
for (const enc of ['hex', 'base64', 'base64url', 'latin1', 'buffer', undefined]) {
  const pub = b.getPublicKey(enc);
  const s = a.computeSecret(pub, enc === 'buffer' ? undefined : enc, 'hex');
  console.log(String(enc), typeof pub, s === b.computeSecret(a.getPublicKey(), undefined, 'hex'), s.length);
}
console.log(a.getGenerator(), a.getGenerator('base64'), a.getPrime('base64url').length);
const c = crypto.createDiffieHellman(a.getPrime('hex'), 'hex', '05', 'hex');
console.log(c.getGenerator('hex'), c.verifyError);
const d = crypto.createDiffieHellman(a.getPrime('base64'), 'base64');
console.log(d.getPrime('hex') === a.getPrime('hex'), d.getGenerator('hex'));
const e = crypto.createDiffieHellman(a.getPrime(), 'buffer', Buffer.from([2]));
console.log(e.getGenerator('hex'));
