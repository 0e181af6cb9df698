'use strict';
const t = require('./_t');

t('poolSize', () => Buffer.poolSize);
const a = Buffer.allocUnsafe(10);
const b = Buffer.allocUnsafe(10);
t('same pool', () => a.buffer === b.buffer);
t('aligned', () => (b.byteOffset - a.byteOffset) % 8);
t('from string pooled', () => Buffer.from('abc').buffer === Buffer.from('def').buffer);
t('big not pooled', () => Buffer.allocUnsafe(4096).byteOffset);
t('slow not pooled', () => Buffer.allocUnsafeSlow(10).byteOffset);
t('alloc not pooled', () => Buffer.alloc(10).byteOffset);
t('big string not pooled', () => Buffer.from('x'.repeat(5000)).byteOffset);
Buffer.poolSize = 16;
t('small poolSize', () => Buffer.allocUnsafe(10).byteOffset);
t('set poolSize', () => Buffer.poolSize);
