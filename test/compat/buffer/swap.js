'use strict';
const t = require('./_t');

t('swap16', () => Buffer.from([1, 2, 3, 4]).swap16());
t('swap32', () => Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap32());
t('swap64', () => Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap64());
t('swap16 odd', () => Buffer.from([1, 2, 3]).swap16());
t('swap32 bad', () => Buffer.from([1, 2]).swap32());
t('swap64 bad', () => Buffer.alloc(12).swap64());
t('empty', () => Buffer.alloc(0).swap16());
t('returns this', () => { const b = Buffer.alloc(2); return b.swap16() === b; });
t('large', () => { const b = Buffer.alloc(1024); for (let i = 0; i < 1024; i++) b[i] = i & 255; b.swap32(); return [b[0], b[3], b[1020], b[1023]]; });
t('slice', () => { const b = Buffer.from([0, 1, 2, 3, 4]); b.subarray(1).swap16(); return b; });
