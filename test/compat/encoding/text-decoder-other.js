'use strict';
const t = require('./_t');

const u = (...b) => new Uint8Array(b);
t('utf-16be', () => new TextDecoder('utf-16be').decode(u(0xfe, 0xff, 0, 0x41, 0x20, 0xac)));
t('iso-8859-2', () => new TextDecoder('iso-8859-2').decode(u(0xa1, 0xb1, 0x41)));
t('koi8-r', () => new TextDecoder('koi8-r').decode(u(0xc1, 0xc2)));
t('shift_jis', () => new TextDecoder('shift_jis').decode(u(0x82, 0xa0, 0x41)));
t('windows-1251', () => new TextDecoder('windows-1251').decode(u(0xc0, 0xe0)));
t('x-user-defined', () => [...new TextDecoder('x-user-defined').decode(u(0x41, 0x80, 0xff))].map((c) => c.charCodeAt(0).toString(16)));
t('gbk', () => new TextDecoder('gbk').decode(u(0xc4, 0xe3)));
t('euc-kr', () => new TextDecoder('euc-kr').decode(u(0xb0, 0xa1)));
