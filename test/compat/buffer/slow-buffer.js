// compat: stderr
const t = require('./_t');

const { SlowBuffer } = require('buffer');
t('name', () => SlowBuffer.name);
t('call', () => SlowBuffer(4).length);
t('is buffer', () => Buffer.isBuffer(SlowBuffer(1)));
t('bad', () => SlowBuffer(-1));
