'use strict';
// fetch and its classes are globals: fetch enumerable, the classes not, all writable.
for (const name of ['fetch', 'Headers', 'Request', 'Response', 'FormData']) {
  void globalThis[name];
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  console.log(name, typeof globalThis[name], d.writable, d.enumerable, d.configurable, globalThis[name].name);
}
console.log(Object.keys(globalThis).includes('fetch'), fetch.length);
console.log(FormData === require('buffer').File ? 'same' : 'distinct');
