'use strict';
const t = require('./_t');

t('basic', () => Buffer.concat([Buffer.from('ab'), Buffer.from('cd')]));
t('empty list', () => Buffer.concat([]));
t('length shorter', () => Buffer.concat([Buffer.from('abc'), Buffer.from('def')], 4));
t('length longer', () => Buffer.concat([Buffer.from('ab')], 5));
t('uint8array', () => Buffer.concat([new Uint8Array([1, 2]), Buffer.from([3])]));
t('not array', () => Buffer.concat('ab'));
t('bad item', () => Buffer.concat([Buffer.from('a'), 'b']));
t('bad item num', () => Buffer.concat([Buffer.from('a'), 5]));
t('bad length', () => Buffer.concat([Buffer.from('a')], -1));
t('bad length type', () => Buffer.concat([Buffer.from('a')], '1'));
t('float length', () => Buffer.concat([Buffer.from('a')], 1.5));
t('is buffer', () => Buffer.isBuffer(Buffer.concat([new Uint8Array(1)])));
