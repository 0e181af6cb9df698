// createDiffieHellman with a given prime and generator in every accepted form; setPublicKey/setPrivateKey.
const crypto = require('crypto');

const p = crypto.getDiffieHellman('modp5').getPrime();
const a = crypto.createDiffieHellman(p);
console.log(a.constructor.name, a.verifyError, a.getGenerator('hex'), Object.keys(a));
const b = crypto.createDiffieHellman(p.toString('hex'), 'hex', 2);
const c = crypto.createDiffieHellman(p, Buffer.from([2]));
const d = crypto.createDiffieHellman(p.toString('base64'), 'base64', '02', 'hex');
const e = crypto.createDiffieHellman(p, 5);
console.log(b.verifyError, c.verifyError, d.getGenerator('hex'), e.getGenerator('hex'), e.verifyError);
console.log(crypto.createDiffieHellman(Buffer.from(p).fill(0xff, 0, 1), 2).verifyError);
for (const g of [1, 0, Buffer.from([1]), Buffer.from([0, 1])]) {
  try { crypto.createDiffieHellman(p, g); } catch (err) { console.log(err.code, err.message); }
}
a.generateKeys();
b.generateKeys();
console.log(a.computeSecret(b.getPublicKey()).equals(b.computeSecret(a.getPublicKey())));
const x = crypto.createDiffieHellman(p, 2);
x.setPrivateKey(Buffer.from('0102030405', 'hex'));
console.log(x.getPrivateKey('hex'));
try { x.getPublicKey(); } catch (err) { console.log(err.name, err.code, err.message); }
const pub = x.generateKeys('hex');
console.log(pub.slice(0, 40), pub.length);
console.log(x.getPrivateKey('hex'));
const y = crypto.createDiffieHellman(p, 2);
console.log(y.setPublicKey('abcd', 'hex') === y, y.getPublicKey('hex'));
y.setPrivateKey('07', 'hex');
console.log(y.computeSecret(pub, 'hex', 'hex').slice(-20));
console.log(crypto.createDiffieHellman(p, 2).setPrivateKey(Buffer.from([7])).computeSecret(pub, 'hex', 'hex').slice(-20));
console.log(crypto.createDiffieHellman(Buffer.from([0x17]), 5).verifyError, crypto.createDiffieHellman(Buffer.from([0x15])).verifyError);
console.log(crypto.DiffieHellman(p).constructor.name);
for (const bad of [() => crypto.createDiffieHellman(), () => crypto.createDiffieHellman(7.5),
                   () => crypto.createDiffieHellman({}), () => crypto.createDiffieHellman(p, {}),
                   () => crypto.createDiffieHellman(p, 'hex', {}), () => crypto.createDiffieHellman(p, 2.5),
                   () => crypto.createDiffieHellman(2 ** 31), () => crypto.createDiffieHellman(64),
                   () => crypto.createDiffieHellman(p).computeSecret(pub, 'hex'),
                   () => y.setPublicKey(5)]) {
  try { bad(); console.log('ok'); } catch (err) { console.log(err.name, err.code, err.message); }
}
