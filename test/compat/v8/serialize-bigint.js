const v8 = require('v8');
for (const b of [0n, 1n, -1n, 255n, 2n ** 63n, 2n ** 64n, -(2n ** 64n) - 1n, 2n ** 200n]) {
  console.log(String(b), v8.serialize(b).toString('hex'));
}
console.log(v8.serialize(Object(5n)).toString('hex'));
