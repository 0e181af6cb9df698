'use strict';
// structuredClone: datacloneerror objects.
for (const v of [new WeakMap(), new WeakSet(), Promise.resolve(1), new WeakRef({}), new Proxy({}, {})]) {
  try { structuredClone(v); } catch (e) { console.log(e.name, e.code, e.message); }
}
