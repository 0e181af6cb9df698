'use strict';
const t = require('./_t');

const u16 = new Uint16Array([0x0102, 0x0304, 0x0506]);
t('all', () => Buffer.copyBytesFrom(u16));
t('offset', () => Buffer.copyBytesFrom(u16, 1));
t('offset length', () => Buffer.copyBytesFrom(u16, 1, 1));
t('length past', () => Buffer.copyBytesFrom(u16, 1, 10));
t('offset past', () => Buffer.copyBytesFrom(u16, 5));
t('copies', () => { const u = new Uint8Array([1]); const b = Buffer.copyBytesFrom(u); b[0] = 9; return u[0]; });
t('empty', () => Buffer.copyBytesFrom(new Float32Array(0)));
t('float64', () => Buffer.copyBytesFrom(new Float64Array([1])));
t('not view', () => Buffer.copyBytesFrom([1, 2]));
t('dataview', () => Buffer.copyBytesFrom(new DataView(new ArrayBuffer(2))));
t('bad offset', () => Buffer.copyBytesFrom(u16, -1));
t('bad offset type', () => Buffer.copyBytesFrom(u16, '1'));
t('bad length', () => Buffer.copyBytesFrom(u16, 0, 1.5));
