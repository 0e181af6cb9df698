const { fixtureResolver } = require('./_util');
// Many queries in flight at once on the pool; answers printed in a fixed order.
const r = fixtureResolver();
const names = ['a.test', 'cname.test', 'big.test', 'any.test', 'missing.test'];
const results = {};
let left = names.length * 3;
for (let i = 0; i < 3; i++) {
  for (const name of names) {
    r.resolve4(name, (err, addrs) => {
      results[`${name} ${i}`] = err ? err.code : addrs.length;
      if (--left === 0) {
        for (const key of Object.keys(results).sort()) console.log(key, results[key]);
      }
    });
  }
}
