// getDiffieHellman: the MODP groups' primes (hashed), generator, key agreement between two parties.
const crypto = require('crypto');

for (const name of ['modp1', 'modp2', 'modp5', 'modp14', 'modp15', 'modp16', 'modp17', 'modp18']) {
  const g = crypto.getDiffieHellman(name);
  console.log(name, g.getPrime().length, crypto.createHash('sha256').update(g.getPrime()).digest('hex'),
    g.getGenerator('hex'), g.verifyError);
}
const alice = crypto.getDiffieHellman('modp14');
const bob = crypto.createDiffieHellmanGroup('modp14');
console.log(alice.constructor.name, Object.keys(alice), typeof alice.setPublicKey, typeof alice.setPrivateKey);
const aPub = alice.generateKeys();
const bPub = bob.generateKeys('hex');
// A public key has no leading zero bytes (as Node's): 256 bytes for modp14, fewer 1 time in 256.
console.log(aPub.length > 250 && aPub.length <= 256, typeof bPub, bPub.length > 500 && bPub.length <= 512,
            alice.getPrivateKey().length <= 32);
const s1 = alice.computeSecret(bPub, 'hex');
const s2 = bob.computeSecret(aPub, null, 'base64');
console.log(s1.length, s1.toString('base64') === s2);
console.log(alice.getPublicKey('hex') === aPub.toString('hex'), alice.getPrime('base64').slice(0, 20));
const again = alice.generateKeys('hex');
console.log('same key pair on second generateKeys', again === aPub.toString('hex'));
console.log(crypto.getDiffieHellman('modp2') instanceof crypto.DiffieHellmanGroup);
for (const bad of [() => crypto.getDiffieHellman('modp3'), () => crypto.getDiffieHellman('MODP14'),
                   () => crypto.getDiffieHellman(14), () => crypto.getDiffieHellman('modp2').getPublicKey(),
                   () => crypto.getDiffieHellman('modp2').getPrivateKey(),
                   () => alice.computeSecret(Buffer.from([1])), () => alice.computeSecret(Buffer.from([0])),
                   () => alice.computeSecret(alice.getPrime()), () => alice.computeSecret(5)]) {
  try { bad(); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
}
