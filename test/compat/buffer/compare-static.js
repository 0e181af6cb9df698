'use strict';
const t = require('./_t');

const a = Buffer.from('abc'), b = Buffer.from('abd'), c = Buffer.from('ab');
t('lt', () => Buffer.compare(a, b));
t('gt', () => Buffer.compare(b, a));
t('eq', () => Buffer.compare(a, Buffer.from('abc')));
t('prefix', () => Buffer.compare(c, a));
t('longer', () => Buffer.compare(a, c));
t('same', () => Buffer.compare(a, a));
t('uint8', () => Buffer.compare(new Uint8Array([1]), new Uint8Array([2])));
t('bad1', () => Buffer.compare('a', b));
t('bad2', () => Buffer.compare(a, [1]));
t('sort', () => [Buffer.from([3]), Buffer.from([1, 2]), Buffer.from([1])].sort(Buffer.compare));
t('high bytes', () => Buffer.compare(Buffer.from([0x80]), Buffer.from([0x7f])));
