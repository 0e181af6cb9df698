'use strict';
const t = require('./_t');

const b = Buffer.from([0x01, 0x82, 0xff, 0x7f, 0x80, 0x00, 0x12, 0x34, 0x56]);
for (const m of ['readUIntLE', 'readUIntBE', 'readIntLE', 'readIntBE'])
  for (const len of [1, 2, 3, 4, 5, 6]) t(`${m}(1, ${len})`, () => b[m](1, len));
t('all ff 6', () => Buffer.alloc(6, 0xff).readIntBE(0, 6));
t('all ff 6 u', () => Buffer.alloc(6, 0xff).readUIntLE(0, 6));
t('aliases', () => [b.readUintLE(0, 3), b.readUintBE(0, 3)]);
