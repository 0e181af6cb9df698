'use strict';
const t = require('./_t');

const { StringDecoder } = require('string_decoder');
const d = new StringDecoder('utf8');
t('incomplete end', () => [d.write(Buffer.from([0xe2, 0x82])), d.end()]);
t('interrupted', () => [d.write(Buffer.from([0xe2])), d.write(Buffer.from([0x41])), d.end()]);
t('surrogate', () => [d.write(Buffer.from([0xed, 0xa0])), d.end()]);
t('overlong', () => [d.write(Buffer.from([0xe0, 0x80])), d.end()]);
t('two leads', () => [d.write(Buffer.from([0xc2])), d.write(Buffer.from([0xc2])), d.end()]);
t('4 bytes broken', () => [d.write(Buffer.from([0xf0])), d.write(Buffer.from([0x9f, 0x41])), d.end()]);
t('lone cont', () => [d.write(Buffer.from([0x80, 0x80])), d.end()]);
t('ff', () => d.write(Buffer.from([0xff, 0x41])));
t('end with buf', () => d.end(Buffer.from([0xf0, 0x9f, 0x98])));
t('after end', () => d.write(Buffer.from('ok')));
