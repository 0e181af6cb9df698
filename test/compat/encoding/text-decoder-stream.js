'use strict';
const t = require('./_t');

const u = (...b) => new Uint8Array(b);
const dec = new TextDecoder();
t('split euro', () => [dec.decode(u(0xe2), { stream: true }), dec.decode(u(0x82), { stream: true }), dec.decode(u(0xac))]);
t('split bom', () => [dec.decode(u(0xef, 0xbb), { stream: true }), dec.decode(u(0xbf, 0x41), { stream: true }), dec.decode(u(0xef, 0xbb, 0xbf))]);
t('bom once per stream', () => [dec.decode(u(0xef, 0xbb, 0xbf, 0x41), { stream: true }), dec.decode(u(0xef, 0xbb, 0xbf, 0x42))]);
t('pending end', () => [dec.decode(u(0xf0, 0x9f), { stream: true }), dec.decode()]);
t('bad cont', () => [dec.decode(u(0xe0, 0x80), { stream: true }), dec.decode()]);
t('utf16 split', () => { const d = new TextDecoder('utf-16le'); return [d.decode(u(0x3d), { stream: true }), d.decode(u(0xd8, 0x00), { stream: true }), d.decode(u(0xde))]; });
t('utf16 lone end', () => { const d = new TextDecoder('utf-16le'); return [d.decode(u(0x3d, 0xd8), { stream: true }), d.decode()]; });
t('utf16 bom', () => new TextDecoder('utf-16le').decode(u(0xff, 0xfe, 0x41, 0)));
t('chunks', () => { const d = new TextDecoder(); const b = Buffer.from('aé€😀'.repeat(10)); let s = ''; for (let i = 0; i < b.length; i += 3) s += d.decode(b.subarray(i, i + 3), { stream: true }); return s + d.decode(); });
t('bad options', () => dec.decode(u(0x41), 5));
