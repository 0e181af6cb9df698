'use strict';
// Built-ins' errors in V8's words: object coercion, non-extensible objects, number formatting
// ranges, dates, URI coding, Symbol as a constructor, private members.
const cases = {
  'Object.keys(null)': () => Object.keys(null),
  'Object.assign(null)': () => Object.assign(null),
  'Object.entries(undefined)': () => Object.entries(undefined),
  'Object.getPrototypeOf(null)': () => Object.getPrototypeOf(null),
  'add to non-extensible': () => { const o = Object.preventExtensions({}); o.b = 1; },
  'push to sealed array': () => { const a = Object.seal([]); a.push(1); },
  'toFixed(101)': () => (1).toFixed(101),
  'toPrecision(0)': () => (1).toPrecision(0),
  'toExponential(101)': () => (1).toExponential(101),
  'toString(1)': () => (1).toString(1),
  'invalid date toISOString': () => new Date(NaN).toISOString(),
  'decodeURIComponent("%")': () => decodeURIComponent('%'),
  'encodeURIComponent(lone surrogate)': () => encodeURIComponent('\uD800'),
  'decodeURI(bad sequence)': () => decodeURI('%E0%A4%A'),
  'new Symbol()': () => new Symbol(),
  'read private member': () => { class A { #x; static g(o) { return o.#x; } } A.g({}); },
  'write private member': () => { class A { #x; static s(o) { o.#x = 1; } } A.s({}); },
  'array length -1': () => { const a = []; a.length = -1; },
  'reduce of empty': () => [].reduce((a) => a),
};
for (const [label, fn] of Object.entries(cases)) {
  try {
    fn();
    console.log(label, '-> no error');
  } catch (e) {
    console.log(label, '->', `${e.constructor.name}: ${e.message}`);
  }
}
