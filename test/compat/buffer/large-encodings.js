'use strict';
const t = require('./_t');

// Sizes on both sides of the point where conversion moves from JS to Java.
for (const n of [100, 2047, 2048, 5000, 100001]) {
  const text = 'aé€😀\ud800z'.repeat(Math.ceil(n / 8)).slice(0, n);
  const b = Buffer.from(text);
  const checks = [n, b.length, Buffer.byteLength(text), b.toString() === text.toWellFormed()];
  for (const enc of ['hex', 'base64', 'base64url', 'latin1', 'ucs2', 'ascii']) {
    const s = b.toString(enc);
    const back = Buffer.from(s, enc);
    checks.push(enc, s.length, enc === 'ascii' || enc === 'latin1' || enc === 'ucs2' ? back.length : back.equals(b));
  }
  const l1 = Buffer.from(text, 'latin1');
  checks.push(l1.length, l1[3], Buffer.from(text, 'ucs2').length);
  t(`n=${n}`, () => checks.join(' '));
}
const bad = Buffer.alloc(10000, 0xe2);
t('invalid large', () => bad.toString().length);
t('hex stop large', () => Buffer.from('ab'.repeat(3000) + 'zz' + 'ab'.repeat(10), 'hex').length);
t('base64 junk large', () => Buffer.from('QUJD!'.repeat(1000), 'base64').length);
t('write partial large', () => { const x = Buffer.alloc(5000); return x.write('€'.repeat(3000)); });
