// X509Certificate checks: checkHost (wildcards, subject fallback, options), checkEmail, checkIP,
// checkIssued, checkPrivateKey and verify.
const { X509Certificate, createPrivateKey, generateKeyPairSync } = require('crypto');
const { ca, leaf, leafKey } = require('./_certs');

const c = new X509Certificate(ca);
const l = new X509Certificate(leaf);
for (const host of ['node4j.example', 'NODE4J.example', 'a.wild.example', 'wild.example', 'a.b.wild.example',
                    'other.example', 'leaf.example', 'www.leaf.example', 'x.leaf.example']) {
  console.log(host, c.checkHost(host), l.checkHost(host));
}
console.log(c.checkHost('a.wild.example', { wildcards: false }), c.checkHost('node4j.example', { subject: 'never' }));
console.log(l.checkHost('leaf.example', { subject: 'always' }));
for (const email of ['admin@node4j.example', 'ADMIN@node4j.example', 'leaf@leaf.example', 'x@y.z']) {
  console.log(email, c.checkEmail(email), l.checkEmail(email), l.checkEmail(email, { subject: 'always' }));
}
for (const ip of ['127.0.0.1', '10.0.0.1', '1.2.3.4', '::1']) console.log(ip, c.checkIP(ip), l.checkIP(ip));
console.log('issued', l.checkIssued(c), c.checkIssued(c), c.checkIssued(l));
console.log('verify', l.verify(c.publicKey), c.verify(c.publicKey), l.verify(l.publicKey));
const key = createPrivateKey(leafKey);
console.log('private key', l.checkPrivateKey(key), c.checkPrivateKey(key));
console.log(c.checkPrivateKey(generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey));
const bad = [
  () => c.checkHost(), () => c.checkHost(5), () => c.checkHost('a', 'b'), () => c.checkHost('a', { subject: 'x' }),
  () => c.checkHost('a', { wildcards: 1 }), () => c.checkEmail(null), () => c.checkIP('nope'), () => c.checkIP(1),
  () => c.checkIssued({}), () => c.verify('key'), () => c.verify(key),
  () => c.checkPrivateKey(c.publicKey), () => c.checkPrivateKey(null),
];
for (const f of bad) {
  try { f(); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
}
