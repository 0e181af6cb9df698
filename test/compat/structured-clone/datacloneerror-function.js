'use strict';
// structuredClone: datacloneerror function.
for (const v of [function f() {}, () => 1, class K {}, { fn() {} }.fn]) {
  try { structuredClone(v); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { structuredClone({ nested: { deep: () => {} } }); } catch (e) { console.log(e.name, e.message); }
