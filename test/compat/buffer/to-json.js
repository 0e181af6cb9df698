'use strict';
const t = require('./_t');

t('toJSON', () => Buffer.from([1, 2, 3]).toJSON());
t('empty', () => Buffer.alloc(0).toJSON());
t('stringify', () => JSON.stringify(Buffer.from('hi')));
t('nested', () => JSON.stringify({ b: Buffer.from([255]) }));
t('round trip', () => Buffer.from(JSON.parse(JSON.stringify(Buffer.from('xyz')))).toString());
t('reviver', () => JSON.parse(JSON.stringify(Buffer.from('ab')), (k, v) => (v && v.type === 'Buffer' ? Buffer.from(v) : v)));
