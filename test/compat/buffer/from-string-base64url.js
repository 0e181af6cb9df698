'use strict';
const t = require('./_t');

const cases = ['QUJD', 'QUJ', '-_-_', '+/+/', 'QUJD==', 'A', 'AB', 'ABC', 'a b c d'];
for (const c of cases) t(JSON.stringify(c), () => [Buffer.from(c, 'base64url'), Buffer.byteLength(c, 'base64url')]);
for (const b of [[], [1], [1, 2], [1, 2, 3], [0xfb, 0xff], [0xfb, 0xff, 0xbf]]) {
  t(`${b} base64`, () => Buffer.from(b).toString('base64'));
  t(`${b} base64url`, () => Buffer.from(b).toString('base64url'));
}
