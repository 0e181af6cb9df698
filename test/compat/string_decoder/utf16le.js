'use strict';
const t = require('./_t');

const { StringDecoder } = require('string_decoder');
const u = new StringDecoder('utf16le');
t('pair split', () => [u.write(Buffer.from([0x3d])), u.write(Buffer.from([0xd8, 0x00])), u.lastNeed, u.lastTotal, u.write(Buffer.from([0xde])), u.end()]);
t('high at end', () => [u.write(Buffer.from([0x3d, 0xd8])), u.lastNeed, u.lastTotal, u.end()]);
t('odd end', () => [u.write(Buffer.from([0x41])), u.end()]);
t('text', () => u.write(Buffer.from('héllo', 'ucs2')));
t('pair whole', () => u.write(Buffer.from('😀', 'ucs2')));
t('ucs2 name', () => new StringDecoder('ucs2').encoding);
t('UTF-16LE name', () => new StringDecoder('UTF-16LE').encoding);
