'use strict';
const t = require('./_t');

t('length', () => Buffer.allocUnsafe(10).length);
t('zero', () => Buffer.allocUnsafe(0));
t('slow length', () => Buffer.allocUnsafeSlow(10).length);
t('slow zero', () => Buffer.allocUnsafeSlow(0));
t('neg', () => Buffer.allocUnsafe(-5));
t('slow neg', () => Buffer.allocUnsafeSlow(-5));
t('str', () => Buffer.allocUnsafe('1'));
t('slow str', () => Buffer.allocUnsafeSlow({}));
t('is buffer', () => Buffer.isBuffer(Buffer.allocUnsafe(3)) && Buffer.allocUnsafe(3) instanceof Uint8Array);
t('float', () => Buffer.allocUnsafe(3.9).length);
