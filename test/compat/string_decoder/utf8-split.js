'use strict';
const t = require('./_t');

const { StringDecoder } = require('string_decoder');
const d = new StringDecoder('utf8');
t('euro', () => [d.write(Buffer.from([0xe2])), d.lastNeed, d.lastTotal, d.write(Buffer.from([0x82])), d.lastNeed, d.end(Buffer.from([0xac]))]);
t('lastChar', () => d.lastChar);
t('emoji', () => [d.write(Buffer.from([0xf0, 0x9f])), d.write(Buffer.from([0x98])), d.write(Buffer.from([0x80, 0x41]))]);
t('byte by byte', () => [...Buffer.from('aé€😀b')].map((b) => d.write(Buffer.from([b]))).join('|'));
t('default enc', () => new StringDecoder().encoding);
t('whole', () => d.write(Buffer.from('héllo')));
t('empty', () => [d.write(Buffer.alloc(0)), d.end()]);
t('string', () => d.write('abc'));
