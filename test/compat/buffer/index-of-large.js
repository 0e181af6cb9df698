'use strict';
const t = require('./_t');

const hay = Buffer.alloc(200000, 'abcdefgh');
const needle = Buffer.from('x'.repeat(100) + 'y');
hay.write(needle.toString(), 150001);
t('found', () => hay.indexOf(needle));
t('found str', () => hay.indexOf('x'.repeat(100) + 'y'));
t('last', () => hay.lastIndexOf(needle));
t('from after', () => hay.indexOf(needle, 150002));
t('last before', () => hay.lastIndexOf(needle, 150000));
t('long pattern', () => hay.indexOf(Buffer.alloc(500, 'abcdefgh'), 3));
t('not found', () => hay.indexOf(Buffer.alloc(100, 'z')));
t('includes', () => hay.includes('defghabc'));
t('includes not', () => hay.includes('hgf'));
