'use strict';
const t = require('./_t');

const ab = new ArrayBuffer(8);
const b = Buffer.from(ab, 2, 4);
b[0] = 7;
t('shares', () => [new Uint8Array(ab), b.byteOffset, b.length, b.buffer === ab]);
t('no args', () => Buffer.from(ab).length);
t('offset only', () => Buffer.from(ab, 6).length);
t('NaN offset', () => Buffer.from(ab, 'x').byteOffset);
t('string offset', () => Buffer.from(ab, '3', '2').byteOffset);
t('negative length', () => Buffer.from(ab, 0, -5).length);
t('offset past end', () => Buffer.from(ab, 9));
t('length past end', () => Buffer.from(ab, 4, 5));
t('shared', () => Buffer.from(new SharedArrayBuffer(4), 1).length);
t('zero', () => Buffer.from(new ArrayBuffer(0)));
