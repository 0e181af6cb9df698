'use strict';
const t = require('./_t');

t('eq', () => Buffer.from('abc').equals(Buffer.from('abc')));
t('ne', () => Buffer.from('abc').equals(Buffer.from('abd')));
t('len', () => Buffer.from('abc').equals(Buffer.from('ab')));
t('empty', () => Buffer.alloc(0).equals(new Uint8Array(0)));
t('uint8', () => Buffer.from([1]).equals(new Uint8Array([1])));
t('self', () => { const b = Buffer.from('x'); return b.equals(b); });
t('bad', () => Buffer.from('a').equals('a'));
t('bad u16', () => Buffer.from('a').equals(new Uint16Array(1)));
t('big', () => Buffer.alloc(100000, 1).equals(Buffer.alloc(100000, 1)));
t('big ne', () => { const x = Buffer.alloc(100000, 1); const y = Buffer.alloc(100000, 1); y[99999] = 2; return x.equals(y); });
