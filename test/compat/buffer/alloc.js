'use strict';
const t = require('./_t');

t('alloc', () => Buffer.alloc(4));
t('fill num', () => Buffer.alloc(4, 258));
t('fill str', () => Buffer.alloc(5, 'ab'));
t('fill str enc', () => Buffer.alloc(5, '6162', 'hex'));
t('fill buf', () => Buffer.alloc(5, Buffer.from([1, 2])));
t('fill empty str', () => Buffer.alloc(3, ''));
t('fill bad hex', () => Buffer.alloc(3, 'zz', 'hex'));
t('fill bad enc', () => Buffer.alloc(3, 'a', 'nope'));
t('zero', () => Buffer.alloc(0, 5));
t('neg', () => Buffer.alloc(-1));
t('str', () => Buffer.alloc('5'));
t('NaN', () => Buffer.alloc(NaN));
t('float', () => Buffer.alloc(2.5).length);
t('huge', () => Buffer.alloc(2 ** 53));
t('undefined', () => Buffer.alloc());
