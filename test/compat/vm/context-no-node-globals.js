'use strict';
// A new context has the language's globals and V8's console, whose methods do nothing; no Node
// globals unless the sandbox brings them.
const vm = require('vm');

const ctx = vm.createContext({});
for (const name of ['require', 'process', 'Buffer', 'setTimeout', 'setImmediate', 'module', 'exports',
                    '__filename', 'global', 'queueMicrotask', 'structuredClone', 'URL', 'TextEncoder',
                    'fetch', 'AbortController', 'Object', 'Array', 'Promise', 'JSON', 'Math', 'Intl',
                    'globalThis', 'eval', 'console']) {
  console.log(name, vm.runInContext(`typeof ${name}`, ctx));
}
console.log(vm.runInContext('Object.keys(console)', ctx));
console.log(vm.runInContext('Object.prototype.toString.call(console)', ctx));
console.log(vm.runInContext('[console.log.name, console.log.length, console.log("printed nowhere")]', ctx));
console.log(vm.runInContext('Object.getOwnPropertyDescriptor(globalThis, "console")', ctx).enumerable);
// With the sandbox's console, logging works.
vm.runInNewContext('console.log("logged through the sandbox", typeof require)', { console });
