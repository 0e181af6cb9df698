'use strict';
const t = require('./_t');

const { isUtf8, isAscii } = require('buffer');
for (const b of [[], [0x61], [0xc3, 0xa9], [0xc3], [0xed, 0xa0, 0x80], [0xf0, 0x9f, 0x98, 0x80], [0xff], [0x7f], [0x80]]) {
  t(`isUtf8 ${b}`, () => isUtf8(Buffer.from(b)));
  t(`isAscii ${b}`, () => isAscii(new Uint8Array(b)));
}
t('arraybuffer', () => [isUtf8(new ArrayBuffer(2)), isAscii(new ArrayBuffer(2))]);
t('u16', () => isUtf8(new Uint16Array([0xa9c3])));
t('bad', () => isUtf8('abc'));
t('bad ascii', () => isAscii([1]));
t('dataview', () => isAscii(new DataView(new ArrayBuffer(1))));
t('none', () => isUtf8());
