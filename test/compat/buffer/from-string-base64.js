'use strict';
const t = require('./_t');

const cases = ['QUJD', 'QUJ', 'QU', 'Q', 'QUJD\nRA==', 'QU JD', 'QUJD=RA', 'QU=JD', 'QUJD====', 'Q@UJD',
  '-_-_', '+/+/', 'QUJ=', 'QQ=', 'QR', 'QR==', '====', 'Q===', 'ab=c', 'YW Jj ZA ==', '\tYWJj', 'YWJj!!ZA', 'YWJ\u00e9j'];
for (const c of cases) t(JSON.stringify(c), () => [Buffer.from(c, 'base64'), Buffer.byteLength(c, 'base64')]);
