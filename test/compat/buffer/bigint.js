'use strict';
const t = require('./_t');

const b = Buffer.alloc(9);
t('u64 LE', () => [b.writeBigUInt64LE(0x0102030405060708n, 1), b, b.readBigUInt64LE(1)]);
t('u64 BE', () => [b.writeBigUInt64BE(0xfffffffffffffffen), b, b.readBigUInt64BE()]);
t('i64 LE', () => [b.writeBigInt64LE(-2n), b, b.readBigInt64LE()]);
t('i64 BE', () => [b.writeBigInt64BE(-(2n ** 63n)), b, b.readBigInt64BE()]);
t('i64 max', () => [b.writeBigInt64LE(2n ** 63n - 1n), b.readBigInt64LE(), b.readBigUInt64LE()]);
t('aliases', () => [b.readBigUint64LE === b.readBigUInt64LE, b.writeBigUint64BE === b.writeBigUInt64BE]);
t('i64 big', () => b.writeBigInt64LE(2n ** 63n));
t('u64 neg', () => b.writeBigUInt64LE(-1n));
t('u64 big', () => b.writeBigUInt64BE(2n ** 64n));
t('i64 small', () => b.writeBigInt64BE(-(2n ** 63n) - 1n));
t('offset past', () => b.writeBigInt64LE(1n, 2));
t('read past', () => b.readBigUInt64LE(2));
t('read float offset', () => b.readBigInt64BE(0.5));
t('number value', () => { try { b.writeBigInt64LE(1); } catch (e) { return e.name; } });
