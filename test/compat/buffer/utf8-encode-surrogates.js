'use strict';
const t = require('./_t');

t('lone high', () => Buffer.from('\ud800'));
t('lone low', () => Buffer.from('\udc00'));
t('high high low', () => Buffer.from('\ud800\ud800\udc00'));
t('low high', () => Buffer.from('\udc00\ud800'));
t('pair', () => Buffer.from('\ud83d\ude00'));
t('byteLength lone', () => Buffer.byteLength('\ud800'));
t('byteLength pair', () => Buffer.byteLength('\ud83d\ude00'));
t('byteLength mix', () => Buffer.byteLength('aé€😀\ud800'));
