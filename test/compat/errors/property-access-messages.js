'use strict';
// The TypeErrors of reading or writing a property of undefined or null, in V8's words.
const sym = Symbol('key');
const cases = [
  () => undefined.func,
  () => null.x,
  () => { let o; return o.a.b; },
  () => { const o = {}; return o.missing.deep; },
  () => { const k = 'dyn'; return undefined[k]; },
  () => null[0],
  () => undefined[sym],
  () => undefined.method(),
  () => { null.x = 1; },
  () => { const u = undefined; u[5] = 1; },
  () => { undefined[sym] = 1; },
  () => [undefined].map((v) => v.length),
  () => JSON.parse('null').field,
];
for (const fn of cases) {
  try {
    fn();
    console.log('no error');
  } catch (err) {
    console.log(`${err.constructor.name}: ${err.message}`);
  }
}
// Uncaught, with the report.
const config = undefined;
console.log(config.port);
