'use strict';
// process.moduleLoadList: the bindings and built-in modules loaded so far, in order, as strings
// "Internal Binding NAME" and "NativeModule NAME"; a live array process cannot replace.
const list = process.moduleLoadList;
console.log(Array.isArray(list), list.length > 10);
console.log(list.every((entry) => /^(Internal Binding|NativeModule) \S+$/.test(entry)));
const d = Object.getOwnPropertyDescriptor(process, 'moduleLoadList');
console.log(d.writable, d.enumerable, d.configurable);
console.log('events loaded:', list.includes('NativeModule events'));
console.log('zlib before:', list.includes('NativeModule zlib'));
require('zlib');
console.log('zlib after:', list.includes('NativeModule zlib'), process.moduleLoadList === list);
console.log('no duplicates:', new Set(list).size === list.length);
try {
  process.moduleLoadList = [];
} catch (err) {
  console.log(err.name);
}
console.log('still the list:', process.moduleLoadList === list);
