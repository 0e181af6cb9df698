'use strict';
const t = require('./_t');

t('array', () => Buffer.from([1, 2, 3]));
t('wrap', () => Buffer.from([256, -1, 1.7, '5', 'x', null, undefined, true]));
t('empty', () => Buffer.from([]));
t('array-like', () => Buffer.from({ length: 3, 0: 9, 1: 8 }));
t('length string', () => Buffer.from({ length: '3', 0: 1 }));
t('length negative', () => Buffer.from({ length: -1 }));
t('json', () => Buffer.from({ type: 'Buffer', data: [1, 2] }));
t('json bad', () => Buffer.from({ type: 'Buffer', data: 'ab' }));
t('of', () => Buffer.of(1, 2, 300));
t('Uint16Array', () => Buffer.from(new Uint16Array([0x1234, 0x5678])));
t('Float64Array', () => Buffer.from(new Float64Array([1.5, 300])));
t('copy', () => { const a = Buffer.from([1, 2]); const b = Buffer.from(a); b[0] = 9; return [a, b]; });
t('Uint8Array copy', () => { const a = new Uint8Array([1, 2]); const b = Buffer.from(a); b[0] = 9; return [a, b]; });
