'use strict';
const t = require('./_t');

const b = Buffer.from([3, 1, 2]);
t('sort', () => Buffer.from(b).sort());
t('reverse', () => Buffer.from(b).reverse());
t('at', () => b.at(-1));
t('set', () => { const x = Buffer.alloc(4); x.set([9, 8], 1); return x; });
t('includes num', () => b.includes(1));
t('join', () => b.join('-'));
t('forEach', () => { let s = 0; b.forEach((v) => { s += v; }); return s; });
t('filter', () => b.filter((v) => v > 1));
t('copyWithin', () => Buffer.from([1, 2, 3, 4]).copyWithin(0, 2));
t('length', () => b.length);
t('byteLength', () => b.byteLength);
t('Array.from', () => Array.from(b));
t('spread', () => [...b]);
t('index set wrap', () => { const x = Buffer.alloc(1); x[0] = 300; return x[0]; });
t('out of range index', () => { const x = Buffer.alloc(1); x[5] = 1; return [x[5], x.length]; });
