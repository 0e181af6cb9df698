// randomInt: ranges by property, callback form, errors.
const crypto = require('crypto');
const { hex, bytes, ascii, attempt } = require('./_util');
let ok = true;
for (let i = 0; i < 2000; i++) { const n = crypto.randomInt(-5, 5); if (n < -5 || n >= 5 || !Number.isInteger(n)) ok = false; }
console.log('in range:', ok);
const seen = new Set();
for (let i = 0; i < 500; i++) seen.add(crypto.randomInt(3));
console.log('all values:', [...seen].sort().join(','));
crypto.randomInt(10, (err, n) => console.log('callback', err, n >= 0 && n < 10));
attempt('max <= min', () => crypto.randomInt(1, 1));
attempt('fraction', () => crypto.randomInt(1.5));
attempt('range too big', () => crypto.randomInt(0, 2 ** 49));
attempt('string', () => crypto.randomInt('a'));
attempt('max string', () => crypto.randomInt(5, 'x'));
console.log(crypto.randomInt(2 ** 48 - 1) < 2 ** 48);
