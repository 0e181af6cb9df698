'use strict';
const t = require('./_t');

t('valueOf string', () => Buffer.from(new String('abc')));
t('valueOf object', () => Buffer.from({ valueOf() { return [1, 2]; } }));
t('valueOf same', () => Buffer.from({ valueOf() { return this; }, length: 1, 0: 5 }));
t('toPrimitive', () => Buffer.from({ [Symbol.toPrimitive](hint) { return `hint:${hint}`; } }));
t('toPrimitive enc', () => Buffer.from({ [Symbol.toPrimitive]() { return '6869'; } }, 'hex'));
t('toPrimitive number', () => Buffer.from({ [Symbol.toPrimitive]() { return 5; } }));
t('number', () => Buffer.from(5));
t('null', () => Buffer.from(null));
t('undefined', () => Buffer.from());
t('symbol', () => Buffer.from(Symbol('s')));
t('function', () => Buffer.from(() => {}));
t('plain object', () => Buffer.from({}));
t('boolean', () => Buffer.from(true));
t('bigint', () => Buffer.from(1n));
