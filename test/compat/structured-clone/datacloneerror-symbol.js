'use strict';
// structuredClone: datacloneerror symbol.
for (const v of [Symbol('x'), Symbol(), Symbol.iterator, { s: Symbol('in') }, [Symbol('arr')]]) {
  try { structuredClone(v); } catch (e) { console.log(e.name, e.code, e.message); }
}
