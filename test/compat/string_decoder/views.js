'use strict';
const t = require('./_t');

const { StringDecoder } = require('string_decoder');
const d = new StringDecoder('utf8');
t('uint8array', () => d.write(new Uint8Array([0x68, 0x69])));
t('uint16array', () => d.write(new Uint16Array([0x6968])));
t('dataview', () => d.write(new DataView(new Uint8Array([0xc3, 0xa9]).buffer)));
t('offset view', () => d.write(Buffer.from('xhéy').subarray(1, 3)));
t('split view', () => [d.write(new Uint8Array([0xc3])), d.write(new DataView(new Uint8Array([0xa9]).buffer))]);
t('text', () => d.text(Buffer.from('héllo'), 2));
t('text 0', () => new StringDecoder('hex').text(Buffer.from('ab'), 0));
