// checkPrime(Sync) and generatePrime(Sync): known primes and composites, options, and argument errors.
const crypto = require('crypto');

for (const n of [2n, 3n, 4n, 97n, 561n, 7919n, 2n ** 61n - 1n, 2n ** 89n - 1n, 2n ** 64n + 1n, 1n, 0n]) {
  console.log(String(n), crypto.checkPrimeSync(n));
}
console.log(crypto.checkPrimeSync(Buffer.from('0b', 'hex')), crypto.checkPrimeSync(new Uint8Array([0, 13]).buffer));
console.log(crypto.checkPrimeSync(crypto.getDiffieHellman('modp2').getPrime(), { checks: 10 }));
const p = crypto.generatePrimeSync(64);
console.log(p instanceof ArrayBuffer, p.byteLength, crypto.checkPrimeSync(p));
const big = crypto.generatePrimeSync(100, { bigint: true });
console.log(typeof big, big.toString(2).length, crypto.checkPrimeSync(big));
const safe = crypto.generatePrimeSync(48, { safe: true, bigint: true });
console.log(safe.toString(2).length, crypto.checkPrimeSync((safe - 1n) / 2n));
const withAdd = crypto.generatePrimeSync(40, { add: 12n, rem: 11n, bigint: true });
console.log(withAdd % 12n, withAdd.toString(2).length);
const withAddOnly = crypto.generatePrimeSync(40, { add: Buffer.from([10]), bigint: true });
console.log(withAddOnly % 10n);
crypto.checkPrime(7n, (err, r) => {
  console.log('async check', err, r);
  crypto.generatePrime(32, { bigint: true }, (err2, q) => {
    console.log('async generate', err2, typeof q, q.toString(2).length, crypto.checkPrimeSync(q));
    crypto.checkPrime(Buffer.from([9]), { checks: 3 }, (err3, r3) => console.log('async 9', err3, r3));
  });
});
const bad = [
  () => crypto.checkPrimeSync(7), () => crypto.checkPrimeSync('7'), () => crypto.checkPrimeSync(7n, 'x'),
  () => crypto.checkPrimeSync(7n, { checks: -1 }), () => crypto.checkPrimeSync(7n, { checks: 1.5 }),
  () => crypto.checkPrime(7n), () => crypto.checkPrime(7n, {}, 'cb'),
  () => crypto.generatePrimeSync(0), () => crypto.generatePrimeSync('8'), () => crypto.generatePrimeSync(8.5),
  () => crypto.generatePrimeSync(8, { safe: 1 }), () => crypto.generatePrimeSync(8, { bigint: 'yes' }),
  () => crypto.generatePrimeSync(8, { add: 5 }), () => crypto.generatePrimeSync(8, { add: 1024n }),
  () => crypto.generatePrimeSync(16, { add: 12n, rem: 13n }), () => crypto.generatePrimeSync(8, null),
  () => crypto.generatePrime(8), () => crypto.generatePrime(8, {}),
];
for (const f of bad) {
  try { f(); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
}
