const v8 = require('v8');
for (const v of [undefined, null, true, false, 0, 1, -1, 63, 64, -65, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, -0, 1.5, NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER, 5e-324]) {
  console.log(String(v), v8.serialize(v).toString('hex'));
}
