'use strict';
const t = require('./_t');

const b = Buffer.alloc(8);
for (const v of [1.5, -0, NaN, Infinity, -Infinity, 3.4028234663852886e38, 1e-45, 0.1, 2 ** 53]) {
  t(`float ${v}`, () => { b.fill(0); return [b.writeFloatLE(v, 1), b, b.readFloatLE(1), b.writeFloatBE(v), b.readFloatBE()]; });
  t(`double ${v}`, () => [b.writeDoubleLE(v), b, b.readDoubleLE(0), b.writeDoubleBE(v, 0), b, b.readDoubleBE()]);
}
t('float str', () => [b.writeFloatLE('2.5'), b.readFloatLE()]);
t('float x', () => [b.writeFloatLE('x'), b.readFloatLE()]);
t('double offset past', () => b.writeDoubleLE(1, 1));
t('float offset bad', () => b.writeFloatBE(1, 'a'));
t('float rounding', () => { b.writeFloatLE(0.1); return b.readFloatLE(); });
