'use strict';
const t = require('./_t');

for (const s of ['', 'abc', 'héllo', '€', '😀', 'a\u0000b', '\ud800', '\udc00x', '\ud83d\ude00\ud83d', 'x'.repeat(10)])
  t(JSON.stringify(s), () => Buffer.from(s));
t('utf-8', () => Buffer.from('é', 'utf-8'));
t('UTF8', () => Buffer.from('é', 'UTF8'));
t('empty enc', () => Buffer.from('é', ''));
t('non-string enc', () => Buffer.from('é', 5));
t('unknown', () => Buffer.from('é', 'utf9'));
t('unknown empty str', () => Buffer.from('', 'nope'));
