'use strict';
const t = require('./_t');

const dec = new TextDecoder('utf-8', { fatal: true });
const u = (...b) => new Uint8Array(b);
t('ok', () => dec.decode(u(0xc3, 0xa9)));
t('bad', () => dec.decode(u(0xff)));
t('truncated', () => dec.decode(u(0xe2, 0x82)));
t('surrogate', () => dec.decode(u(0xed, 0xa0, 0x80)));
t('stream ok', () => [dec.decode(u(0xe2, 0x82), { stream: true }), dec.decode(u(0xac))]);
t('stream end bad', () => [dec.decode(u(0xe2), { stream: true }), dec.decode()]);
t('after error', () => dec.decode(u(0x41)));
t('utf16 fatal', () => new TextDecoder('utf-16le', { fatal: true }).decode(u(0x41)));
t('utf16 fatal lone', () => new TextDecoder('utf-16le', { fatal: true }).decode(u(0x3d, 0xd8)));
t('fatal prop', () => [dec.fatal, new TextDecoder('utf8', { fatal: 1 }).fatal]);
t('error shape', () => { try { dec.decode(u(0xff)); } catch (e) { return [e.code, e.name, e instanceof TypeError]; } });
t('large bad', () => { const b = Buffer.alloc(10000, 0x41); b[9000] = 0xff; return dec.decode(b); });
