'use strict';
// Large inputs take the Java paths: Buffers that view memory Java filled (Buffer.from of a long
// string), copies into and out of them, fills by doubling, and searches read in growing windows.
const t = require('./_t');

function sum(b) {
  let h = 0;
  for (let i = 0; i < b.length; i++) h = (h * 31 + b[i]) >>> 0;
  return h;
}

const raw = Buffer.alloc(100000);
for (let i = 0; i < raw.length; i++) raw[i] = (i * 7 + (i >> 8)) & 255;
for (const enc of ['base64', 'base64url', 'hex', 'latin1', 'ucs2', 'utf8']) {
  const text = raw.toString(enc);
  const b = Buffer.from(text, enc);
  t(`${enc} from`, () => [b.length, sum(b), b.toString(enc) === text]);
  t(`${enc} copy out`, () => {
    const c = Buffer.alloc(b.length + 10);
    return [b.copy(c, 5), sum(c), Buffer.concat([b, raw.subarray(0, 3)]).length];
  });
  t(`${enc} copy in`, () => {
    const c = Buffer.from(text, enc);
    raw.copy(c, 3, 0, 5000);
    return [sum(c), c.equals(b)];
  });
  t(`${enc} write`, () => {
    const c = Buffer.alloc(70001);
    return [c.write(text, 1, enc), c.write(text, 3, 4099, enc), sum(c)];
  });
}

const b64 = raw.toString('base64');
t('base64 junk and padding', () => [
  Buffer.from(b64.slice(0, 4000) + ' \n\t' + b64.slice(4000, 9000), 'base64').length,
  Buffer.from(b64.slice(0, 6000) + '=' + b64.slice(6000, 9000), 'base64').length,
  sum(Buffer.from(b64.slice(0, 5000).replace(/\+/g, '-').replace(/\//g, '_'), 'base64')),
  Buffer.from('é'.repeat(3) + b64.slice(0, 5000) + '\u2028', 'base64').length,
]);
const hex = raw.toString('hex', 0, 5000);
t('hex cases', () => [
  Buffer.from(hex.toUpperCase(), 'hex').equals(raw.subarray(0, 5000)),
  Buffer.from(hex.slice(0, 6000) + 'g0' + hex.slice(6002), 'hex').length,
  Buffer.from(hex.slice(0, 4000) + '\uff10\uff10' + hex.slice(4000), 'hex').length,
  Buffer.from(hex + 'a', 'hex').length,
]);

const big = Buffer.from(b64, 'base64');
t('fill number', () => { big.fill(0x41, 10, 90000); return [sum(big), big[9], big[10], big[89999], big[90000]]; });
t('fill pattern', () => { big.fill('xyz', 7); return [sum(big), big.toString('latin1', 0, 12)]; });
t('fill buffer', () => { big.fill(raw.subarray(0, 5000), 3, 77777); return sum(big); });
t('fill heap', () => { const h = Buffer.alloc(50000); h.fill(0x1ff, 1); h.fill('ab', 20000, 40001); return sum(h); });

const hay = Buffer.alloc(300000, 'abcdefgh');
hay.write('NEEDLE', 65534);
hay.write('NEEDLE', 200001);
const u16 = Buffer.from('abcd'.repeat(40000) + 'zz' + 'abcd'.repeat(100), 'ucs2');
t('indexOf windows', () => [
  hay.indexOf('NEEDLE'), hay.indexOf('NEEDLE', 65535), hay.lastIndexOf('NEEDLE'),
  hay.lastIndexOf('NEEDLE', 200000), hay.indexOf('NEEDLE', -100000), hay.indexOf('N'),
  hay.lastIndexOf('E'), hay.indexOf('abcdefgh', 299990), hay.indexOf('ha'), hay.includes('NEEDLEX'),
]);
t('indexOf ucs2', () => [
  u16.indexOf('zz', 0, 'ucs2'), u16.indexOf('zz', 1, 'ucs2'), u16.lastIndexOf('zz', -1, 'ucs2'),
  u16.indexOf('bc', 'ucs2'), u16.lastIndexOf('da', 'ucs2'), u16.indexOf(Buffer.from('z\u0000')),
]);
const fromJava = Buffer.from('0123456789'.repeat(10000), 'latin1');
t('indexOf in Java memory', () => [fromJava.indexOf('901'), fromJava.lastIndexOf('890'), fromJava.indexOf('x')]);
t('compare Java memory', () => [
  fromJava.compare(Buffer.from('0123456789'.repeat(10000))), fromJava.equals(Buffer.from(fromJava)),
  Buffer.compare(fromJava, Buffer.alloc(100000, '0123456789')),
]);
t('copyBytesFrom', () => sum(Buffer.copyBytesFrom(fromJava, 5, 70000)));
// The Buffer's memory has the estimated size, as Node allocates it; the bytes are a prefix.
const short = Buffer.from('ab'.repeat(20000) + 'zz' + 'ab'.repeat(20000), 'hex');
const padded = Buffer.from('QUJD'.repeat(20000) + '====', 'base64');
t('estimated sizes', () => [short.length, short.buffer.byteLength, padded.length, padded.buffer.byteLength]);
