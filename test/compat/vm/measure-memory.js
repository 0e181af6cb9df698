'use strict';
// vm.measureMemory: an experimental warning once, argument checks, and a promise of Node's result
// shape (the figures are estimates: only their types are shown).
// compat: stderr
const vm = require('vm');
const { show } = require('./_util');

const types = (value) => JSON.stringify(value, (key, v) => (typeof v === 'number' ? typeof v : v));
show('options number', () => vm.measureMemory(1));
show('mode', () => vm.measureMemory({ mode: 'all' }));
show('execution', () => vm.measureMemory({ execution: 'now' }));
const summary = vm.measureMemory({ execution: 'eager' });
console.log(summary instanceof Promise);
summary.then((result) => {
  console.log('summary', types(result));
  return vm.measureMemory({ mode: 'detailed', execution: 'eager' });
}).then((result) => {
  console.log('detailed', types(result), Object.keys(result));
});
