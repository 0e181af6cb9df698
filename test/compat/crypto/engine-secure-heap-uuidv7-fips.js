'use strict';
// crypto.setEngine (the built-in engine ids, unknown ones, argument checks), secureHeapUsed without a
// secure heap, randomUUIDv7's layout (version 7, variant, the time in its first 48 bits) and options,
// and the deprecated crypto.fips accessor (DEP0093, once).
const crypto = require('crypto');

console.log(crypto.secureHeapUsed());
for (const args of [['x'], [1], ['dynamic', 'x'], ['dynamic', 1.5], ['dynamic', crypto.constants.ENGINE_METHOD_ALL],
                    ['rdrand'], ['padlock'], ['afalg'], [], [''], ['dynamic ']]) {
  try {
    console.log(crypto.setEngine(...args));
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log(crypto.setEngine.length, crypto.randomUUIDv7.length, crypto.secureHeapUsed.length);

const before = Date.now();
const uuid = crypto.randomUUIDv7();
const after = Date.now();
console.log(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(uuid));
const ms = parseInt(uuid.replace(/-/g, '').slice(0, 12), 16);
console.log(ms >= before && ms <= after);
console.log(new Set(Array.from({ length: 100 }, () => crypto.randomUUIDv7())).size);
for (const options of [{ disableEntropyCache: true }, {}, undefined, null, 1, { disableEntropyCache: 1 }]) {
  try {
    console.log(typeof crypto.randomUUIDv7(options));
  } catch (e) {
    console.log(e.code, e.message);
  }
}

const fips = Object.getOwnPropertyDescriptor(crypto, 'fips');
console.log(typeof fips.get, typeof fips.set, fips.enumerable, fips.configurable, Object.keys(crypto).includes('fips'));
console.log(crypto.fips, crypto.getFips());
crypto.fips = false;
console.log(crypto.fips);
