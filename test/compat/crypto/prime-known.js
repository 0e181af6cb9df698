// checkPrimeSync against known primes, composites and Carmichael numbers, as bigint and as bytes.
const crypto = require('crypto');
const primes = [5n, 101n, 65537n, 2147483647n, 2n ** 127n - 1n, 170141183460469231731687303715884105757n];
const composites = [9n, 341n, 1105n, 1729n, 2465n, 2821n, 6601n, 8911n, 2n ** 67n - 1n, 2n ** 128n + 1n];
for (const n of primes.concat(composites)) {
  let hex = n.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  console.log(String(n), crypto.checkPrimeSync(n), crypto.checkPrimeSync(Buffer.from(hex, 'hex')), crypto.checkPrimeSync(n, { checks: 1 }));
}
