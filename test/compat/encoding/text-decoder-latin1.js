'use strict';
const t = require('./_t');

const u = (...b) => new Uint8Array(b);
const dec = new TextDecoder('latin1');
t('encoding', () => dec.encoding);
t('c1', () => [...dec.decode(u(0x80, 0x81, 0x8d, 0x9f, 0xa0, 0xe9, 0xff, 0x41))].map((c) => c.charCodeAt(0).toString(16)));
t('all high', () => { const b = new Uint8Array(128); for (let i = 0; i < 128; i++) b[i] = 128 + i; return dec.decode(b); });
t('fatal', () => new TextDecoder('ascii', { fatal: true }).decode(u(0x80)));
t('bom not stripped', () => dec.decode(u(0xef, 0xbb, 0xbf)).length);
