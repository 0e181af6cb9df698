'use strict';
const t = require('./_t');

for (const s of ['', 'YQ', 'YWI=', 'YWJj', 'ab c', 'abc=', 'ab=c', 'a===', 'Y@Q', 'abcd\f', 'a', 'ab', 'abc', 'ab==', 'a=b=', '  YW Jj\n', '6Q==', '////'])
  t(`atob ${JSON.stringify(s)}`, () => atob(s));
t('atob null', () => atob(null));
t('atob undefined', () => atob(undefined));
t('atob number', () => atob(1234));
t('atob none', () => atob());
for (const s of ['', 'a', 'ab', 'abc', 'é', 'ÿ\u0000', '€', '\ud800'])
  t(`btoa ${JSON.stringify(s)}`, () => btoa(s));
t('btoa null', () => btoa(null));
t('btoa none', () => btoa());
t('btoa obj', () => btoa({ toString() { return 'hi'; } }));
t('error shape', () => { try { atob('a'); } catch (e) { return [e.name, e.code, e instanceof DOMException, e instanceof Error, Object.keys(e)]; } });
t('from buffer', () => require('buffer').atob === atob);
