'use strict';
const t = require('./_t');

const samples = ['', 'ascii', 'héllo', '€uro', '😀 emoji', 'mixed ✓ 中文 русский', '\u0000nul', 'x'.repeat(3000) + '€'];
const enc = new TextEncoder();
const dec = new TextDecoder();
for (const s of samples) t(JSON.stringify(s.slice(0, 20)), () => [dec.decode(enc.encode(s)) === s, enc.encode(s).length, Buffer.from(s).equals(enc.encode(s))]);
const u16 = new TextDecoder('utf-16le');
for (const s of samples) t(`u16 ${JSON.stringify(s.slice(0, 10))}`, () => u16.decode(Buffer.from(s, 'utf16le')) === s);
