'use strict';
const assert = require('assert');
const { Assert } = assert;
console.log(Object.getOwnPropertyNames(Assert.prototype).join(' '));
console.log(Assert.name, Assert.length);
const a = new Assert();
console.log(Object.keys(a));
try { a.equal(1, '1'); console.log('equal ok'); } catch (e) { console.log(JSON.stringify(e.message)); }
const b = new Assert({ strict: false });
console.log(Object.keys(b));
try { b.equal(1, '1'); console.log('equal ok'); } catch (e) { console.log(JSON.stringify(e.message)); }
const c = new Assert({ diff: 'full' });
try { c.strictEqual(1, 2); } catch (e) { console.log(e.diff); }
for (const opt of [1, { diff: 'x' }, { strict: 1 }, {}, undefined]) {
  try { new Assert(opt); console.log('ok'); } catch (e) { console.log(e.code, e.message); }
}
try { Assert(); } catch (e) { console.log(e.code, e.name, e.message); }
const d = new Assert({ skipPrototype: true });
try { d.deepStrictEqual(new (class A {})(), {}); console.log('skip ok'); } catch (e) { console.log(e.message); }
try { a.deepStrictEqual(new (class A {})(), {}); console.log('no skip ok'); } catch (e) { console.log(e.operator); }
const { throws, ok } = new Assert();
try { throws(() => {}); } catch (e) { console.log(e.message); }
try { ok(false, 'destructured'); } catch (e) { console.log(e.message); }
