'use strict';
const t = require('./_t');

const enc = new TextEncoder();
t('fits', () => { const u = new Uint8Array(10); return [enc.encodeInto('héllo', u), u]; });
t('short', () => enc.encodeInto('héllo', new Uint8Array(3)));
t('boundary', () => enc.encodeInto('a€', new Uint8Array(3)));
t('pair', () => enc.encodeInto('😀a', new Uint8Array(4)));
t('pair short', () => enc.encodeInto('😀', new Uint8Array(3)));
t('lone', () => { const u = new Uint8Array(4); return [enc.encodeInto('\ud800', u), u]; });
t('empty', () => enc.encodeInto('', new Uint8Array(0)));
t('buffer dest', () => { const b = Buffer.alloc(4); return [enc.encodeInto('ab', b), b]; });
t('subarray dest', () => { const b = new Uint8Array(6); enc.encodeInto('xy', b.subarray(2)); return b; });
t('bad dest', () => enc.encodeInto('a', []));
t('u16 dest', () => enc.encodeInto('a', new Uint16Array(2)));
t('bad src', () => enc.encodeInto(1, new Uint8Array(1)));
t('no args', () => enc.encodeInto());
