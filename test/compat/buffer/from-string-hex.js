'use strict';
const t = require('./_t');

for (const s of ['', 'abc', 'a', 'zz12', '12zz34', '0g12', '1234', 'ABcdEf', '1 23', '０１'])
  t(JSON.stringify(s), () => [Buffer.from(s, 'hex'), Buffer.byteLength(s, 'hex')]);
t('toString', () => Buffer.from([0, 1, 0xab, 0xff]).toString('hex'));
t('HEX', () => Buffer.from('ff', 'HEX'));
