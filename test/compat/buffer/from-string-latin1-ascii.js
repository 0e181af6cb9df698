'use strict';
const t = require('./_t');

for (const enc of ['latin1', 'binary', 'ascii', 'LATIN1', 'Binary'])
  t(enc, () => Buffer.from('aé€\u0100ÿ', enc));
t('toString latin1', () => Buffer.from([0x61, 0xe9, 0xff, 0x80]).toString('latin1'));
t('toString ascii', () => [...Buffer.from([0x61, 0xe9, 0xff, 0x80]).toString('ascii')].map((c) => c.charCodeAt(0)));
t('toString binary', () => Buffer.from([0xe9]).toString('binary'));
