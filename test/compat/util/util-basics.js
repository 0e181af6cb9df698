// compat: stderr
// util.types brand checks (not fooled by Symbol.toStringTag), promisify, callbackify, inherits,
// deprecate (warned once per code) and the deprecated util.isArray.
const util = require('util');
const t = util.types;
const vals = { promise: Promise.resolve(1), sub: new (class P extends Promise {})(() => {}), thenable: { then() {} }, map: new Map(), fakeMap: { [Symbol.toStringTag]: 'Map' }, date: new Date(), arr: [], args: (function(){ return arguments })(), gen: (function*(){})(), genFn: function*(){}, asyncFn: async function(){}, err: new TypeError('x'), num: new Number(1), re: /x/, u8: new Uint8Array(2), f64: new Float64Array(1), ab: new ArrayBuffer(2), sab: new SharedArrayBuffer(2), dv: new DataView(new ArrayBuffer(1)), ws: new WeakSet(), mi: new Map().keys(), si: new Set().values(), str: 'x', nul: null };
for (const [k, v] of Object.entries(vals)) {
  console.log(k, Object.keys(t).filter((f) => t[f](v)).join(','));
}
const fs = { readThing(x, cb) { setTimeout(() => cb(x === 'bad' ? new Error('bad') : null, x + '!'), 1); } };
const p = util.promisify(fs.readThing);
p('ok').then((v) => console.log('promisified', v));
p('bad').catch((e) => console.log('promisified err', e.message));
const cbf = util.callbackify(async (x) => { if (x) return x * 2; throw null; });
cbf(21, (err, v) => console.log('callbackified', err, v));
cbf(0, (err) => console.log('falsy', err.code, err.message, err.reason));
console.log(cbf.name, cbf.length);
function A() {} function B() {} util.inherits(A, B); console.log(Object.getPrototypeOf(A.prototype) === B.prototype, A.super_ === B);
try { util.inherits(A, null) } catch (e) { console.log(e.code, e.message) }
const dep = util.deprecate(() => 'r', 'do not use', 'DEP0999'); console.log(dep(), dep());
console.log(util.format('%s:%d', 'a', 1), util.stripVTControlCharacters('\u001b[31mred\u001b[0m'), util.isArray([]));
console.log(typeof globalThis.Debug, typeof globalThis.Graal, require('util/types') === util.types);
