'use strict';
const t = require('./_t');

const { StringDecoder } = require('string_decoder');
const b = new StringDecoder('base64');
t('base64', () => [b.write(Buffer.from('ab')), b.lastNeed, b.write(Buffer.from('cd')), b.end(), b.write(Buffer.from('a')), b.end()]);
t('base64 whole', () => [b.write(Buffer.from('abcdef')), b.end()]);
t('base64 end buf', () => b.end(Buffer.from('abcd')));
const bu = new StringDecoder('base64url');
t('base64url', () => [bu.write(Buffer.from('ab')), bu.end(), bu.write(Buffer.from([0xfb, 0xff, 0xbf, 0xfb])), bu.end()]);
t('hex', () => [new StringDecoder('hex').write(Buffer.from('ab')), new StringDecoder('hex').end(Buffer.from([1]))]);
t('latin1', () => new StringDecoder('latin1').end(Buffer.from([0xe9])));
t('binary', () => new StringDecoder('binary').encoding);
t('ascii', () => [...new StringDecoder('ascii').write(Buffer.from([0xe9, 0x41]))].map((c) => c.charCodeAt(0)));
