'use strict';
const t = require('./_t');

const b = Buffer.from([0x01, 0x82, 0xff, 0x7f, 0x80, 0x00, 0x12, 0x34, 0x56]);
for (const m of ['readUInt8', 'readInt8', 'readUInt16LE', 'readUInt16BE', 'readInt16LE', 'readInt16BE',
                 'readUInt32LE', 'readUInt32BE', 'readInt32LE', 'readInt32BE'])
  for (const off of [undefined, 0, 1, 2, 5]) t(`${m}(${off})`, () => b[m](off));
t('aliases', () => [b.readUint8(1), b.readUint16LE(1), b.readUint32BE(1)]);
