'use strict';
const t = require('./_t');

for (const enc of ['ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'UCS2', 'UTF-16LE'])
  t(enc, () => Buffer.from('aé€😀', enc));
t('toString', () => Buffer.from([0x61, 0, 0xac, 0x20, 0x3d, 0xd8]).toString('ucs2'));
t('odd length', () => Buffer.from([0x61, 0, 0x62]).toString('utf16le'));
t('byteLength', () => Buffer.byteLength('abc', 'ucs2'));
