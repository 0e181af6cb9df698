'use strict';
const t = require('./_t');

const run = (m, v, len) => { const b = Buffer.alloc(7); return [b[m](v, 1, len), b]; };
for (const len of [1, 2, 3, 4, 5, 6]) {
  t(`UIntLE ${len}`, () => run('writeUIntLE', 2 ** (8 * len) - 2, len));
  t(`UIntBE ${len}`, () => run('writeUIntBE', 0x0102030405 % 2 ** (8 * len), len));
  t(`IntLE ${len}`, () => run('writeIntLE', -(2 ** (8 * len - 1)), len));
  t(`IntBE ${len}`, () => run('writeIntBE', -2, len));
}
t('aliases', () => [run('writeUintLE', 1, 2), run('writeUintBE', 1, 2)]);
t('round trip', () => { const b = Buffer.alloc(6); b.writeIntBE(-123456789012, 0, 6); return b.readIntBE(0, 6); });
